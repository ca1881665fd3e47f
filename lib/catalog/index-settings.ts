import { articleCatalogSpec } from "@/lib/bulletin/catalog-spec";
import { courseCatalogSpec } from "@/lib/courses/catalog-spec";
import { programCatalogSpec } from "@/lib/programs/catalog-spec";
import { searchIndexSettings, type IndexSettings } from "@/lib/search/indexes";
import type { AnyCatalogSpec, OrderSpec } from "./spec";

function orderAttributes(order: AnyCatalogSpec["sorts"][string]["order"]): string[] {
  if (order === null) return [];
  const orders: OrderSpec[] = "segments" in order ? order.segments.map((s) => s.order) : [order];
  return orders.flat().map((key) => key.attribute);
}

/**
 * An index's settings from its catalog spec: it searches what the spec searches, filters on what
 * its facets, toggles, ranges and status read, and sorts by what its orders read, so a filter or
 * order added to a spec is one Meilisearch accepts.
 */
export function catalogIndexSettings(spec: AnyCatalogSpec) {
  const unique = (names: string[]) => [...new Set(names)];
  return searchIndexSettings({
    searchable: Object.keys(spec.searchable),
    filterable: unique([
      ...Object.values(spec.facets).map((facet) => facet.attribute),
      ...Object.values(spec.toggles).map((toggle) => toggle.attribute),
      ...Object.values(spec.ranges).map((range) => range.attribute),
      ...(spec.status?.attributes ?? []),
    ]),
    sortable: unique(Object.values(spec.sorts).flatMap((sort) => orderAttributes(sort.order))),
  });
}

/** Every public index's settings, as the sync applies them. */
export const indexSettings: IndexSettings = {
  courses: catalogIndexSettings(courseCatalogSpec),
  programs: catalogIndexSettings(programCatalogSpec),
  articles: catalogIndexSettings(articleCatalogSpec),
};
