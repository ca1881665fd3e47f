/** How many courses a resident can put side by side. */
export const MAX_COMPARE = 4;
