import { catalogParamSpecs, catalogUrls } from "@/lib/catalog/spec";
import type { ParsedParams } from "@/lib/search/params";
import { programCatalogSpec } from "./catalog-spec";

export const programParamSpecs = catalogParamSpecs(programCatalogSpec);

export type ProgramParams = ParsedParams<typeof programParamSpecs>;

export const {
  sortLabels: programSortLabels,
  effectiveSort: effectiveProgramSort,
  queryString: programQueryString,
  activeFilters: activeProgramFilters,
} = catalogUrls(programCatalogSpec, programParamSpecs);
