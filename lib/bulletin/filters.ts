import { catalogParamSpecs, catalogUrls } from "@/lib/catalog/spec";
import type { ParsedParams } from "@/lib/search/params";
import { articleCatalogSpec } from "./catalog-spec";

export const articleParamSpecs = catalogParamSpecs(articleCatalogSpec);

export type ArticleParams = ParsedParams<typeof articleParamSpecs>;

export const {
  sortLabels: articleSortLabels,
  effectiveSort: effectiveArticleSort,
  queryString: articleQueryString,
  activeFilters: activeArticleFilters,
} = catalogUrls(articleCatalogSpec, articleParamSpecs);
