import { describe, expect, it } from "vitest";
import { catalogViewRewrite } from "./catalog-views";

const page = (pathname: string, search = "", headers: Record<string, string> = {}) =>
  catalogViewRewrite({ pathname, search, headers: new Headers(headers) });

describe("catalogViewRewrite", () => {
  it("answers a catalog opened with no query from its static route", () => {
    expect(page("/courses")).toBe("/catalog-views/courses");
    expect(page("/programs")).toBe("/catalog-views/programs");
  });

  it("leaves a query, a client-side navigation and other pages to their own routes", () => {
    expect(page("/courses", "?q=파이썬")).toBeNull();
    expect(page("/programs", "?status=open")).toBeNull();
    // Next's navigations and prefetches carry an `rsc` header: they stay on the query route,
    // so typing and filtering never leave the form they started in.
    expect(page("/courses", "", { rsc: "1" })).toBeNull();
    expect(page("/courses/compare")).toBeNull();
    expect(page("/issues")).toBeNull();
  });
});
