import "server-only";
import { listArticles } from "@/lib/bulletin/catalog";
import { articleQueryString } from "@/lib/bulletin/filters";
import { listCourses } from "@/lib/courses/catalog";
import { courseCatalogSpec } from "@/lib/courses/catalog-spec";
import { courseQueryString } from "@/lib/courses/filters";
import { todayInSeoul } from "@/lib/dates/dates";
import { listPrograms } from "@/lib/programs/catalog";
import { programCatalogSpec } from "@/lib/programs/catalog-spec";
import { programQueryString } from "@/lib/programs/filters";
import { coursesPath, issuesPath, programsPath } from "@/lib/routes/public";
import type { SearchHitType } from "@/lib/search/hits";
import { filtersInQuery } from "./spec";

/** A type's catalog searched for the words, as its own page reads them. */
export function catalogUrl(type: SearchHitType, q: string) {
  if (type === "course") return coursesPath(courseQueryString({ q }));
  if (type === "program") return programsPath(programQueryString({ q }));
  return issuesPath(articleQueryString({ q }));
}

/**
 * What a type's catalog lists for the words: there a record needs every word (and the course
 * catalog reads 주말 or a 군·구 as a filter), where a search across everything also ranks matches
 * of fewer words last. A link says the count its page shows.
 */
export async function catalogTotal(type: SearchHitType, q: string) {
  const today = todayInSeoul();
  const asked = { q, pageSize: 1 };
  if (type === "course") return (await listCourses(asked, today)).total;
  if (type === "program") return (await listPrograms(asked, today)).total;
  return (await listArticles(asked, today)).total;
}

/** A catalog that reads words of a query as its filters, and what it lists for the query. */
export type FilterWordCatalog = {
  type: "course" | "program";
  words: string[];
  total: number;
  url: string;
};

const filteringSpecs = { course: courseCatalogSpec, program: programCatalogSpec } as const;

/**
 * The catalogs that read words of the query as filters (주말, 평일, a 군·구). Searched as text
 * across everything, such words match little, so these catalogs are offered first: on the search
 * page and among the header's suggestions.
 */
export async function catalogsFilteringBy(
  q: string,
  total: (type: SearchHitType, q: string) => Promise<number> = catalogTotal,
): Promise<FilterWordCatalog[]> {
  if (!q.trim()) return [];
  const found = await Promise.all(
    (["course", "program"] as const).map(async (type) => {
      const words = filtersInQuery(filteringSpecs[type], q).filters.map((filter) => filter.word);
      if (words.length === 0) return [];
      return [{ type, words, total: await total(type, q), url: catalogUrl(type, q) }];
    }),
  );
  return found.flat();
}
