// Every public address the portal links to, built in one place: pages, feed, sitemap, search hits,
// alerts and redirects all name a page through these, so an address changes here or nowhere.
// Query strings of the catalogs come from their spec (catalogQueryString in lib/catalog/spec.ts).

import type { SearchIndexParam } from "@/lib/search/schema";

type Slugged = { slug: string };
type Identified = { externalId: string } | string;

const segment = (value: string) => encodeURIComponent(value);
const idOf = (record: Identified) => (typeof record === "string" ? record : record.externalId);
const withQuery = (path: string, query: URLSearchParams) => {
  const text = query.toString();
  return text ? `${path}?${text}` : path;
};

export const homePath = "/";

/** The bulletin's Atom feed. */
export const bulletinFeedPath = "/feed.xml";

/** Every issue, and the bulletin's articles with a query string from catalogQueryString (or none). */
export const issuesPath = (query = "") => `/issues${query}`;

export const issuePath = (issue: Slugged) => `/issues/${segment(issue.slug)}`;

/** Every article of an issue on one page. */
export const wholeIssuePath = (issue: Slugged) => `${issuePath(issue)}/all`;

export const articlePath = (issue: Slugged, article: Slugged) =>
  `${issuePath(issue)}/${segment(article.slug)}`;

/** The issue's and article's slugs an article path names (articlePath read back), or null. */
export function articlePathSlugs(path: string) {
  const match = /^\/issues\/([^/]+)\/([^/]+)$/.exec(path);
  return match
    ? { issue: decodeURIComponent(match[1]!), article: decodeURIComponent(match[2]!) }
    : null;
}

/** The course catalog, with a query string from catalogQueryString (or none). */
export const coursesPath = (query = "") => `/courses${query}`;

export const coursePath = (course: Identified) => `/courses/${segment(idOf(course))}`;

/** Courses side by side, in this order. */
export const comparePath = (ids: readonly string[]) =>
  withQuery("/courses/compare", new URLSearchParams(ids.length ? { ids: ids.join(",") } : {}));

/** The program catalog, with a query string from catalogQueryString (or none). */
export const programsPath = (query = "") => `/programs${query}`;

export const programPath = (program: Identified) => `/programs/${segment(idOf(program))}`;

/** A program's deadline as a calendar file. */
export const programDeadlinePath = (program: Identified) => `${programPath(program)}/deadline.ics`;

export const eligibilityCheckPath = "/programs/check";

export const tagPath = (tag: string) => `/tags/${segment(tag)}`;

/** Where the search forms send their query. */
export const searchFormPath = "/search";

/** Search across everything, or one kind (`index`), at a page. */
export function searchPath({
  q,
  index,
  page,
}: {
  q: string;
  index?: SearchIndexParam;
  page?: number;
}) {
  const query = new URLSearchParams({ q });
  if (index && index !== "all") query.set("index", index);
  if (page && page > 1) query.set("page", String(page));
  return withQuery(searchFormPath, query);
}

/** The search API, as the header's suggestions ask it: the best hits across everything. */
export const searchApiPath = ({ q, pageSize }: { q: string; pageSize: number }) =>
  withQuery("/api/search", new URLSearchParams({ q, pageSize: String(pageSize) }));

/** A review link's page: the token is the link's secret (lib/review/links.ts). */
export const previewPath = (token: string) => `/preview/${segment(token)}`;

/** The feeds and calendars of a catalog's current filters (a query from catalogQueryString). */
export const courseFeedPath = (query = "") => `/courses/feed.xml${query}`;
export const programFeedPath = (query = "") => `/programs/feed.xml${query}`;
export const programDeadlinesPath = (query = "") => `/programs/deadlines.ics${query}`;

/** Pretendard's stylesheet, linked for wide screens, and its font files (lib/fonts/pretendard). */
export const pretendardStylesheetPath = "/fonts/pretendard.css";
export const pretendardFontPath = (version: string, file: string) =>
  `/fonts/pretendard/${segment(version)}/${segment(file)}`;
