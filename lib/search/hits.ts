import type { ArticleDocument, CourseDocument, ProgramDocument } from "./documents";

export type SearchHitType = "course" | "program" | "article";

/** Text split into plain and matched parts, so clients mark matches without handling HTML. */
export type Highlighted = { text: string; match: boolean }[];

export type SearchHit = {
  type: SearchHitType;
  id: string;
  title: string;
  url: string;
  snippet: string;
  meta: string[];
  /** A sample record (예시), not a real one: every place that lists it says so. */
  sample: boolean;
  highlight?: { title: Highlighted; snippet: Highlighted };
};

export type SearchCounts = Record<SearchHitType, number>;

export type SearchResult = {
  query: string;
  hits: SearchHit[];
  total: number;
  /** Matches per type, for a search across everything. */
  counts?: SearchCounts;
  page: number;
  pageSize: number;
  /** True when Meilisearch could not answer in time and the database answered instead. */
  fallback: boolean;
};

// Meilisearch wraps matches in these characters (never found in editors' text); they become segments.
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

export function toSegments(text: string): Highlighted {
  const segments: Highlighted = [];
  for (const [i, part] of text.split(new RegExp(`[${MATCH_START}${MATCH_END}]`)).entries()) {
    if (part) segments.push({ text: part, match: i % 2 === 1 });
  }
  return segments;
}

export function courseHit(doc: CourseDocument): SearchHit {
  return {
    type: "course",
    id: doc.id,
    title: doc.title,
    url: `/courses/${doc.id}`,
    snippet: doc.description,
    meta: [doc.provider, doc.field, doc.district ?? ""].filter(Boolean),
    sample: doc.isSample,
  };
}

export function programHit(doc: ProgramDocument): SearchHit {
  return {
    type: "program",
    id: doc.id,
    title: doc.title,
    url: `/programs/${doc.id}`,
    snippet: doc.summary,
    meta: [doc.agency, doc.category, ...doc.targetGroups],
    sample: doc.isSample,
  };
}

export function articleHit(doc: ArticleDocument): SearchHit {
  return {
    type: "article",
    id: doc.id,
    title: doc.title,
    url: `/issues/${doc.issueSlug}/${doc.slug}`,
    snippet: doc.summary,
    meta: [doc.category, ...doc.tags.slice(0, 3)],
    sample: false,
  };
}
