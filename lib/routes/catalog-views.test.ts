import type { IncomingMessage } from "node:http";
import { matchHas } from "next/dist/shared/lib/router/utils/prepare-destination";
import { describe, expect, it } from "vitest";
import { catalogQueryNames } from "@/lib/catalog/query-names";
import catalogQueryNamesFile from "./catalog-query-names.json";
import { catalogViewRewrites } from "./catalog-views";

/** The static route Next's own condition matching sends this request to, or null for the query route. */
function routeFor(url: string, headers: Record<string, string> = {}) {
  const { pathname, searchParams } = new URL(url, "http://portal.test");
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  const rewrite = catalogViewRewrites.find((candidate) => candidate.source === pathname);
  if (!rewrite) return null;
  const request = { headers } as unknown as IncomingMessage;
  return matchHas(request, query, [], rewrite.missing) ? rewrite.destination : null;
}

describe("catalog page loads with no query go to the static routes", () => {
  it("knows every parameter the catalogs read (npm run routes:generate rewrites the file)", () => {
    expect(catalogQueryNamesFile).toEqual(catalogQueryNames());
  });

  it("answers a catalog opened with no query, or with nothing it reads, from its static route", () => {
    expect(routeFor("/courses")).toBe("/catalog-views/courses");
    expect(routeFor("/programs")).toBe("/catalog-views/programs");
    expect(routeFor("/issues")).toBe("/catalog-views/issues");
    // The page ignores what it does not read, and an empty value.
    expect(routeFor("/courses?utm_source=kakao")).toBe("/catalog-views/courses");
    expect(routeFor("/courses?q=")).toBe("/catalog-views/courses");
  });

  it("leaves every parameter a catalog reads to its query route", () => {
    for (const [path, names] of Object.entries(catalogQueryNames())) {
      for (const name of names) {
        expect(routeFor(`${path}?${name}=1`), `${path}?${name}`).toBeNull();
        expect(routeFor(`${path}?utm_source=x&${name}=1&${name}=2`), `${path}?${name}`).toBeNull();
      }
    }
    expect(routeFor(`/courses?q=${encodeURIComponent("파이썬")}`)).toBeNull();
  });

  it("leaves client-side navigations, prefetches and server actions to the query route", () => {
    // Next's navigations and prefetches carry an `rsc` header: typing and filtering never leave
    // the form they started in.
    expect(routeFor("/courses", { rsc: "1" })).toBeNull();
    expect(routeFor("/programs", { rsc: "1", "next-router-prefetch": "1" })).toBeNull();
    expect(routeFor("/issues", { "next-action": "0123abcd" })).toBeNull();
  });

  it("leaves other paths alone", () => {
    expect(routeFor("/courses/compare")).toBeNull();
    expect(routeFor("/issues/2024-04")).toBeNull();
  });
});
