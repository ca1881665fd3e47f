import {
  activeCatalogFilters,
  catalogParamSpecs,
  catalogQueryString,
  effectiveCatalogSort,
  type ActiveFilter,
} from "@/lib/catalog/spec";
import type { ParsedParams } from "@/lib/search/params";
import { programCatalogSpec } from "./catalog-spec";

export type ProgramSort = keyof typeof programCatalogSpec.sorts;

/** Sort options for the sort menu: key → Korean label. */
export const programSortLabels = Object.fromEntries(
  Object.entries(programCatalogSpec.sorts).map(([key, sort]) => [key, sort.label]),
) as Record<ProgramSort, string>;

export const programParamSpecs = catalogParamSpecs(programCatalogSpec);

export type ProgramParams = ParsedParams<typeof programParamSpecs>;

export function effectiveProgramSort(params: Pick<ProgramParams, "q" | "sort">): ProgramSort {
  return effectiveCatalogSort(programCatalogSpec, params);
}

export function programQueryString(params: Partial<ProgramParams>): string {
  return catalogQueryString(programCatalogSpec, params);
}

export function activeProgramFilters(params: ProgramParams): ActiveFilter<ProgramParams>[] {
  return activeCatalogFilters(programCatalogSpec, params);
}
