import "server-only";
import type { MultiSearchQuery } from "meilisearch";
import { dateToInt } from "@/lib/dates/dates";
import {
  panelFacets,
  relevanceGroupFilters,
  selectedValues,
  type AnyCatalogSpec,
  type CatalogPage,
  type CatalogRequest,
  type FacetSpec,
  type OrderSpec,
  type RangeSpec,
  type ToggleSpec,
} from "@/lib/catalog/spec";
import { indexUid } from "./client";
import { residentMultiSearch, tieredPage, textQuery } from "./query";

// A catalog page from Meilisearch, built from the catalog's spec: one multi-search for the page,
// the totals and the facet counts (a chosen facet counted without its own selection), and for an
// order that goes status by status (or relevance in tiers, when the page runs past the first),
// a second one for the slices of the page.

const quote = (value: string) => JSON.stringify(value);

/** Meilisearch sort rules for an order, ending on the id as the database's order does. */
const meiliSort = (order: OrderSpec) => [
  ...order.map((key) => `${key.attribute}:${key.desc ? "desc" : "asc"}`),
  "id:asc",
];

const facetFilter = (facet: FacetSpec, values: readonly string[]) =>
  `${facet.attribute} IN [${selectedValues(facet, values).map(quote).join(", ")}]`;

/** The filter expressions of a request, leaving out one facet (or the status) for its counts. */
export function meiliFilters(spec: AnyCatalogSpec, request: CatalogRequest, omit?: string) {
  const filters: string[] = [];
  for (const [name, facet] of Object.entries(spec.facets) as [string, FacetSpec][]) {
    const values = request.facets[name] ?? [];
    if (name === omit || values.length === 0) continue;
    filters.push(facetFilter(facet, values));
  }
  if (spec.status && omit !== "status" && request.status.length > 0) {
    const day = dateToInt(request.today)!;
    const status = spec.status;
    filters.push(`(${request.status.map((s) => status.meili(s, day)).join(" OR ")})`);
  }
  for (const [name, toggle] of Object.entries(spec.toggles) as [string, ToggleSpec][])
    if (request.toggles[name]) filters.push(`${toggle.attribute} = ${toggle.value}`);
  for (const [name, range] of Object.entries(spec.ranges) as [string, RangeSpec][]) {
    const value = request.ranges[name];
    if (value !== undefined) filters.push(`${range.attribute} ${range.op} ${range.toMeili(value)}`);
  }
  return filters;
}

type Distribution = Record<string, Record<string, number>> | undefined;

