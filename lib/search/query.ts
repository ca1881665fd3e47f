import "server-only";
import type { Hit } from "meilisearch";
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

/** The Meilisearch search body for one index; the benchmark sends the same body directly. */
export function singleIndexSearch(index: IndexName, q: string, offset: number, limit: number) {
  return { ...textQuery(q), ...highlighting(index), offset, limit };
}

export const everything: IndexName[] = ["articles", "courses", "programs"];

/** Searches published records through Meilisearch; throws when it cannot answer. */
export async function searchIndexes(request: SearchRequest): Promise<SearchResult> {
  const { q, index, page, pageSize } = request;
  const offset = (page - 1) * pageSize;
  if (index === "all") {
    const response = await residentSearch((client) =>
      client.multiSearch({
        federation: {
          offset,
          limit: pageSize,
          facetsByIndex: Object.fromEntries(
            everything.map((name) => [indexUid(name), [display[name].countBy]]),
          ),
        },
        queries: everything.map((name) => ({
          indexUid: indexUid(name),
          ...textQuery(q),
          ...highlighting(name),
        })),
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
        return toHit(typeOfIndex[name], hit, name);
      }),
      total: counts.article + counts.course + counts.program,
      counts,
      page,
      pageSize,
      fallback: false,
    };
  }
  const response = await residentSearch((client) =>
    client.index(indexUid(index)).search(undefined, singleIndexSearch(index, q, offset, pageSize)),
  );
  return {
    query: q,
    hits: response.hits.map((hit) => toHit(typeOfIndex[index], hit, index)),
    total: response.estimatedTotalHits ?? response.hits.length,
    page,
    pageSize,
    fallback: false,
  };
}
