import {
  recruitmentStatus,
  recruitmentStatusLabels,
  type RecruitmentStatus,
} from "@/lib/courses/derive";
import { formatDate, todayInSeoul } from "@/lib/dates/dates";
import {
  applicationStatus,
  applicationStatusLabel,
  daysLeft,
  dDayLabel,
  type ApplicationStatus,
} from "@/lib/programs/derive";
import type { ArticleDocument, CourseDocument, ProgramDocument } from "./documents";
import type { SearchEntity } from "@/lib/db/schema";
import { articlePath, coursePath, programPath } from "@/lib/routes/public";

export type SearchHitType = SearchEntity;

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
  /** Where a course or program stands today (모집중, 접수중 D-5, 마감), and its dates. */
  status?: string;
  /** The same standing as a code (recruiting, upcoming…), which its badge is coloured by. */
  statusCode?: RecruitmentStatus | ApplicationStatus;
  when?: string;
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

// What each mapper reads of a document, and so all a search retrieves (lib/search/query.ts):
// the mappers take only these fields, so reading another fails to compile instead of being
// undefined in every hit Meilisearch answers.
export const courseHitFields = [
  "id",
  "title",
  "description",
  "provider",
  "field",
  "district",
  "isSample",
  "startDate",
  "endDate",
  "closed",
] as const satisfies readonly (keyof CourseDocument)[];
export const programHitFields = [
  "id",
  "title",
  "summary",
  "agency",
  "category",
  "targetGroups",
  "isSample",
  "applyStart",
  "applyEnd",
  "applyLater",
  "periodInNotice",
  "periodKind",
  "closed",
] as const satisfies readonly (keyof ProgramDocument)[];
export const articleHitFields = [
  "id",
  "title",
  "summary",
  "issueSlug",
  "slug",
  "category",
  "tags",
] as const satisfies readonly (keyof ArticleDocument)[];

export type CourseHitSource = Pick<CourseDocument, (typeof courseHitFields)[number]>;
export type ProgramHitSource = Pick<ProgramDocument, (typeof programHitFields)[number]>;
export type ArticleHitSource = Pick<ArticleDocument, (typeof articleHitFields)[number]>;

// Status is derived on the day a hit is made, like everywhere else, never stored in the index.
export function courseHit(doc: CourseHitSource, today = todayInSeoul()): SearchHit {
  const course = {
    startDate: doc.startDate,
    endDate: doc.endDate,
    closedAt: doc.closed ? new Date(0) : null,
  };
  const status = recruitmentStatus(course, today);
  return {
    status: recruitmentStatusLabels[status],
    statusCode: status,
    when: doc.startDate ? `${formatDate(doc.startDate)} 개강` : undefined,
    type: "course",
    id: doc.id,
    title: doc.title,
    url: coursePath(doc.id),
    snippet: doc.description,
    meta: [doc.provider, doc.field, doc.district ?? ""].filter(Boolean),
    sample: doc.isSample,
  };
}

export function programHit(doc: ProgramHitSource, today = todayInSeoul()): SearchHit {
  const program = { ...doc, closedAt: doc.closed ? new Date(0) : null };
  const status = applicationStatus(program, today);
  const days = daysLeft(program, today);
  return {
    status: `${applicationStatusLabel(program, status)}${days === null ? "" : ` ${dDayLabel(days)}`}`,
    statusCode: status,
    // Before it opens, when it opens is what a resident needs first.
    when:
      status === "upcoming" && doc.applyStart
        ? `${formatDate(doc.applyStart)}부터 ${doc.periodKind === "operation" ? "시행" : "접수"}`
        : doc.applyEnd
          ? `${formatDate(doc.applyEnd)}까지`
          : undefined,
    type: "program",
    id: doc.id,
    title: doc.title,
    url: programPath(doc.id),
    snippet: doc.summary,
    meta: [...new Set([doc.agency, doc.category, ...doc.targetGroups])],
    sample: doc.isSample,
  };
}

export function articleHit(doc: ArticleHitSource): SearchHit {
  return {
    type: "article",
    id: doc.id,
    title: doc.title,
    url: articlePath({ slug: doc.issueSlug }, doc),
    snippet: doc.summary,
    // A tag that repeats the category is not shown twice.
    meta: [...new Set([doc.category, ...doc.tags])].slice(0, 4),
    sample: false,
  };
}
