import { articleCatalogSpec } from "@/lib/bulletin/catalog-spec";
import { courseCatalogSpec } from "@/lib/courses/catalog-spec";
import { programCatalogSpec } from "@/lib/programs/catalog-spec";
import { searchIndexSettings, type IndexSettings } from "@/lib/search/indexes";
import type { AnyCatalogSpec, OrderKey, OrderSpec } from "./spec";

function orderAttributes(order: AnyCatalogSpec["sorts"][string]["order"]): string[] {
  if (order === null) return [];
  const orders: OrderSpec[] = "segments" in order ? order.segments.map((s) => s.order) : [order];
  return orders.flat().map((key) => key.attribute);
}

/**
 * Meilisearch's order for records that rank alike (rounds of one course share their words): the
 * spec's `relevanceOrder` and the id, as in the database's stand-in. A search across everything
 * is one federated search, which Meilisearch refuses when two indexes' rules run in opposite
 * directions, so an index whose order descends (articles, newest issue first) keeps its own.
 */
function tieBreak(spec: AnyCatalogSpec): OrderKey[] {
  if (spec.relevanceOrder.some((key) => key.desc)) return [];
  return [...spec.relevanceOrder, { attribute: "id", sql: spec.idColumn }];
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
    tieBreak: tieBreak(spec),
  });
}

/** Every public index's settings, as the sync applies them. */
export const indexSettings: IndexSettings = {
  courses: catalogIndexSettings(courseCatalogSpec),
  programs: catalogIndexSettings(programCatalogSpec),
  articles: catalogIndexSettings(articleCatalogSpec),
};
