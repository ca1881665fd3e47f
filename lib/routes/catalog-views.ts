import catalogQueryNames from "./catalog-query-names.json";
import { coursesPath, issuesPath, programsPath } from "./public";

// A catalog page reads its query string, so Next renders it for every request (tens of
// milliseconds of React for a page of 100-160 KB). Most visits open it with no query: those page
// loads are answered by a static route holding the same catalog, which the page cache serves
// whole. Client-side navigations (Next's RSC requests) keep the query route, so only the first
// filter or keystroke after such a page load moves to it (AutoSubmitForm carries the focus and
// open sheet across). The static routes' own addresses (/catalog-views/…) name the catalogs' as
// canonical.
const views: Record<string, string> = {
  [coursesPath()]: "/catalog-views/courses",
  [programsPath()]: "/catalog-views/programs",
  [issuesPath()]: "/catalog-views/issues",
};

/**
 * next.config's rewrites to the static routes: a request with none of the parameters its catalog
 * reads (an empty one, `?q=`, counts as none, as the page drops it too), not an RSC request
 * (navigation or prefetch) and not a server action. A rewrite in next.config costs a page load
 * little; running proxy.ts on every catalog load held /courses to half the static floor.
 */
export const catalogViewRewrites = Object.entries(views).map(([source, destination]) => ({
  source,
  destination,
  missing: [
    { type: "header" as const, key: "rsc" },
    { type: "header" as const, key: "next-action" },
    ...(catalogQueryNames as Record<string, string[]>)[source]!.map((key) => ({
      type: "query" as const,
      key,
    })),
  ],
}));
