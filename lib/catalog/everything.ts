import "server-only";
import { articleCatalogSpec } from "@/lib/bulletin/catalog-spec";
import { memoizedByTags } from "@/lib/cache/memo";
import { cacheTags, searchedTag } from "@/lib/cache/tags";
import { courseCatalogSpec } from "@/lib/courses/catalog-spec";
import { dateToInt, todayInSeoul } from "@/lib/dates/dates";
import { programCatalogSpec } from "@/lib/programs/catalog-spec";
import type { SearchCounts, SearchHit, SearchHitType, SearchResult } from "@/lib/search/hits";
import { indexEntities, type IndexName } from "@/lib/search/indexes";
import { everything, searchIndexes, type RelevanceFilters } from "@/lib/search/query";
import {
  reportFallback,
  residentSearchFailed,
  residentSearchMayAnswer,
} from "@/lib/search/resident";
import type { SearchRequest } from "@/lib/search/schema";
import { searchDatabase } from "./fallback";
import { relevanceGroupFilters, type AnyCatalogSpec } from "./spec";

const catalogSpecs: Record<IndexName, AnyCatalogSpec> = {
  courses: courseCatalogSpec,
  programs: programCatalogSpec,
  articles: articleCatalogSpec,
};

/** The relevance groups on `today` of each index that has statuses, as Meilisearch filters. */
export function relevanceFilters(today: string): RelevanceFilters {
  const day = dateToInt(today)!;
  return Object.fromEntries(
    Object.entries(catalogSpecs).flatMap(([name, { status }]) =>
      status ? [[name, relevanceGroupFilters(status, day)]] : [],
    ),
  );
}

/**
 * Meilisearch's answer to one search, kept until a change to the searched records reaches the
 * index (the outbox drain and a rebuild expire their tags) or the day turns (statuses, D-days and
 * relevance groups are all from today). Search as you type asks for the same short prefixes
 * again and again. Callers share the answer: they must not change it.
 */
const indexedAnswer = memoizedByTags({
  // A ten-hit answer (search as you type) is about 7,000 characters, thirty hits about 20,000:
  // several hundred answers, a few tens of MB of heap.
  maxSize: 4_000_000,
  key: ({ q, index, page, pageSize }: SearchRequest) => JSON.stringify([q, index, page, pageSize]),
  tags: (request) => [
    cacheTags.today,
    ...(request.index === "all" ? everything : [request.index]).map(
      (name) => searchedTag[indexEntities[name]],
    ),
  ],
  compute: (request) => searchIndexes(request, relevanceFilters(todayInSeoul())),
});

/** Searches published records through Meilisearch, or the database when Meilisearch is down or slow. */
export async function search(request: SearchRequest): Promise<SearchResult> {
  if (residentSearchMayAnswer()) {
    try {
      return await indexedAnswer(request);
    } catch (error) {
      residentSearchFailed();
      reportFallback("search", error);
    }
  }
  return { ...(await searchDatabase(request)), fallback: true };
}

export type SearchGroup = { type: SearchHitType; hits: SearchHit[]; total: number };

/**
 * One search across everything, grouped by type with up to `size` hits each. The federated
 * ranking decides which hits lead each group; a type whose matches all ranked below the merged
 * first page is searched on its own, so every type with matches shows some.
 */
export async function searchByType(
  q: string,
  size: number,
): Promise<{ groups: SearchGroup[]; counts: SearchCounts; total: number; fallback: boolean }> {
  const merged = await search({ q, index: "all", page: 1, pageSize: size * 6 });
  const counts = merged.counts!;
  let fallback = merged.fallback;
  const groups = await Promise.all(
    (["course", "program", "article"] as const).map(async (type) => {
      const ranked = merged.hits.filter((hit) => hit.type === type).slice(0, size);
      if (ranked.length >= Math.min(counts[type], size)) {
        return { type, hits: ranked, total: counts[type] };
      }
      const request = {
        q,
        index: everything.find((name) => indexEntities[name] === type)!,
        page: 1,
      };
      // Meilisearch just failed or timed out: do not wait for it again for each type.
      if (merged.fallback) {
        const own = await searchDatabase({ ...request, pageSize: size });
        return { type, hits: own.hits, total: counts[type] };
      }
      const own = await search({ ...request, pageSize: size });
      fallback ||= own.fallback;
      return { type, hits: own.hits, total: counts[type] };
    }),
  );
  // The groups follow the merged ranking: the type of the best hit comes first, so an article
  // whose title is the query is not listed under hundreds of courses sharing one of its words.
  const firstHit = (type: SearchHitType) => {
    const at = merged.hits.findIndex((hit) => hit.type === type);
    return at < 0 ? Infinity : at;
  };
  return {
    groups: groups
      .filter((group) => group.hits.length > 0)
      .sort((a, b) => firstHit(a.type) - firstHit(b.type)),
    counts,
    total: merged.total,
    fallback,
  };
}
