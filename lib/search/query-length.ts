/** The longest query searched: the search box takes no more, the API refuses more. */
export const MAX_QUERY_LENGTH = 100;