export async function catalogFromMeilisearch(
  spec: AnyCatalogSpec,
  request: CatalogRequest,
): Promise<Omit<CatalogPage, "fallback">> {
  const uid = indexUid(spec.index);
  // A catalog narrows by every word typed, as the database fallback does (lib/catalog/spec.ts's
  // textMatch): "청년 주거" lists what is about both, and its count and facets say so.
  const base = { indexUid: uid, ...textQuery(request.q ?? ""), matchingStrategy: "all" as const };
  // A request without counts asks for the page alone (and the segments that order it).
  const counted = request.counts ? panelFacets(spec.facets) : [];
  const facetNames = counted.map(([name]) => name);
  const attributes = counted.map(([, facet]) => facet.attribute);
  const toggleAttributes = request.counts
    ? (Object.values(spec.toggles) as ToggleSpec[]).map((t) => t.attribute)
    : [];
  const filters = meiliFilters(spec, request);
  const offset = (request.page - 1) * request.pageSize;
  const sort = spec.sorts[request.sort]!.order;
  const day = dateToInt(request.today)!;
  const statuses: readonly string[] = (request.counts && spec.status?.values) || [];
  const statusFilter = (status: string) => spec.status!.meili(status, day);
  // A status-by-status order, then what is in none of its statuses (a course without dates) by
  // id, as the database orders it.
  const statusSegments =
    sort && "segments" in sort
      ? sort.segments.map((segment) => ({
          filter: statusFilter(segment.status),
          order: segment.order,
        }))
      : null;
  const segments = statusSegments && [
    ...statusSegments,
    { filter: `NOT (${statusSegments.map((s) => s.filter).join(" OR ")})`, order: [] },
  ];
  // Relevance where records have statuses: in tiers, group by group (./query.ts).
  const tiered =
    sort === null && spec.status
      ? tieredPage(
          { ...base, filter: filters, attributesToRetrieve: ["id"] },
          relevanceGroupFilters(spec.status, day),
          { offset, limit: request.pageSize },
        )
      : null;

  // A facet counted value by value asks one count per value, with what choosing it would list.
  const eachValue = counted
    .filter(([, facet]) => facet.countEach)
    .flatMap(([name, facet]) =>
      Object.keys(facet.valueLabels ?? {}).map((value) => ({
        name,
        value,
        filter: [...meiliFilters(spec, request, name), facetFilter(facet, [value])],
      })),
    );
  const chosen = facetNames.filter(
    (name) => (request.facets[name] ?? []).length > 0 && !spec.facets[name]!.countEach,
  );
  const counting = (filter: string[], facets: string[] = []) =>
    ({ ...base, filter, facets, page: 1, hitsPerPage: 0 }) satisfies MultiSearchQuery;
  const queries: MultiSearchQuery[] = [
    segments || tiered
      ? counting(filters, [...attributes, ...toggleAttributes])
      : {
          ...base,
          filter: filters,
          facets: [...attributes, ...toggleAttributes],
          sort: sort ? meiliSort(sort as OrderSpec) : undefined,
          page: request.page,
          hitsPerPage: request.pageSize,
          attributesToRetrieve: ["id"],
        },
    ...chosen.map((name) =>
      counting(meiliFilters(spec, request, name), [spec.facets[name]!.attribute]),
    ),
    ...statuses.map((status) =>
      counting([...meiliFilters(spec, request, "status"), statusFilter(status)]),
    ),
    ...(segments ?? []).map((segment) => counting([...filters, segment.filter])),
    ...eachValue.map((count) => counting(count.filter)),
  ];
  // The tiers' first round goes in the same request as the counts.
  const results = await residentMultiSearch([...queries, ...(tiered?.firstRound ?? [])]);
  const tieredHits = tiered
    ? (await tiered.finish(results.slice(queries.length), residentMultiSearch)).hits
    : null;
  const [main, ...rest] = results.slice(0, queries.length);
  const facetResults = rest.slice(0, chosen.length);
  const statusResults = rest.slice(chosen.length, chosen.length + statuses.length);
  const segmentTotals = rest
    .slice(chosen.length + statuses.length, rest.length - eachValue.length)
    .map((r) => r.totalHits ?? 0);
  const eachValueTotals = rest.slice(rest.length - eachValue.length);

  const facets: Record<string, Record<string, number>> = {};
  for (const name of facetNames) {
    const source = chosen.includes(name) ? facetResults[chosen.indexOf(name)]! : main!;
    facets[name] = (source.facetDistribution as Distribution)?.[spec.facets[name]!.attribute] ?? {};
  }
  for (const name of new Set(eachValue.map((count) => count.name))) facets[name] = {};
  eachValue.forEach((count, i) => {
    facets[count.name]![count.value] = eachValueTotals[i]!.totalHits ?? 0;
  });
  if (spec.status && request.counts)
    facets.status = Object.fromEntries(
      statuses.map((status, i) => [status, statusResults[i]!.totalHits ?? 0]),
    );
  const toggles = request.counts
    ? Object.fromEntries(
        (Object.entries(spec.toggles) as [string, ToggleSpec][]).map(([name, toggle]) => [
          name,
          (main!.facetDistribution as Distribution)?.[toggle.attribute]?.[String(toggle.value)] ??
            0,
        ]),
      )
    : {};
  const total = main!.totalHits ?? 0;

  let ids = (tieredHits ?? main!.hits).map((hit) => String(hit.id));
  if (segments) {
    // Which part of each status's own order falls on this page.
    const slices: MultiSearchQuery[] = [];
    let start = 0;
    segments.forEach((segment, i) => {
      const size = segmentTotals[i]!;
      const from = Math.max(offset - start, 0);
      const to = Math.min(offset + request.pageSize - start, size);
      if (to > from) {
        slices.push({
          ...base,
          filter: [...filters, segment.filter],
          sort: meiliSort(segment.order),
          offset: from,
          limit: to - from,
          attributesToRetrieve: ["id"],
        });
      }
      start += size;
    });
    const fetched = slices.length === 0 ? [] : await residentMultiSearch(slices);
    ids = fetched.flatMap((result) => result.hits.map((hit) => String(hit.id)));
  }
  return { ids, total, facets, toggles };
}
