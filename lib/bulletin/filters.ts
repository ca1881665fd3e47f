import {
  activeCatalogFilters,
  catalogParamSpecs,
  catalogQueryString,
  effectiveCatalogSort,
  type ActiveFilter,
} from "@/lib/catalog/spec";
import type { ParsedParams } from "@/lib/search/params";
import { articleCatalogSpec } from "./catalog-spec";

export type ArticleSort = keyof typeof articleCatalogSpec.sorts;

/** Sort options for the sort menu: key → Korean label. */
export const articleSortLabels = Object.fromEntries(
  Object.entries(articleCatalogSpec.sorts).map(([key, sort]) => [key, sort.label]),
) as Record<ArticleSort, string>;

export const articleParamSpecs = catalogParamSpecs(articleCatalogSpec);

export type ArticleParams = ParsedParams<typeof articleParamSpecs>;

export function effectiveArticleSort(params: Pick<ArticleParams, "q" | "sort">): ArticleSort {
  return effectiveCatalogSort(articleCatalogSpec, params);
}

/** The URL query of a catalog state; page 1 and empty values are left out. */
export function articleQueryString(params: Partial<ArticleParams>): string {
  return catalogQueryString(articleCatalogSpec, params);
}

/** Every active filter as a removable chip: its label and the state without it. */
export function activeArticleFilters(params: ArticleParams): ActiveFilter<ArticleParams>[] {
  return activeCatalogFilters(articleCatalogSpec, params);
}
