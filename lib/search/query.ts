import "server-only";
import type { Hit } from "meilisearch";
import { env } from "@/lib/env";
import { indexUid, isSearchConfigured, searchClient } from "./client";
import type { ArticleDocument, CourseDocument, ProgramDocument } from "./documents";
import {
  articleHit,
  courseHit,
  programHit,
  type SearchHit,
  type SearchHitType,
  type SearchResult,
} from "./hits";
import { searchDatabase } from "./fallback";
import { encodeInitialsQuery, isInitialsQuery } from "./korean";
import type { IndexName } from "./indexes";
import type { SearchRequest } from "./schema";

const typeOfIndex: Record<IndexName, SearchHitType> = {
  courses: "course",
  programs: "program",
  articles: "article",
};

function toHit(type: SearchHitType, doc: Hit): SearchHit {
  if (type === "course") return courseHit(doc as unknown as CourseDocument);
  if (type === "program") return programHit(doc as unknown as ProgramDocument);
  return articleHit(doc as unknown as ArticleDocument);
}

/** Korean text is segmented as Korean; a 초성 query searches the encoded initials instead. */
export function textQuery(q: string) {
  return isInitialsQuery(q)
    ? { q: encodeInitialsQuery(q), attributesToSearchOn: ["initials"] }
    : { q, locales: ["kor" as const] };
}

async function searchMeilisearch(request: SearchRequest): Promise<SearchResult> {
  const { q, index, page, pageSize } = request;
  const offset = (page - 1) * pageSize;
  // Past the deadline a resident waits visibly; the database answers instead.
  const init = { signal: AbortSignal.timeout(env.SEARCH_DEADLINE_MS) };
  if (index === "all") {
    const names: IndexName[] = ["articles", "courses", "programs"];
    const response = await searchClient().multiSearch(
      {
        federation: { offset, limit: pageSize },
        queries: names.map((name) => ({ indexUid: indexUid(name), ...textQuery(q) })),
      },
      init,
    );
    const uidToType = new Map(names.map((name) => [indexUid(name), typeOfIndex[name]]));
    return {
      query: q,
      hits: response.hits.map((hit) => toHit(uidToType.get(hit._federation!.indexUid)!, hit)),
      total: response.estimatedTotalHits ?? response.totalHits ?? response.hits.length,
      page,
      pageSize,
      fallback: false,
    };
  }
  const response = await searchClient()
    .index(indexUid(index))
    .search(undefined, { ...textQuery(q), offset, limit: pageSize }, init);
  return {
    query: q,
    hits: response.hits.map((hit) => toHit(typeOfIndex[index], hit)),
    total: response.estimatedTotalHits ?? response.hits.length,
    page,
    pageSize,
    fallback: false,
  };
}

/** Searches published records through Meilisearch, or the database when Meilisearch is down or slow. */
export async function search(request: SearchRequest): Promise<SearchResult> {
  if (isSearchConfigured()) {
    try {
      return await searchMeilisearch(request);
    } catch (error) {
      console.warn(`search: falling back to the database (${(error as Error).message})`);
    }
  }
  return { ...(await searchDatabase(request)), fallback: true };
}
