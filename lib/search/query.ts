import "server-only";
import type { Hit, MultiSearchQuery, MultiSearchResult, RecordAny } from "meilisearch";
import { indexUid } from "./client";
import {
  articleHit,
  articleHitFields,
  courseHit,
  courseHitFields,
  MATCH_END,
  MATCH_START,
  programHit,
  programHitFields,
  toSegments,
  type ArticleHitSource,
  type CourseHitSource,
  type ProgramHitSource,
  type SearchCounts,
  type SearchHit,
  type SearchHitType,
  type SearchResult,
} from "./hits";
import { encodeInitialsQuery, isInitialsQuery, withoutSyllableBeingTyped } from "./korean";
import { indexEntities, type IndexName } from "./indexes";
import { residentSearch } from "./resident";
import type { SearchRequest } from "./schema";

// What to show around a match, and one facet every document has, whose counts add up to the
// number of matches of that type in a search across everything. Only what the hit mappers read
// is retrieved: Meilisearch returns each attribute twice (plain and _formatted), and parsing
// unused text costs the app more than the search itself.
const display: Record<
  IndexName,
  { snippet: string; countBy: string; retrieve: readonly string[] }
> = {
  courses: { snippet: "description", countBy: "field", retrieve: courseHitFields },
  programs: { snippet: "summary", countBy: "category", retrieve: programHitFields },
  // Cropping a whole article body cost Meilisearch ~28 ms a search against ~3 ms for the summary,
  // and made search across everything time out under load; the body is still searched.
  articles: { snippet: "summary", countBy: "section", retrieve: articleHitFields },
};

function toHit(type: SearchHitType, doc: Hit, index: IndexName): SearchHit {
  const hit =
    type === "course"
      ? courseHit(doc as unknown as CourseHitSource)
      : type === "program"
        ? programHit(doc as unknown as ProgramHitSource)
        : articleHit(doc as unknown as ArticleHitSource);
  const formatted = doc._formatted as Record<string, unknown> | undefined;
  if (!formatted) return hit;
  const snippet = String(formatted[display[index].snippet] ?? hit.snippet);
  return {
    ...hit,
    highlight: {
      title: toSegments(String(formatted.title ?? hit.title)),
      snippet: toSegments(snippet),
    },
  };
}

/** Korean text is segmented as Korean; a 초성 query searches the encoded initials instead. */
export function textQuery(q: string) {
  return isInitialsQuery(q)
    ? { q: encodeInitialsQuery(q), attributesToSearchOn: ["initials"] }
    : { q: withoutSyllableBeingTyped(q), locales: ["kor" as const] };
}

function highlighting(index: IndexName) {
  return {
    attributesToRetrieve: [...display[index].retrieve],
    attributesToHighlight: ["title"],
    attributesToCrop: [display[index].snippet],
    cropLength: 40,
    cropMarker: "…",
    highlightPreTag: MATCH_START,
    highlightPostTag: MATCH_END,
  };
}

/**
 * Per index that has statuses, its catalog's relevance groups on today as Meilisearch filters, in
 * their order (what a resident can join or apply to now first, what is over last); every record
 * matches exactly one.
 */
export type RelevanceFilters = Partial<Record<IndexName, string[]>>;

// Ranked by relevance, matches of every word come first (one Meilisearch query ranks them so),
// group by group; then matches of fewer words. A resident wants what they can still join or apply
// to, and still finds a closed program by its name before matches of fewer words.

// A federated search merges its queries by ranking score times the query's weight and keeps each
// document once, with its best. Scores are at most 1, and above 0.5 for a match of every word in
// every query measured on 2026-12-04 (lowest 0.51, a typo), so weights a thousand apart keep the
// tiers apart and each in its own relevance order.
const TIER_WEIGHT_STEP = 1e3;

type TextSearch = MultiSearchQuery & { filter?: string[] };

function everyWord(query: TextSearch, filter: string[]) {
  return {
    ...query,
    matchingStrategy: "all" as const,
    filter: [...(query.filter ?? []), ...filter],
  };
}

/** The every-word tiers of a query, one per relevance group, or one tier without groups. */
function everyWordTiers(query: TextSearch, groups: string[] | undefined) {
  return groups ? groups.map((group) => everyWord(query, [group])) : [everyWord(query, [])];
}

/**
 * A search across indexes as federated queries whose merged order is the tiers above: `levels` is
 * the most groups of any index searched, so every index's first tier weighs the same, and the
 * matches of fewer words weigh least.
 */
function rankedQueries(query: TextSearch, groups: string[] | undefined, levels: number) {
  const weighted = (q: MultiSearchQuery, weight: number) => ({
    ...q,
    federationOptions: { weight },
  });
  return [
    ...everyWordTiers(query, groups).map((tier, i) =>
      weighted(tier, TIER_WEIGHT_STEP ** (levels - i)),
    ),
    weighted(query, 1),
  ];
}

type MultiSearch = (queries: MultiSearchQuery[]) => Promise<MultiSearchResult<RecordAny>[]>;

/** A plain multi-search for a resident, under ./resident.ts's deadline and breaker. */
export const residentMultiSearch: MultiSearch = async (queries) =>
  (await residentSearch((client) => client.multiSearch({ queries }))).results;

