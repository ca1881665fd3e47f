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
        await listCourses(
          { ...params, ...chip.without, page: undefined, pageSize: 1 } as CourseParams,
          today,
        )
      ).total,
    })),
  );
  const best = counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count)[0];
  const drop = best ? { label: best.label, count: best.count, without: best.without } : null;
  if (params.q) {
    const withQuery = await listCourses(blank, today);
    if (withQuery.courses.length > 0) {
      return {
        drop,
        near: withQuery.courses,
        nearLabel: `필터 없이 ‘${params.q}’${josa.pick(params.q, "으로/로")} 찾은 과정`,
      };
    }
  }
  // The catalog's default order: what a resident can still join first, the soonest start first.
  const soonest = await listCourses({ ...blank, q: undefined, sort: undefined }, today);
  return { drop, near: soonest.courses, nearLabel: "모집 중인 과정부터, 개강이 가까운 순" };
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
