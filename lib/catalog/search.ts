import "server-only";
import { sortOptions, type FacetOption } from "@/lib/search/facets";
import { catalogFromMeilisearch } from "@/lib/search/catalog-query";
import { reportFallback } from "@/lib/search/resident";
import { catalogFromDatabase } from "./sql";
import {
  effectiveCatalogSort,
  filtersInQuery,
  type AnyCatalogSpec,
  type CatalogPage,
  type CatalogParams,
  type CatalogRequest,
} from "./spec";

/** One page of records a search lists, without counts. */
export type CatalogList<C extends AnyCatalogSpec> = {
  ids: string[];
  total: number;
  page: number;
  pageSize: number;
  sort: Extract<keyof C["sorts"], string>;
  fallback: boolean;
};

export type CatalogResult<C extends AnyCatalogSpec> = CatalogList<C> & {
  facets: Record<Extract<keyof C["facets"], string> | "status", FacetOption[]>;
  toggles: Record<Extract<keyof C["toggles"], string>, number>;
};

export function catalogRequest<C extends AnyCatalogSpec>(
  spec: C,
  params: Partial<CatalogParams<C>>,
  today: string,
  counts = true,
): CatalogRequest {
  const read = params as Record<string, unknown>;
  // Words such as 주말 or a 군·구 typed in the box filter rather than match text.
  const { rest: q, filters } = filtersInQuery(spec, (read.q as string | undefined) || undefined);
  const facet = (name: string) => [
    ...new Set([
      ...((read[name] as string[] | undefined) ?? []),
      ...filters.filter((filter) => filter.facet === name).map((filter) => filter.value),
    ]),
  ];
  return {
    q,
    facets: Object.fromEntries(Object.keys(spec.facets).map((name) => [name, facet(name)])),
    status: (read.status as string[] | undefined) ?? [],
    toggles: Object.fromEntries(
      Object.keys(spec.toggles).map((name) => [name, Boolean(read[name])]),
    ),
    ranges: Object.fromEntries(
      Object.keys(spec.ranges).map((name) => [name, read[name] as string | number | undefined]),
    ),
    sort: effectiveCatalogSort(spec, { q, sort: read.sort as string | undefined }),
    page: (read.page as number | undefined) ?? 1,
    pageSize: (read.pageSize as number | undefined) ?? spec.pageSize,
    today,
    counts,
  };
}

/** Meilisearch, or the database with the same filters when it cannot answer. */
async function catalogPage(spec: AnyCatalogSpec, request: CatalogRequest): Promise<CatalogPage> {
  try {
    return { ...(await catalogFromMeilisearch(spec, request)), fallback: false };
  } catch (error) {
    reportFallback(`catalog ${spec.index}`, error);
    return { ...(await catalogFromDatabase(spec, request)), fallback: true };
  }
}

function listOf<C extends AnyCatalogSpec>(request: CatalogRequest, page: CatalogPage) {
  return {
    ids: page.ids,
    total: page.total,
    page: request.page,
    pageSize: request.pageSize,
    sort: request.sort as CatalogList<C>["sort"],
    fallback: page.fallback,
  };
}

/** One page of a catalog and its total, for a caller that shows no facet counts. */
export async function listCatalog<C extends AnyCatalogSpec>(
  spec: C,
  params: Partial<CatalogParams<C>>,
  today: string,
): Promise<CatalogList<C>> {
  const request = catalogRequest(spec, params, today, false);
  return listOf<C>(request, await catalogPage(spec, request));
}

/** One page of a catalog with the counts of every facet value, status and toggle. */
export async function searchCatalog<C extends AnyCatalogSpec>(
  spec: C,
  params: Partial<CatalogParams<C>>,
  today: string,
): Promise<CatalogResult<C>> {
  const request = catalogRequest(spec, params, today);
  const page = await catalogPage(spec, request);
  const selected = (name: string) =>
    name === "status" ? request.status : (request.facets[name] ?? []);
  return {
    ...listOf<C>(request, page),
    facets: Object.fromEntries(
      Object.entries(page.facets).map(([name, counts]) => [
        name,
        name === "status"
          ? spec.status!.values.map((value: string) => ({ value, count: counts[value] ?? 0 }))
          : sortOptions(counts, selected(name), spec.facets[name]?.expand),
      ]),
    ) as CatalogResult<C>["facets"],
    toggles: page.toggles as CatalogResult<C>["toggles"],
  };
}
