import "server-only";
import type { SearchParams } from "meilisearch";
import { db } from "@/lib/db/client";
import { courses, type Course } from "@/lib/db/schema";
import { districtsMatching } from "@/lib/districts/districts";
import { indexUid } from "@/lib/search/client";
import { publishedCoursesMatching } from "@/lib/search/fallback";
import { facetInMemory, sortOptions, type FacetOption } from "@/lib/search/facets";
import { textQuery } from "@/lib/search/query";
import { reportFallback, residentSearch } from "@/lib/search/resident";
import { recruitmentStatus, fillRate, type RecruitmentStatus } from "./derive";
import {
  courseFacets,
  courseFilterExpressions,
  courseSorts,
  effectiveSort,
  statusFilter,
  type CourseFacet,
  type CourseParams,
  type CourseSort,
} from "./filters";
import { coursesInOrder } from "./queries";

const STATUSES: RecruitmentStatus[] = ["recruiting", "in_progress", "ended"];
export const COURSE_PAGE_SIZE = 12;

export type CourseCatalog = {
  courses: Course[];
  total: number;
  page: number;
  pageSize: number;
  sort: CourseSort;
  facets: Record<CourseFacet | "status", FacetOption[]>;
  cardEligible: number;
  fallback: boolean;
};

/** One page of the course catalog with facet counts: Meilisearch, or the database when it cannot answer. */
export async function searchCourseCatalog(
  params: CourseParams,
  today: string,
): Promise<CourseCatalog> {
  try {
    return await fromMeilisearch(params, today);
  } catch (error) {
    reportFallback("catalog", error);
  }
  return fromDatabase(params, today);
}

async function fromMeilisearch(params: CourseParams, today: string): Promise<CourseCatalog> {
  const uid = indexUid("courses");
  const text = textQuery(params.q ?? "");
  const pageSize = params.pageSize ?? COURSE_PAGE_SIZE;
  const page = params.page ?? 1;
  const sort = effectiveSort(params);
  const facetNames = Object.keys(courseFacets) as CourseFacet[];
  const count = (filter: string[], facets: string[] = []) =>
    ({ indexUid: uid, ...text, filter, facets, page: 1, hitsPerPage: 0 }) satisfies SearchParams & {
      indexUid: string;
    };

  const selectedFacets = facetNames.filter((name) => params[name].length > 0);
  const queries = [
    {
      indexUid: uid,
      ...text,
      filter: courseFilterExpressions(params, today),
      facets: [...facetNames.map((name) => courseFacets[name].attribute), "cardEligible"],
      sort: courseSorts[sort].meili ? [courseSorts[sort].meili] : undefined,
      page,
      hitsPerPage: pageSize,
      attributesToRetrieve: ["id"],
    },
    // Disjunctive counts: a selected facet is counted without its own selection.
    ...selectedFacets.map((name) =>
      count(courseFilterExpressions(params, today, name), [courseFacets[name].attribute]),
    ),
    ...STATUSES.map((status) =>
      count([...courseFilterExpressions(params, today, "status"), statusFilter(status, today)]),
    ),
  ];
  const { results } = await residentSearch((client) => client.multiSearch({ queries }));
  const [main, ...rest] = results;
  const facets = {} as CourseCatalog["facets"];
  for (const name of facetNames) {
    const source = params[name].length > 0 ? rest[selectedFacets.indexOf(name)]! : main!;
    facets[name] = sortOptions(
      source.facetDistribution?.[courseFacets[name].attribute] ?? {},
      params[name],
    );
  }
  const statusResults = rest.slice(selectedFacets.length);
  facets.status = STATUSES.map((value, i) => ({ value, count: statusResults[i]!.totalHits ?? 0 }));
  return {
    courses: await coursesInOrder(main!.hits.map((hit) => String(hit.id))),
    total: main!.totalHits ?? 0,
    page,
    pageSize,
    sort,
    facets,
    cardEligible: main!.facetDistribution?.cardEligible?.["true"] ?? 0,
    fallback: false,
  };
}

