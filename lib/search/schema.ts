import { z } from "zod";
import { indexNames, type IndexName } from "./indexes";

/** What `index` may name: every index (lib/search/indexes.ts), or all of them together. */
export const searchIndexes = ["all", ...indexNames] as ["all", ...IndexName[]];
export type SearchIndexParam = "all" | IndexName;

export const indexParam = z.enum(searchIndexes, {
  error: `must be one of: ${searchIndexes.join(", ")}`,
});

export type SearchRequest = { q: string; index: SearchIndexParam; page: number; pageSize: number };
