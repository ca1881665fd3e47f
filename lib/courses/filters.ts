import { z } from "zod";
import { catalogParamSpecs, catalogUrls } from "@/lib/catalog/spec";
import type { ParamSpecs, ParsedParams } from "@/lib/search/params";
import { courseCatalogSpec } from "./catalog-spec";

export type CourseSort = keyof typeof courseCatalogSpec.sorts;

export const courseParamSpecs = {
  ...catalogParamSpecs(courseCatalogSpec),
  view: { schema: z.enum(["cards", "table"], { error: "must be cards or table" }) },
} as const satisfies ParamSpecs;

export type CourseParams = ParsedParams<typeof courseParamSpecs>;

export const {
  sortLabels: courseSortLabels,
  effectiveSort,
  queryString: courseQueryString,
  activeFilters: activeCourseFilters,
} = catalogUrls(courseCatalogSpec, courseParamSpecs, ["view"]);

// Table columns sort on the server through the URL; a header links to the next order.
export const sortableCourseColumns: Partial<
  Record<string, { asc: CourseSort; desc: CourseSort; first: "asc" | "desc" }>
> = {
  startDate: { asc: "start", desc: "-start", first: "asc" },
  totalHours: { asc: "hours", desc: "-hours", first: "asc" },
  fillRate: { asc: "-fill", desc: "-fill", first: "desc" },
  employmentRate: { asc: "-employment", desc: "-employment", first: "desc" },
};

/** The sort a header link should apply: the column's first order, or the other when already sorted by it. */
export function nextSortFor(columnId: string, current: CourseSort): CourseSort | null {
  const order = sortableCourseColumns[columnId];
  if (!order) return null;
  if (current === order.asc && order.asc !== order.desc) return order.desc;
  return order[order.first];
}
