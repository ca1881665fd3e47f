import type { SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { withoutSyllableBeingTyped } from "@/lib/search/korean";
import { matchesEveryWord } from "@/lib/db/match";
import {
  facetValueParam,
  pageParam,
  pageSizeParam,
  queryParamSpec,
  type ParamSpecs,
  type ParsedParams,
} from "@/lib/search/params";

// One declaration per public catalog (courses, programs, articles) of every facet, filter, range and sort:
// its URL parameter, Korean label, Meilisearch attribute or expression, and SQL equivalent.
// URL parsing, the Meilisearch queries (lib/search/catalog-query.ts) and index settings
// (lib/catalog/index-settings.ts), the database fallback (lib/catalog/sql.ts), chips and facet
// panels all read it, so adding a filter is one entry.

/**
 * A facet's options as the filter panel offers them: a facet of labelled values (요일) offers every
 * value, in the labels' order, even at 0 results; other facets offer what the results hold.
 */
export function facetOptions(
  facet: Pick<FacetSpec, "valueLabels">,
  counted: { value: string; count: number }[],
) {
  if (!facet.valueLabels) return counted;
  const counts = new Map(counted.map((option) => [option.value, option.count]));
  return Object.keys(facet.valueLabels).map((value) => ({ value, count: counts.get(value) ?? 0 }));
}

/** A facet: several values may be chosen (OR within it, AND with the others). */
export type FacetSpec = {
  label: string;
  /** The Meilisearch attribute (filterable) holding the value. */
  attribute: string;
  /** The same value in the database. */
  column: SQLiteColumn;
  /** The column holds a JSON array of values (counted through json_each). */
  array?: boolean;
  /** One value as the URL may give it. */
  schema: z.ZodType<string>;
  valueLabels?: Record<string, string>;
  /** What a chosen value matches (an old district name covers the new ones). */
  expand?: (value: string) => string[];
  /**
   * Count each labelled value by what choosing it would list (its expand), not by the records
   * holding that value: a 군·구 counts the programs open to all of 인천 too.
   */
  countEach?: true;
  /**
   * A filter a link sets (a tag page's "더 찾아보기"), shown as its chip, but not offered or
   * counted in the filter panel: thousands of records carry hundreds of tags.
   */
  linkOnly?: true;
  /** How a chosen value reads on its chip, when not as itself or its label (#태그). */
  chip?: (value: string) => string;
};

/** A catalog's tags as a facet, alike in every catalog: `tag` in the URL, 태그 on its chip. */
export function tagFacet(column: SQLiteColumn, options: Pick<FacetSpec, "linkOnly"> = {}) {
  return {
    label: "태그",
    attribute: "tags",
    column,
    array: true,
    schema: facetValueParam,
    chip: (value: string) => `#${value}`,
    ...options,
  } satisfies FacetSpec;
}

/** The facets the filter panel offers and counts. */
export function panelFacets<F extends string>(facets: Record<F, FacetSpec>) {
  return (Object.entries(facets) as [F, FacetSpec][]).filter(([, facet]) => !facet.linkOnly);
}

/** A facet whose values are derived from dates and today, so each has a condition of its own. */
export type StatusSpec<S extends string = string> = {
  label: string;
  values: readonly S[];
  valueLabels: Record<S, string>;
  /** The Meilisearch attributes its conditions read (filterable in the index). */
  attributes: string[];
  meili: (value: S, day: number) => string;
  sql: (value: S, today: string) => SQL;
  /**
   * Ranked by relevance, matches of every word come in these groups of statuses, in this order:
   * what a resident can join or apply to now, then what they can later or no longer (a round
   * already running, one that ended). What is in none of them (a course without dates) ranks
   * with the first group, and a record in two (contradictory dates) with the later one.
   */
  relevanceGroups: readonly [readonly S[], readonly S[], ...(readonly S[])[]];
};

/**
 * The Meilisearch filters of a status spec's relevance groups on day `day` (YYYYMMDD), one per
 * group and in its order, such that every record matches exactly one.
 */
export function relevanceGroupFilters<S extends string>(status: StatusSpec<S>, day: number) {
  const conditions = status.relevanceGroups.map(
    (group) => `(${group.map((value) => `(${status.meili(value, day)})`).join(" OR ")})`,
  );
  return conditions.map((condition, i) => {
    const notLater = `NOT (${conditions.slice(i + 1).join(" OR ")})`;
    // The first group also takes what no status names; the last is its own condition.
    if (i === 0) return notLater;
    return i === conditions.length - 1 ? condition : `${condition} AND ${notLater}`;
  });
}

/** A single checkbox filter, counted among the results. */
export type ToggleSpec = {
  label: string;
  /** Meilisearch attribute and the value the filter requires (also its facet count). */
  attribute: string;
  value: boolean;
  column: SQLiteColumn;
};

/** One end of a range on a number or a date. */
export type RangeSpec = {
  /** The input's own label (최소 훈련시간, 이후). */
  label: string;
  /** The filter panel's heading over the inputs of one value (총 훈련시간: 최소 and 최대). */
  group: string;
  /** The input: a whole number within bounds (the URL's schema takes the same), or a date. */
  input: { type: "number"; min: number; max: number } | { type: "date" };
  chip: (value: string | number) => string;
  attribute: string;
  column: SQLiteColumn;
  op: ">=" | "<=";
  schema: z.ZodType<string | number>;
  /** The value as Meilisearch stores it (dates as YYYYMMDD numbers). */
  toMeili: (value: string | number) => number;
};

/** One key of an order: the Meilisearch attribute and the same value in SQL. */
export type OrderKey = {
  attribute: string;
  sql: SQLiteColumn | SQL;
  desc?: boolean;
};

/** An order; the engines end every order on the record id so ties break alike. */
export type OrderSpec = OrderKey[];

export type SortSpec<S extends string = string> = {
  label: string;
  /**
   * null: Meilisearch's relevance, whose database stand-in is the catalog's `relevanceOrder`;
   * in a catalog with statuses, in its relevance groups' order.
   */
  order:
    | OrderSpec
    | null
    /** Status by status in this order, each with an order of its own (deadline order). */
    | { segments: { status: S; order: OrderSpec }[] };
};

export type CatalogSpec<
  F extends string = string,
  S extends string = string,
  T extends string = string,
  R extends string = string,
  O extends string = string,
> = {
  /** The Meilisearch index (lib/search/indexes.ts; its settings: lib/catalog/index-settings.ts). */
  index: "courses" | "programs" | "articles";
  /** The record id in Meilisearch documents (`id`) and in the database. */
  idColumn: SQLiteColumn;
  table: SQLiteColumn["table"];
  /** What the public may see. */
  visible: SQL;
  /**
   * What a text query searches, in Meilisearch's ranking order: each document attribute and the
   * column behind it, where the database's stand-in looks for every word (textMatch).
   */
  searchable: Record<string, SQLiteColumn>;
  /**
   * The order of records that rank alike by relevance: Meilisearch's last ranking rules, and
   * the whole order of the database's stand-in (which has no relevance of its own).
   */
  relevanceOrder: OrderSpec;
  facets: Record<F, FacetSpec>;
  /** Absent for a catalog whose records have no status a resident filters by (articles). */
  status?: StatusSpec<S>;
  toggles: Record<T, ToggleSpec>;
  ranges: Record<R, RangeSpec>;
  sorts: Record<O, SortSpec<S>>;
  defaultSort: (q: string | undefined) => O;
  pageSize: number;
  /** A word typed in the search box that means a filter (주말 → 요일: 주말), or null. */
  queryWord?: (word: string) => { facet: F; value: string } | null;
};

/**
 * The database's stand-in for a text query: every word somewhere in what the index searches,
 * a syllable still being typed read as Meilisearch reads it (lib/search/query.ts).
 */
export function textMatch(spec: Pick<AnyCatalogSpec, "searchable">, q: string) {
  return matchesEveryWord(withoutSyllableBeingTyped(q), Object.values(spec.searchable));
}

/** A filter a resident typed as a word of the query. */
export type QueryWordFilter = { word: string; facet: string; value: string };

/** Splits a query into the words that mean filters and the rest, which is searched as text. */
export function filtersInQuery(
  spec: Pick<AnyCatalogSpec, "queryWord">,
  q: string | undefined,
): { rest: string | undefined; filters: QueryWordFilter[] } {
  if (!q || !spec.queryWord) return { rest: q, filters: [] };
  const filters: QueryWordFilter[] = [];
  const rest: string[] = [];
  for (const word of q.trim().split(/\s+/)) {
    const filter = spec.queryWord(word);
    if (filter) filters.push({ word, ...filter });
    else rest.push(word);
  }
  return { rest: rest.join(" ") || undefined, filters };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any spec, whatever its keys
export type AnyCatalogSpec = CatalogSpec<any, any, any, any, any>;

/** A catalog search in the spec's terms, whichever engine answers it. */
export type CatalogRequest = {
  q?: string;
  facets: Record<string, readonly string[]>;
  status: string[];
  toggles: Record<string, boolean>;
  ranges: Record<string, string | number | undefined>;
  sort: string;
  page: number;
  pageSize: number;
  today: string;
  /**
   * Whether to count each facet value, status and toggle. A caller that only lists records (a
   * feed, a calendar, a suggestion) skips them: a program search asks 17 counts besides its page.
   */
  counts: boolean;
};

/**
 * One page: record ids in order, the total, and raw counts per facet value and toggle (empty
 * when the request asked for none).
 */
export type CatalogPage = {
  ids: string[];
  total: number;
  facets: Record<string, Record<string, number>>;
  toggles: Record<string, number>;
  fallback: boolean;
};

type KeysOf<C extends AnyCatalogSpec, K extends keyof C> = Extract<keyof C[K], string>;

/** The URL parameters a spec reads, as the strict API and the lenient pages parse them. */
export function catalogParamSpecs<C extends AnyCatalogSpec>(spec: C) {
  const specs: ParamSpecs = { q: queryParamSpec };
  for (const [name, facet] of Object.entries(spec.facets) as [string, FacetSpec][])
    specs[name] = { schema: facet.schema, multi: true };
  if (spec.status) {
    const statuses = spec.status.values as [string, ...string[]];
    specs.status = {
      schema: z.enum(statuses, { error: `must be one of: ${statuses.join(", ")}` }),
      multi: true,
    };
  }
  for (const name of Object.keys(spec.toggles))
    specs[name] = { schema: z.literal("1", { error: "must be 1" }) };
  for (const [name, range] of Object.entries(spec.ranges) as [string, RangeSpec][])
    specs[name] = { schema: range.schema };
  const sorts = Object.keys(spec.sorts) as [string, ...string[]];
  specs.sort = { schema: z.enum(sorts, { error: `must be one of: ${sorts.join(", ")}` }) };
  specs.page = { schema: pageParam };
  specs.pageSize = { schema: pageSizeParam };
  return specs as CatalogParamSpecs<C>;
}

type MultiSpec<V> = { schema: z.ZodType<V>; multi: true };
type SingleSpec<V> = { schema: z.ZodType<V> };

export type CatalogParamSpecs<C extends AnyCatalogSpec> = { q: SingleSpec<string> } & {
  [K in KeysOf<C, "facets">]: MultiSpec<string>;
} & (C["status"] extends StatusSpec<infer S> ? { status: MultiSpec<S> } : unknown) & {
    [K in KeysOf<C, "toggles">]: SingleSpec<"1">;
  } & { [K in KeysOf<C, "ranges">]: SingleSpec<z.output<C["ranges"][K]["schema"]>> } & {
    sort: SingleSpec<KeysOf<C, "sorts">>;
    page: SingleSpec<number>;
    pageSize: SingleSpec<number>;
  };

export type CatalogParams<C extends AnyCatalogSpec> = ParsedParams<CatalogParamSpecs<C>>;

/** The values a facet's selection matches. */
export function selectedValues(facet: FacetSpec, values: readonly string[]) {
  return [...new Set(facet.expand ? values.flatMap(facet.expand) : values)];
}

/**
 * The order a catalog answers in: the one chosen, unless it is relevance without words to rank
 * by; else the spec's default for the query. Words that are filters (주말, a 군·구) rank nothing,
 * so a query of only those orders as no query does, in the results and in the sort menu alike.
 */
export function effectiveCatalogSort<C extends AnyCatalogSpec>(
  spec: C,
  params: { q?: string; sort?: string },
): KeysOf<C, "sorts"> {
  const { rest: q } = filtersInQuery(spec, params.q);
  const chosen = params.sort ? spec.sorts[params.sort] : undefined;
  if (chosen && !(chosen.order === null && !q)) return params.sort as KeysOf<C, "sorts">;
  return spec.defaultSort(q);
}

/** The URL query of a catalog state, in a stable order; page 1 and empty values are left out. */
export function catalogQueryString(
  spec: AnyCatalogSpec,
  params: Record<string, unknown>,
  extra: readonly string[] = [],
): string {
  const search = new URLSearchParams();
  const single = [
    "q",
    ...Object.keys(spec.toggles),
    ...Object.keys(spec.ranges),
    "sort",
    ...extra,
    "page",
  ];
  for (const name of single) {
    const value = params[name];
    if (value !== undefined && value !== "" && value !== null && !(name === "page" && value === 1))
      search.set(name, String(value));
  }
  for (const name of [...Object.keys(spec.facets), "status"]) {
    for (const value of (params[name] as string[] | undefined) ?? []) search.append(name, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export type ActiveFilter<P> = { key: string; label: string; without: Partial<P> };

/** Every active filter as a removable chip: its label and the state without it. */
export function activeCatalogFilters<C extends AnyCatalogSpec, P extends Record<string, unknown>>(
  spec: C,
  params: P,
): ActiveFilter<P>[] {
  const base = { ...params, page: undefined };
  const chips: ActiveFilter<P>[] = [];
  const status = spec.status;
  const lists: (readonly [string, (value: string) => string])[] = [
    ...(status ? [["status", (value: string) => status.valueLabels[value] ?? value] as const] : []),
    ...(Object.entries(spec.facets) as [string, FacetSpec][]).map(
      ([name, facet]) =>
        [name, facet.chip ?? ((value: string) => facet.valueLabels?.[value] ?? value)] as const,
    ),
  ];
  for (const [name, labelOf] of lists) {
    const values = (params[name] as string[] | undefined) ?? [];
    for (const value of values) {
      chips.push({
        key: `${name}:${value}`,
        label: labelOf(value),
        without: { ...base, [name]: values.filter((v) => v !== value) } as Partial<P>,
      });
    }
  }
  // A word of the query that acts as a filter goes away with its chip.
  const words = (params.q as string | undefined)?.trim().split(/\s+/) ?? [];
  for (const filter of filtersInQuery(spec, params.q as string | undefined).filters) {
    const labels = (spec.facets[filter.facet] as FacetSpec).valueLabels;
    chips.push({
      key: `q:${filter.word}`,
      label: `${labels?.[filter.value] ?? filter.value} (검색어)`,
      without: {
        ...base,
        q: words.filter((word) => word !== filter.word).join(" ") || undefined,
      } as Partial<P>,
    });
  }
  for (const [name, toggle] of Object.entries(spec.toggles) as [string, ToggleSpec][]) {
    if (params[name])
      chips.push({
        key: name,
        label: toggle.label,
        without: { ...base, [name]: undefined } as Partial<P>,
      });
  }
  for (const [name, range] of Object.entries(spec.ranges) as [string, RangeSpec][]) {
    const value = params[name] as string | number | undefined;
    if (value !== undefined)
      chips.push({
        key: name,
        label: range.chip(value),
        without: { ...base, [name]: undefined } as Partial<P>,
      });
  }
  return chips;
}

/**
 * What a catalog's pages and links need of its URL, for its parameters (the spec's, and any of
 * the page's own, such as the course catalog's view): the sort menu's labels, the sort in effect,
 * the query string of a state, and the active filters as chips.
 */
export function catalogUrls<C extends AnyCatalogSpec, S extends ParamSpecs>(
  spec: C,
  paramSpecs: S,
  extra: readonly string[] = [],
) {
  type Params = ParsedParams<S>;
  type Sort = KeysOf<C, "sorts">;
  return {
    paramSpecs,
    sortLabels: Object.fromEntries(
      Object.entries(spec.sorts).map(([key, sort]) => [key, (sort as SortSpec).label]),
    ) as Record<Sort, string>,
    effectiveSort: (params: { q?: string; sort?: string }): Sort =>
      effectiveCatalogSort(spec, params),
    queryString: (params: Partial<Params>) => catalogQueryString(spec, params, extra),
    activeFilters: (params: Params) => activeCatalogFilters(spec, params),
  };
}
