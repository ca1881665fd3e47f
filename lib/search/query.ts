import "server-only";
import type { Hit, MultiSearchQuery, MultiSearchQueryWithFederation } from "meilisearch";
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
import { encodeInitialsQuery, isInitialsQuery } from "./korean";
import type { IndexName } from "./indexes";
import { residentSearch } from "./resident";
import type { SearchRequest } from "./schema";

export const typeOfIndex: Record<IndexName, SearchHitType> = {
  courses: "course",
  programs: "program",
  articles: "article",
};

// What to show around a match, and one facet every document has, whose counts add up to the
// number of matches in the index. Only what the hit mappers read
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
    : { q, locales: ["kor" as const] };
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
 * Per index, the filter of what is over today (a round that ended, a program that closed), from
 * its catalog's spec.
 */
export type PastFilters = Partial<Record<IndexName, string>>;

// Ranked by relevance, matches of every word come first (one Meilisearch query ranks them so),
// and among them what is over comes after the rest: a resident wants what they can still join or
// apply to, and still finds a closed program by its name before matches of fewer words. A
// federated search merges its queries by ranking score times the query's weight and keeps each
// document once, with its best. Scores are at most 1, and above 0.5 for a match of every word in
// every query measured on 2026-12-04 (lowest 0.51, a typo), so weights a thousand apart keep the
// tiers apart and each in its own relevance order.
const tierWeights = { current: 1e6, past: 1e3, rest: 1 } as const;

/** A search as federated queries whose merged order is the tiers above. */
export function rankedQueries(
  query: MultiSearchQuery & { filter?: string[] },
  past: string | undefined,
): MultiSearchQueryWithFederation[] {
  const everyWord = (filter: string[], weight: number) => ({
    ...query,
    matchingStrategy: "all" as const,
    filter: [...(query.filter ?? []), ...filter],
    federationOptions: { weight },
  });
  return [
    ...(past
      ? [everyWord([`NOT (${past})`], tierWeights.current), everyWord([past], tierWeights.past)]
      : [everyWord([], tierWeights.current)]),
    { ...query, federationOptions: { weight: tierWeights.rest } },
  ];
}

/**
 * The Meilisearch multi-search body of a search of some indexes: one ranked list, with a facet
 * every document has counted per index, so the counts are the matches of each. The benchmark
 * sends the same body directly.
 */
export function federatedSearch(
  names: readonly IndexName[],
  q: string,
  page: { offset: number; limit: number },
  past: PastFilters,
) {
  return {
    federation: {
      ...page,
      facetsByIndex: Object.fromEntries(
        names.map((name) => [indexUid(name), [display[name].countBy]]),
      ),
    },
    queries: names.flatMap((name) =>
      rankedQueries(
        { indexUid: indexUid(name), ...textQuery(q), ...highlighting(name) },
        past[name],
      ),
    ),
  };
}

export const everything: IndexName[] = ["articles", "courses", "programs"];

/** Searches published records through Meilisearch; throws when it cannot answer. */
export async function searchIndexes(
  request: SearchRequest,
  past: PastFilters,
): Promise<SearchResult> {
  const { q, index, page, pageSize } = request;
  const names = index === "all" ? everything : [index];
  const response = await residentSearch((client) =>
    client.multiSearch(
      federatedSearch(names, q, { offset: (page - 1) * pageSize, limit: pageSize }, past),
    ),
  );
  const nameOf = new Map(names.map((name) => [indexUid(name), name]));
  const countOf = (name: IndexName) =>
    Object.values(
      response.facetsByIndex?.[indexUid(name)]?.distribution[display[name].countBy] ?? {},
    ).reduce((sum, n) => sum + n, 0);
  const counts: SearchCounts = { article: 0, course: 0, program: 0 };
  for (const name of names) counts[typeOfIndex[name]] = countOf(name);
  return {
    query: q,
    hits: response.hits.map((hit) => {
      const name = nameOf.get(hit._federation!.indexUid)!;
      return toHit(typeOfIndex[name], hit, name);
    }),
    total: counts.article + counts.course + counts.program,
    ...(index === "all" && { counts }),
    page,
    pageSize,
    fallback: false,
  };
}
