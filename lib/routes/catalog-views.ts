import { coursesPath, issuesPath, programsPath } from "./public";

// A catalog page reads its query string, so Next renders it for every request (tens of
// milliseconds of React for a page of 100-160 KB). Most visits open it with no query: those page loads are answered by
// a static route holding the same catalog, which the page cache serves whole. Client-side
// navigations (Next's RSC requests) keep the query route, so only the first filter or keystroke
// after such a page load moves to it (AutoSubmitForm carries the focus and open sheet across).
// The static routes' own addresses (/catalog-views/…) name the catalogs' as canonical.
const views: Record<string, string> = {
  [coursesPath()]: "/catalog-views/courses",
  [programsPath()]: "/catalog-views/programs",
  [issuesPath()]: "/catalog-views/issues",
};

/** Set by proxy.ts on a catalog page load with no query (and removed from any other request). */
export const catalogViewHeader = "x-portal-catalog-view";

/**
 * A catalog request's headers as Next should route them: marked when its static route answers it
 * (a page load with no query; Next's navigations and prefetches carry `rsc` and stay on the query
 * route), a client's own mark dropped. Null for any other path.
 */
export function markCatalogView(request: {
  method: string;
  pathname: string;
  search: string;
  headers: Headers;
}): Headers | null {
  if (!(request.pathname in views)) return null;
  const headers = new Headers(request.headers);
  headers.delete(catalogViewHeader);
  const pageLoad = request.method === "GET" || request.method === "HEAD";
  if (pageLoad && !request.search && !request.headers.has("rsc"))
    headers.set(catalogViewHeader, "1");
  return headers;
}

/**
 * next.config's rewrites to the static routes, for requests proxy.ts marked. The proxy does not
 * rewrite itself: Next sends a proxy's rewrite out over HTTP, back to itself, when it listens on
 * 127.0.0.1 (vercel/next.js#94745), so every page load would pass through the server twice.
 */
export const catalogViewRewrites = Object.entries(views).map(([source, destination]) => ({
  source,
  destination,
  has: [{ type: "header" as const, key: catalogViewHeader, value: "1" }],
}));
