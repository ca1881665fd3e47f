import { z } from "zod";
import { dateToInt } from "@/lib/dates/dates";
import { districtFilterNames, districtsMatching } from "@/lib/districts/districts";
import {
  facetValueParam,
  isoDateParam,
  pageParam,
  pageSizeParam,
  queryParam,
  wholeNumberParam,
  type ParamSpecs,
  type ParsedParams,
} from "@/lib/search/params";
import { recruitmentStatusLabels, type RecruitmentStatus } from "./derive";

export const courseSorts = {
  relevance: { label: "관련도순", meili: null },
  start: { label: "시작일 빠른순", meili: "startDay:asc" },
  "-start": { label: "시작일 늦은순", meili: "startDay:desc" },
  "-employment": { label: "취업률 높은순", meili: "employmentRate:desc" },
  hours: { label: "훈련시간 짧은순", meili: "totalHours:asc" },
  "-hours": { label: "훈련시간 긴순", meili: "totalHours:desc" },
  "-fill": { label: "정원충족률 높은순", meili: "fillRate:desc" },
} as const;
export type CourseSort = keyof typeof courseSorts;

const statuses = ["recruiting", "in_progress", "ended"] as const satisfies RecruitmentStatus[];
export const schedules = ["weekday", "weekend", "mixed"] as const;
export const scheduleLabels = { weekday: "주중", weekend: "주말", mixed: "주중·주말" } as const;

const hours = wholeNumberParam(0, 10_000);

export const courseParamSpecs = {
  q: { schema: queryParam },
  field: { schema: facetValueParam, multi: true },
  type: { schema: facetValueParam, multi: true },
  district: {
    schema: z.enum(districtFilterNames as [string, ...string[]], {
      error: "must be an Incheon 군·구",
    }),
    multi: true,
  },
  provider: { schema: facetValueParam, multi: true },
  status: {
    schema: z.enum(statuses, { error: `must be one of: ${statuses.join(", ")}` }),
    multi: true,
  },
  card: { schema: z.literal("1", { error: "must be 1" }) },
  schedule: {
    schema: z.enum(schedules, { error: `must be one of: ${schedules.join(", ")}` }),
    multi: true,
  },
  hoursMin: { schema: hours },
  hoursMax: { schema: hours },
  startFrom: { schema: isoDateParam },
  startTo: { schema: isoDateParam },
  sort: {
    schema: z.enum(Object.keys(courseSorts) as [CourseSort, ...CourseSort[]], {
      error: `must be one of: ${Object.keys(courseSorts).join(", ")}`,
    }),
  },
  view: { schema: z.enum(["cards", "table"], { error: "must be cards or table" }) },
  page: { schema: pageParam },
  pageSize: { schema: pageSizeParam },
} as const satisfies ParamSpecs;

export type CourseParams = ParsedParams<typeof courseParamSpecs>;

/** The facets a resident can select several values of (OR within a facet, AND across facets). */
export const courseFacets = {
  field: { attribute: "field", label: "분야" },
  type: { attribute: "trainingType", label: "훈련유형" },
  district: { attribute: "district", label: "지역" },
  provider: { attribute: "provider", label: "훈련기관" },
  schedule: { attribute: "schedule", label: "요일" },
} as const;
export type CourseFacet = keyof typeof courseFacets;

function quote(value: string) {
  return JSON.stringify(value);
}

function anyOf(attribute: string, values: readonly string[]) {
  return `${attribute} IN [${values.map(quote).join(", ")}]`;
}

/** The Meilisearch condition for a recruitment status on a given day (derived, never stored). */
export function statusFilter(status: RecruitmentStatus, today: string) {
  const day = dateToInt(today)!;
  if (status === "recruiting") return `startDay > ${day}`;
  if (status === "in_progress")
    return `(startDay <= ${day} AND (endDay >= ${day} OR endDay IS NULL))`;
  return `endDay < ${day}`;
}

