import { z } from "zod";

export const searchIndexes = ["all", "courses", "programs", "articles"] as const;
export type SearchIndexParam = (typeof searchIndexes)[number];

export const indexParam = z.enum(searchIndexes, {
  error: `must be one of: ${searchIndexes.join(", ")}`,
});

export type SearchRequest = { q: string; index: SearchIndexParam; page: number; pageSize: number };
