import { describe, expect, it } from "vitest";
import {
  articlePath,
  articlePathSlugs,
  comparePath,
  coursePath,
  programDeadlinePath,
  searchPath,
  tagPath,
  wholeIssuePath,
} from "./public";

describe("public addresses", () => {
  it("names each page from its record, escaping what is not a plain segment", () => {
    expect(articlePath({ slug: "2024-04" }, { slug: "k-digital-training-incheon" })).toBe(
      "/issues/2024-04/k-digital-training-incheon",
    );
    expect(articlePathSlugs(articlePath({ slug: "2024-04" }, { slug: "주소 a/b" }))).toEqual({
      issue: "2024-04",
      article: "주소 a/b",
    });
    expect(articlePathSlugs("/courses/x")).toBeNull();
    expect(wholeIssuePath({ slug: "2024-04" })).toBe("/issues/2024-04/all");
    expect(coursePath({ externalId: "w24-AIG2026000001-1" })).toBe("/courses/w24-AIG2026000001-1");
    expect(programDeadlinePath("youth-monthly-rent")).toBe(
      "/programs/youth-monthly-rent/deadline.ics",
    );
    expect(tagPath("K-디지털 트레이닝")).toBe(
      "/tags/K-%EB%94%94%EC%A7%80%ED%84%B8%20%ED%8A%B8%EB%A0%88%EC%9D%B4%EB%8B%9D",
    );
    expect(tagPath("a/b?c")).toBe("/tags/a%2Fb%3Fc");
  });

  it("leaves defaults out of query strings", () => {
    expect(searchPath({ q: "주말 AI" })).toBe("/search?q=%EC%A3%BC%EB%A7%90+AI");
    expect(searchPath({ q: "AI", index: "all", page: 1 })).toBe("/search?q=AI");
    expect(searchPath({ q: "AI", index: "articles", page: 3 })).toBe(
      "/search?q=AI&index=articles&page=3",
    );
    expect(comparePath([])).toBe("/courses/compare");
    expect(comparePath(["a", "b"])).toBe("/courses/compare?ids=a%2Cb");
  });
});