/**
 * One index's page in tiers, in at most two multi-searches. The first round asks the exact size
 * of each tier and of every match, and the first tier's part of the page, which is all of the
 * page whenever the first tier fills it; its queries may go among others (a catalog's counts).
 * `finish` takes their answers and, when the page runs past the first tier, asks for the rest.
 * Without federation: Meilisearch 1.21 spends about 3 ms more on any federated search, even of
 * one query matching nothing, against about 1 ms for a plain one (2026-12-04, the course index),
 * and served a quarter as many at 16 connections.
 */
export function tieredPage(
  query: TextSearch,
  groups: string[],
  page: { offset: number; limit: number },
) {
  const count = (q: MultiSearchQuery) => ({ ...q, page: 1, hitsPerPage: 0 });
  const tiers = everyWordTiers(query, groups);
  const firstRound: MultiSearchQuery[] = [
    ...tiers.map(count),
    count(query),
    { ...tiers[0]!, ...page },
  ];
  const finish = async (
    answers: MultiSearchResult<RecordAny>[],
    search: MultiSearch,
  ): Promise<{ hits: Hit[]; total: number }> => {
    const sizes = answers.slice(0, tiers.length).map((answer) => answer.totalHits ?? 0);
    const total = answers[tiers.length]!.totalHits ?? 0;
    const first = answers[tiers.length + 1]!;
    const end = page.offset + page.limit;
    if (sizes[0]! >= end || total === 0) return { hits: first.hits, total };
    // The page runs past the first tier: each later tier's part, then the rest, which follow
    // every match of every word in the plain query's own order.
    const everyWordSize = sizes.reduce((sum, size) => sum + size, 0);
    const segments = [
      ...tiers.map((tier, i) => ({ query: tier, size: sizes[i]!, skip: 0 })),
      { query, size: total - everyWordSize, skip: everyWordSize },
    ];
    const slices: MultiSearchQuery[] = [];
    let start = 0;
    segments.forEach((segment, i) => {
      const from = Math.max(page.offset - start, 0);
      const to = Math.min(end - start, segment.size);
      // The first tier's part came with the first round.
      if (i > 0 && to > from)
        slices.push({ ...segment.query, offset: segment.skip + from, limit: to - from });
      start += segment.size;
    });
    const rest = slices.length > 0 ? await search(slices) : [];
    return { hits: [...first.hits, ...rest.flatMap((answer) => answer.hits)], total };
  };
  return { firstRound, finish };
}

function indexQuery(name: IndexName, q: string) {
  return { indexUid: indexUid(name), ...textQuery(q), ...highlighting(name) };
}

function plainSearch(name: IndexName, q: string, window: { offset: number; limit: number }) {
  return { ...textQuery(q), ...highlighting(name), ...window };
}

/** The first multi-search of a search of one index that has statuses; the benchmark sends it too. */
export function indexSearchFirstRound(
  name: IndexName,
  q: string,
  page: { offset: number; limit: number },
  groups: string[],
) {
  return tieredPage(indexQuery(name, q), groups, page).firstRound;
}

export const everything: IndexName[] = ["articles", "courses", "programs"];

/** Searches published records through Meilisearch; throws when it cannot answer. */
export async function searchIndexes(
  request: SearchRequest,
  groups: RelevanceFilters,
): Promise<SearchResult> {
  const { q, index, page, pageSize } = request;
  const window = { offset: (page - 1) * pageSize, limit: pageSize };
  if (index === "all") {
    const levels = Math.max(...everything.map((name) => groups[name]?.length ?? 1));
    // One ranked list, with a facet every document has counted per index: the matches of each.
    const response = await residentSearch((client) =>
      client.multiSearch({
        federation: {
          ...window,
          facetsByIndex: Object.fromEntries(
            everything.map((name) => [indexUid(name), [display[name].countBy]]),
          ),
        },
        queries: everything.flatMap((name) =>
          rankedQueries(indexQuery(name, q), groups[name], levels),
        ),
      }),
    );
    const nameOf = new Map(everything.map((name) => [indexUid(name), name]));
    const countOf = (name: IndexName) =>
      Object.values(
        response.facetsByIndex?.[indexUid(name)]?.distribution[display[name].countBy] ?? {},
      ).reduce((sum, n) => sum + n, 0);
    const counts: SearchCounts = {
      article: countOf("articles"),
      course: countOf("courses"),
      program: countOf("programs"),
    };
    return {
      query: q,
      hits: response.hits.map((hit) => {
        const name = nameOf.get(hit._federation!.indexUid)!;
        return toHit(indexEntities[name], hit, name);
      }),
      total: counts.article + counts.course + counts.program,
      counts,
      page,
      pageSize,
      fallback: false,
    };
  }
  const groupsOfIndex = groups[index];
  const tiered = groupsOfIndex && tieredPage(indexQuery(index, q), groupsOfIndex, window);
  const { hits, total } = tiered
    ? await tiered.finish(await residentMultiSearch(tiered.firstRound), residentMultiSearch)
    : await residentSearch((client) =>
        client.index(indexUid(index)).search(undefined, plainSearch(index, q, window)),
      ).then((response) => ({
        hits: response.hits,
        total: response.estimatedTotalHits ?? response.hits.length,
      }));
  return {
    query: q,
    hits: hits.map((hit) => toHit(indexEntities[index], hit, index)),
    total,
    page,
    pageSize,
    fallback: false,
  };
}