const compareBy: Record<CourseSort, (a: Course, b: Course) => number> = {
  relevance: () => 0,
  start: (a, b) => nullsLast(a.startDate, b.startDate, (x, y) => x.localeCompare(y)),
  "-start": (a, b) => nullsLast(a.startDate, b.startDate, (x, y) => y.localeCompare(x)),
  "-employment": (a, b) => nullsLast(a.employmentRate, b.employmentRate, (x, y) => y - x),
  hours: (a, b) => a.totalHours - b.totalHours,
  "-hours": (a, b) => b.totalHours - a.totalHours,
  "-fill": (a, b) => nullsLast(fillRate(a), fillRate(b), (x, y) => y - x),
};

function nullsLast<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number) {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(a, b);
}

/** The same catalog from SQLite: substring matching on the query, facets counted in memory. */
async function fromDatabase(params: CourseParams, today: string): Promise<CourseCatalog> {
  const rows = await db
    .select()
    .from(courses)
    .where(publishedCoursesMatching(params.q ?? ""));
  const inRange = rows.filter(
    (c) =>
      (!params.card || c.cardEligible) &&
      (params.hoursMin === undefined || c.totalHours >= params.hoursMin) &&
      (params.hoursMax === undefined || c.totalHours <= params.hoursMax) &&
      (!params.startFrom || (c.startDate !== null && c.startDate >= params.startFrom)) &&
      (!params.startTo || (c.startDate !== null && c.startDate <= params.startTo)),
  );
  const { matches, counts } = facetInMemory(
    inRange,
    {
      field: (c) => [c.field],
      type: (c) => [c.trainingType],
      district: (c) => [c.district],
      provider: (c) => [c.provider],
      schedule: (c) => [c.schedule],
      status: (c) => [recruitmentStatus(c, today)],
    },
    {
      field: params.field,
      type: params.type,
      district: params.district.flatMap(districtsMatching),
      provider: params.provider,
      schedule: params.schedule,
      status: params.status,
    },
  );
  const sort = effectiveSort(params);
  const pageSize = params.pageSize ?? COURSE_PAGE_SIZE;
  const page = params.page ?? 1;
  const sorted = [...matches].sort(compareBy[sort]);
  return {
    courses: sorted.slice((page - 1) * pageSize, page * pageSize),
    total: matches.length,
    page,
    pageSize,
    sort,
    facets: {
      ...counts,
      status: STATUSES.map((value) => ({
        value,
        count: counts.status.find((o) => o.value === value)?.count ?? 0,
      })),
    },
    cardEligible: matches.filter((c) => c.cardEligible).length,
    fallback: true,
  };
}

export type CatalogSuggestion = {
  drop: { label: string; count: number; without: Partial<CourseParams> } | null;
  near: Course[];
  nearLabel: string;
};

/**
 * For an empty result: which single filter to drop to get the most courses back, and some near
 * matches (the query without filters, or else the newest courses) so the page is never a dead end.
 */
export async function suggestWithoutFilters(
  params: CourseParams,
  chips: { label: string; without: Partial<CourseParams> }[],
  today: string,
): Promise<CatalogSuggestion> {
  const blank = { ...params, ...emptyFilters, page: undefined, pageSize: 3 };
  const counts = await Promise.all(
    chips.slice(0, 6).map(async (chip) => ({
      ...chip,
      count: (
        await searchCourseCatalog(
          { ...params, ...chip.without, page: undefined, pageSize: 1 } as CourseParams,
          today,
        )
      ).total,
    })),
  );
  const best = counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count)[0];
  const drop = best ? { label: best.label, count: best.count, without: best.without } : null;
  if (params.q) {
    const withQuery = await searchCourseCatalog(blank, today);
    if (withQuery.courses.length > 0) {
      return {
        drop,
        near: withQuery.courses,
        nearLabel: `필터 없이 ‘${params.q}’(으)로 찾은 과정`,
      };
    }
  }
  const newest = await searchCourseCatalog({ ...blank, q: undefined, sort: undefined }, today);
  return { drop, near: newest.courses, nearLabel: "최근 과정" };
}

const emptyFilters = {
  field: [],
  type: [],
  district: [],
  provider: [],
  status: [],
  schedule: [],
  card: undefined,
  hoursMin: undefined,
  hoursMax: undefined,
  startFrom: undefined,
  startTo: undefined,
} satisfies Partial<CourseParams>;
