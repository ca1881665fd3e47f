import { josa } from "es-hangul";
import "server-only";
import type { Course } from "@/lib/db/schema";
import {
  listCatalog,
  searchCatalog,
  type CatalogList,
  type CatalogResult,
} from "@/lib/catalog/search";
import { courseCatalogSpec } from "./catalog-spec";
import type { CourseParams } from "./filters";
import { coursesInOrder } from "./queries";

type CourseCatalogResult = CatalogResult<typeof courseCatalogSpec>;

export type CourseCatalog = Omit<CourseCatalogResult, "ids" | "toggles"> & {
  courses: Course[];
  cardEligible: number;
};

/** One page of the course catalog with facet counts: Meilisearch, or the database when it cannot answer. */
export async function searchCourseCatalog(
  params: Partial<CourseParams>,
  today: string,
): Promise<CourseCatalog> {
  const { ids, toggles, ...result } = await searchCatalog(courseCatalogSpec, params, today);
  return { ...result, courses: await coursesInOrder(ids), cardEligible: toggles.card };
}

export type CourseList = Omit<CatalogList<typeof courseCatalogSpec>, "ids"> & {
  courses: Course[];
};

/** One page of courses a search finds and their total, without facet counts. */
export async function listCourses(
  params: Partial<CourseParams>,
  today: string,
): Promise<CourseList> {
  const { ids, ...result } = await listCatalog(courseCatalogSpec, params, today);
  return { ...result, courses: await coursesInOrder(ids) };
}

export type CatalogSuggestion = {
  drop: { label: string; count: number; without: Partial<CourseParams> } | null;
  near: Course[];
  nearLabel: string;
  /** Whether any of it came from the database while Meilisearch was away. */
  fallback: boolean;
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
  let fallback = false;
  const list = async (listParams: Partial<CourseParams>) => {
    const result = await listCourses(listParams, today);
    fallback ||= result.fallback;
    return result;
  };
  const counts = await Promise.all(
    chips.slice(0, 6).map(async (chip) => ({
      ...chip,
      count: (await list({ ...params, ...chip.without, page: undefined, pageSize: 1 })).total,
    })),
  );
  const best = counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count)[0];
  const drop = best ? { label: best.label, count: best.count, without: best.without } : null;
  if (params.q) {
    const withQuery = await list(blank);
    if (withQuery.courses.length > 0) {
      return {
        drop,
        near: withQuery.courses,
        nearLabel: `필터 없이 ‘${params.q}’${josa.pick(params.q, "으로/로")} 찾은 과정`,
        fallback,
      };
    }
  }
  // The catalog's default order: what a resident can still join first, the soonest start first.
  const soonest = await list({ ...blank, q: undefined, sort: undefined });
  return {
    drop,
    near: soonest.courses,
    nearLabel: "모집 중인 과정부터, 개강이 가까운 순",
    fallback,
  };
}

const emptyFilters = {
  field: [],
  type: [],
  district: [],
  provider: [],
  status: [],
  schedule: [],
  tag: [],
  card: undefined,
  hoursMin: undefined,
  hoursMax: undefined,
  startFrom: undefined,
  startTo: undefined,
} satisfies Partial<CourseParams>;