/**
 * Meilisearch filter expressions for the selected filters, leaving out `omit` so that facet's
 * counts show what choosing another of its values would give.
 */
export function courseFilterExpressions(
  params: CourseParams,
  today: string,
  omit?: CourseFacet | "status",
): string[] {
  const filters: string[] = [];
  for (const [name, facet] of Object.entries(courseFacets) as [
    CourseFacet,
    (typeof courseFacets)[CourseFacet],
  ][]) {
    if (name === omit) continue;
    const selected =
      name === "district" ? params.district.flatMap(districtsMatching) : params[name];
    if (selected.length > 0) filters.push(anyOf(facet.attribute, [...new Set(selected)]));
  }
  if (omit !== "status" && params.status.length > 0) {
    filters.push(`(${params.status.map((s) => statusFilter(s, today)).join(" OR ")})`);
  }
  if (params.card) filters.push("cardEligible = true");
  if (params.hoursMin !== undefined) filters.push(`totalHours >= ${params.hoursMin}`);
  if (params.hoursMax !== undefined) filters.push(`totalHours <= ${params.hoursMax}`);
  if (params.startFrom) filters.push(`startDay >= ${dateToInt(params.startFrom)}`);
  if (params.startTo) filters.push(`startDay <= ${dateToInt(params.startTo)}`);
  return filters;
}

export function effectiveSort(params: Pick<CourseParams, "q" | "sort">): CourseSort {
  if (params.sort && !(params.sort === "relevance" && !params.q)) return params.sort;
  return params.q ? "relevance" : "-start";
}

const listParams = ["field", "type", "district", "provider", "status", "schedule"] as const;
const singleParams = [
  "q",
  "card",
  "hoursMin",
  "hoursMax",
  "startFrom",
  "startTo",
  "sort",
  "view",
  "page",
] as const;

/** The URL query of a catalog state; page 1 and empty values are left out. */
export function courseQueryString(params: Partial<CourseParams>): string {
  const search = new URLSearchParams();
  for (const name of singleParams) {
    const value = params[name];
    if (value !== undefined && value !== "" && !(name === "page" && value === 1))
      search.set(name, String(value));
  }
  for (const name of listParams) for (const value of params[name] ?? []) search.append(name, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}

export type ActiveFilter = { key: string; label: string; without: Partial<CourseParams> };

/** Every active filter as a removable chip: its label and the state without it. */
export function activeCourseFilters(params: CourseParams): ActiveFilter[] {
  const base = { ...params, page: undefined };
  const chips: ActiveFilter[] = [];
  for (const name of listParams) {
    for (const value of params[name]) {
      const label =
        name === "status"
          ? recruitmentStatusLabels[value as RecruitmentStatus]
          : name === "schedule"
            ? scheduleLabels[value as keyof typeof scheduleLabels]
            : value;
      chips.push({
        key: `${name}:${value}`,
        label,
        without: { ...base, [name]: (params[name] as string[]).filter((v) => v !== value) },
      });
    }
  }
  if (params.card)
    chips.push({ key: "card", label: "내일배움카드", without: { ...base, card: undefined } });
  if (params.hoursMin !== undefined)
    chips.push({
      key: "hoursMin",
      label: `${params.hoursMin}시간 이상`,
      without: { ...base, hoursMin: undefined },
    });
  if (params.hoursMax !== undefined)
    chips.push({
      key: "hoursMax",
      label: `${params.hoursMax}시간 이하`,
      without: { ...base, hoursMax: undefined },
    });
  if (params.startFrom)
    chips.push({
      key: "startFrom",
      label: `${params.startFrom} 이후 시작`,
      without: { ...base, startFrom: undefined },
    });
  if (params.startTo)
    chips.push({
      key: "startTo",
      label: `${params.startTo} 이전 시작`,
      without: { ...base, startTo: undefined },
    });
  return chips;
}

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
