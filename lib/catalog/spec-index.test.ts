import type { SQL } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { courseCatalogSpec } from "@/lib/courses/catalog-spec";
import { programCatalogSpec } from "@/lib/programs/catalog-spec";
import { indexDefinitions } from "@/lib/search/indexes";
import { articleCatalogSpec } from "@/lib/bulletin/catalog-spec";
import type { AnyCatalogSpec, OrderSpec } from "./spec";

// A catalog spec and its index's settings are declared apart (lib/search owns Meilisearch and
// imports no catalog). Meilisearch refuses a filter or sort on an attribute not declared, and
// the database fallback must search the attributes Meilisearch searches: these keep them agreeing.

const specs: AnyCatalogSpec[] = [courseCatalogSpec, programCatalogSpec, articleCatalogSpec];

/** The database column behind each searchable document attribute (documents.ts builds them). */
const searchedColumns: Record<string, Record<string, string>> = {
  courses: {
    title: "title",
    tags: "tags",
    field: "field",
    provider: "provider",
    trainingType: "training_type",
    districtNames: "district",
    description: "description",
  },
  articles: {
    title: "title",
    tags: "tags",
    summary: "summary",
    category: "category",
    body: "body",
  },
  programs: {
    title: "title",
    tags: "tags",
    targetGroups: "target_groups",
    agency: "agency",
    category: "category",
    summary: "summary",
    eligibility: "eligibility",
    benefit: "benefit",
  },
};

/** The database's text match reads the column behind every attribute Meilisearch searches. */
function expectSearchesEveryAttribute(
  index: keyof typeof indexDefinitions,
  table: AnyCatalogSpec["table"],
  idColumn: AnyCatalogSpec["idColumn"],
  where: SQL | undefined,
) {
  const { sql } = db.select({ id: idColumn }).from(table).where(where).toSQL();
  const columns = indexDefinitions[index].settings
    .searchableAttributes!.filter((attribute) => attribute !== "initials")
    .map((attribute) => searchedColumns[index]![attribute]);
  expect(columns).not.toContain(undefined);
  for (const column of columns) expect(sql).toContain(`"${column}"`);
}

function orderAttributes(order: AnyCatalogSpec["sorts"][string]["order"]): string[] {
  if (order === null) return [];
  const orders: OrderSpec[] = "segments" in order ? order.segments.map((s) => s.order) : [order];
  return orders.flat().map((key) => key.attribute);
}

describe.each(specs.map((spec) => [spec.index, spec] as const))("the %s spec", (index, spec) => {
  const settings = indexDefinitions[index].settings;

  it("filters only on attributes its index declares filterable", () => {
    const status = spec.status;
    const statusAttributes = (status?.values ?? []).flatMap((value: string) =>
      [...status!.meili(value, 20250915).matchAll(/([A-Za-z]+)\s*(?:!=|>=|<=|=|>|<|IS )/g)].map(
        (match) => match[1]!,
      ),
    );
    const filtered = [
      ...Object.values(spec.facets).map((facet) => facet.attribute),
      ...Object.values(spec.toggles).map((toggle) => toggle.attribute),
      ...Object.values(spec.ranges).map((range) => range.attribute),
      ...statusAttributes,
    ];
    if (status) expect(statusAttributes.length).toBeGreaterThan(0);
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(filtered));
  });

  it("sorts only on attributes its index declares sortable", () => {
    const sorted = Object.values(spec.sorts).flatMap((sort) => orderAttributes(sort.order));
    expect(sorted.length).toBeGreaterThan(0);
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining([...sorted, "id"]));
  });

  it("searches, in the database, every attribute Meilisearch searches", () => {
    expectSearchesEveryAttribute(index, spec.table, spec.idColumn, spec.textMatch("낱말"));
  });
});
