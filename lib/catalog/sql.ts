import "server-only";
import { and, inArray, sql, type SQL } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { hasAnyTag } from "@/lib/db/tags";
import { MAX_FACET_VALUES } from "@/lib/search/indexes";
import {
  panelFacets,
  selectedValues,
  textMatch,
  type AnyCatalogSpec,
  type CatalogPage,
  type CatalogRequest,
  type FacetSpec,
  type OrderSpec,
  type RangeSpec,
  type ToggleSpec,
} from "./spec";

// The same catalog page from the database when Meilisearch cannot answer: the spec's filters as
// SQL, facet counts by GROUP BY (a chosen facet counted without its own selection), the spec's
// orders, and LIMIT/OFFSET, so no more than a page of records is ever read into memory.

function facetCondition(facet: FacetSpec, values: readonly string[]): SQL {
  const wanted = selectedValues(facet, values);
  return facet.array ? hasAnyTag(facet.column, wanted) : inArray(facet.column, wanted);
}

function rangeCondition(range: RangeSpec, value: string | number): SQL {
  return range.op === ">=" ? sql`${range.column} >= ${value}` : sql`${range.column} <= ${value}`;
}

/** Every condition of a request, leaving out one facet (or the status) for its counts. */
export function sqlWhere(spec: AnyCatalogSpec, request: CatalogRequest, omit?: string) {
  const conditions: (SQL | undefined)[] = [spec.visible, textMatch(spec, request.q ?? "")];
  for (const [name, facet] of Object.entries(spec.facets) as [string, FacetSpec][]) {
    const values = request.facets[name] ?? [];
    if (name !== omit && values.length > 0) conditions.push(facetCondition(facet, values));
  }
  if (spec.status && omit !== "status" && request.status.length > 0) {
    const status = spec.status;
    conditions.push(
      sql`(${sql.join(
        request.status.map((value) => status.sql(value, request.today)),
        sql` or `,
      )})`,
    );
  }
  for (const [name, toggle] of Object.entries(spec.toggles) as [string, ToggleSpec][])
    if (request.toggles[name]) conditions.push(sql`${toggle.column} = ${toggle.value ? 1 : 0}`);
  for (const [name, range] of Object.entries(spec.ranges) as [string, RangeSpec][]) {
    const value = request.ranges[name];
    if (value !== undefined) conditions.push(rangeCondition(range, value));
  }
  return and(...conditions) ?? sql`1`;
}

async function facetCounts(spec: AnyCatalogSpec, facet: FacetSpec, where: SQL) {
  if (facet.countEach) {
    // Value by value, each by what choosing it would list (its expand), zeros included.
    const values = Object.keys(facet.valueLabels ?? {});
    const [row] = await db.all<Record<string, number | null>>(
      sql`select ${sql.join(
        values.map(
          (value, i) =>
            sql`sum(case when ${facetCondition(facet, [value])} then 1 else 0 end) as ${sql.identifier(`v${i}`)}`,
        ),
        sql`, `,
      )} from ${spec.table} where ${where}`,
    );
    return Object.fromEntries(values.map((value, i) => [value, Number(row?.[`v${i}`] ?? 0)]));
  }
  const rows = await db.all<{ value: string | null; n: number }>(
    facet.array
      ? sql`select json_each.value as value, count(*) as n from ${spec.table}, json_each(${facet.column}) where ${where} group by 1 order by 2 desc, 1 limit ${MAX_FACET_VALUES}`
      : sql`select ${facet.column} as value, count(*) as n from ${spec.table} where ${where} and ${facet.column} is not null group by 1 order by 2 desc, 1 limit ${MAX_FACET_VALUES}`,
  );
  return Object.fromEntries(
    rows.filter((row) => row.value !== null).map((row) => [String(row.value), Number(row.n)]),
  );
}

// Meilisearch puts records without the sorted value last in either direction.
function orderBy(order: OrderSpec, only?: SQL): SQL[] {
  return order.flatMap((key) => {
    const value = only ? sql`(case when ${only} then ${key.sql} end)` : sql`${key.sql}`;
    return [sql`${value} is null`, key.desc ? sql`${value} desc` : sql`${value} asc`];
  });
}

/**
 * The index of a record's relevance group on `today` (its catalog's `status.relevanceGroups`), or
 * null for a catalog without statuses: ordered by, it ranks as Meilisearch's relevance tiers do
 * (lib/search/query.ts). Later groups are tested first, so a record in two takes the later one,
 * and what is in none takes 0, as `relevanceGroupFilters` decides in Meilisearch.
 */
