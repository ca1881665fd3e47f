import { z } from "zod";

export const searchIndexes = ["all", "courses", "programs", "articles"] as const;
export type SearchIndexParam = (typeof searchIndexes)[number];

export const MAX_QUERY_LENGTH = 100;
export const MAX_PAGE_SIZE = 50;

// The public search API accepts these parameters and nothing else.
export const searchRequestSchema = z.strictObject({
  q: z
    .string()
    .trim()
    .max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`)
    .default(""),
  index: z
    .enum(searchIndexes, { error: `index must be one of: ${searchIndexes.join(", ")}` })
    .default("all"),
  page: z.coerce
    .number({ error: "page must be a number" })
    .int("page must be a whole number")
    .min(1, "page must be at least 1")
    .max(100, "page must be at most 100")
    .default(1),
  pageSize: z.coerce
    .number({ error: "pageSize must be a number" })
    .int("pageSize must be a whole number")
    .min(1, "pageSize must be at least 1")
    .max(MAX_PAGE_SIZE, `pageSize must be at most ${MAX_PAGE_SIZE}`)
    .default(10),
});

export type SearchRequest = z.infer<typeof searchRequestSchema>;

type RawParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined) {
  return Array.isArray(value) ? value[0] : value;
}

/** Query parameters of a list page. Pages ignore values they cannot use rather than failing. */
export function parseListParams(params: RawParams) {
  const q = (first(params.q) ?? "").trim().slice(0, MAX_QUERY_LENGTH);
  const page = Number(first(params.page));
  return { q, page: Number.isInteger(page) && page >= 1 && page <= 100 ? page : 1 };
}
