import { coursesPath, programsPath } from "./public";

// A catalog page reads its query string, so Next renders it for every request (about 20 ms of
// React for a 190 KB page). Most visits open it with no query: those page loads are answered by
// a static route holding the same catalog, which the page cache serves whole. Client-side
// navigations (Next's RSC requests) keep the query route, so only the first filter or keystroke
// after such a page load moves to it (AutoSubmitForm carries the focus and open sheet across).
// The static routes' own addresses (/catalog-views/…) name /courses and /programs as canonical.
const views: Record<string, string> = {
  [coursesPath()]: "/catalog-views/courses",
  [programsPath()]: "/catalog-views/programs",
};

/** Where a request should be answered instead, or null to answer it as asked. */
export function catalogViewRewrite(request: {
  pathname: string;
  search: string;
  headers: Headers;
}): string | null {
  if (request.search || request.headers.has("rsc")) return null;
  return views[request.pathname] ?? null;
}