export function relevanceGroup(spec: AnyCatalogSpec, today: string): SQL<number> | null {
  const status = spec.status;
  if (!status) return null;
  const whens = status.relevanceGroups
    .flatMap((group, i) =>
      i === 0
        ? []
        : [
            sql`when ${sql.join(
              group.map((value) => sql`(${status.sql(value, today)})`),
              sql` or `,
            )} then ${i}`,
          ],
    )
    .reverse();
  return sql<number>`case ${sql.join(whens, sql` `)} else 0 end`;
}

// Meilisearch holds every id as a string and compares them as strings (article 10 before 9).
const byId = (spec: AnyCatalogSpec) => sql`cast(${spec.idColumn} as text) asc`;

/**
 * The database's stand-in for Meilisearch's relevance, which it cannot score: group by group,
 * then in the order Meilisearch gives records that rank alike (the spec's `relevanceOrder`).
 */
export function relevanceOrderBy(spec: AnyCatalogSpec, today: string): SQL[] {
  const group = relevanceGroup(spec, today);
  return [...(group ? [group] : []), ...orderBy(spec.relevanceOrder), byId(spec)];
}

function orderOf(spec: AnyCatalogSpec, request: CatalogRequest): SQL[] {
  const order = spec.sorts[request.sort]!.order;
  if (order === null) return relevanceOrderBy(spec, request.today);
  if (!("segments" in order)) return [...orderBy(order), byId(spec)];
  // Status by status, in the segments' order, each in its own order.
  const conditions = order.segments.map((segment) =>
    spec.status!.sql(segment.status, request.today),
  );
  const rank = sql`case ${sql.join(
    conditions.map((condition, i) => sql`when ${condition} then ${i}`),
    sql` `,
  )} else ${conditions.length} end`;
  return [
    rank,
    ...order.segments.flatMap((segment, i) => orderBy(segment.order, conditions[i])),
    byId(spec),
  ];
}

/** How many records of each status the request finds with every filter but the status. */
async function statusCounts(spec: AnyCatalogSpec, request: CatalogRequest) {
  if (!spec.status) return null;
  const values: readonly string[] = spec.status.values;
  const [row] = await db.all<Record<string, number>>(
    sql`select ${sql.join(
      values.map(
        (status) =>
          sql`sum(case when ${spec.status!.sql(status, request.today)} then 1 else 0 end) as ${sql.identifier(status)}`,
      ),
      sql`, `,
    )} from ${spec.table} where ${sqlWhere(spec, request, "status")}`,
  );
  return Object.fromEntries(values.map((status) => [status, Number(row?.[status] ?? 0)]));
}

export async function catalogFromDatabase(
  spec: AnyCatalogSpec,
  request: CatalogRequest,
): Promise<Omit<CatalogPage, "fallback">> {
  const where = sqlWhere(spec, request);
  const toggleEntries = Object.entries(spec.toggles) as [string, ToggleSpec][];
  // A request without counts asks for the page and its total alone.
  const counted = <T>(entries: T[]) => (request.counts ? entries : []);
  const [pageRows, [totals], facetEntries, statuses] = await Promise.all([
    db.all<{ id: string }>(
      sql`select ${spec.idColumn} as id from ${spec.table} where ${where} order by ${sql.join(orderOf(spec, request), sql`, `)} limit ${request.pageSize} offset ${(request.page - 1) * request.pageSize}`,
    ),
    db.all<Record<string, number>>(
      sql`select count(*) as total${sql.join(
        counted(toggleEntries).map(
          ([name, toggle]) =>
            sql`, sum(case when ${toggle.column} = ${toggle.value ? 1 : 0} then 1 else 0 end) as ${sql.identifier(name)}`,
        ),
        sql``,
      )} from ${spec.table} where ${where}`,
    ),
    Promise.all(
      counted(panelFacets(spec.facets)).map(
        async ([name, facet]) =>
          [name, await facetCounts(spec, facet, sqlWhere(spec, request, name))] as const,
      ),
    ),
    request.counts ? statusCounts(spec, request) : null,
  ]);
  const facets: Record<string, Record<string, number>> = Object.fromEntries(facetEntries);
  if (statuses) facets.status = statuses;
  return {
    ids: pageRows.map((row) => String(row.id)),
    total: Number(totals?.total ?? 0),
    facets,
    toggles: Object.fromEntries(
      counted(toggleEntries).map(([name]) => [name, Number(totals?.[name] ?? 0)]),
    ),
  };
}
