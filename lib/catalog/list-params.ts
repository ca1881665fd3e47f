import { z } from "zod";
import { recordStatuses } from "@/lib/admin/statuses";
import { firstValue } from "@/lib/forms/params";

export const recordSortKeys = [
  "updatedAt",
  "title",
  "externalId",
  "status",
  "owner",
  "date",
] as const;

export const RECORDS_PER_PAGE = 20;

// A list URL edited by hand falls back to the defaults instead of failing.
export const recordListSchema = z.object({
  q: z.preprocess(firstValue, z.string().trim().max(100).catch("")).default(""),
  status: z.preprocess(firstValue, z.enum(recordStatuses).optional().catch(undefined)),
  sort: z.preprocess(firstValue, z.enum(recordSortKeys).catch("updatedAt")).default("updatedAt"),
  dir: z.preprocess(firstValue, z.enum(["asc", "desc"]).catch("desc")).default("desc"),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});

export type RecordListParams = z.output<typeof recordListSchema>;

/** The list URL with some parameters changed (page goes back to 1 unless set). */
export function recordListHref(
  base: string,
  params: RecordListParams,
  change: Partial<RecordListParams>,
) {
  const next = { ...params, page: 1, ...change };
  const search = new URLSearchParams();
  if (next.q) search.set("q", next.q);
  if (next.status) search.set("status", next.status);
  if (next.sort !== "updatedAt") search.set("sort", next.sort);
  if (next.dir !== "desc") search.set("dir", next.dir);
  if (next.page > 1) search.set("page", String(next.page));
  const query = search.toString();
  return query ? `${base}?${query}` : base;
}
