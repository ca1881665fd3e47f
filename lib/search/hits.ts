import type { ArticleDocument, CourseDocument, ProgramDocument } from "./documents";

export type SearchHitType = "course" | "program" | "article";

export type SearchHit = {
  type: SearchHitType;
  id: string;
  title: string;
  url: string;
  snippet: string;
  meta: string[];
};

export type SearchResult = {
  query: string;
  hits: SearchHit[];
  total: number;
  page: number;
  pageSize: number;
  /** True when Meilisearch could not answer in time and the database answered instead. */
  fallback: boolean;
};

export function courseHit(doc: CourseDocument): SearchHit {
  return {
    type: "course",
    id: doc.id,
    title: doc.title,
    url: `/courses/${doc.id}`,
    snippet: doc.description,
    meta: [doc.provider, doc.field, doc.district ?? ""].filter(Boolean),
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
  };
}
