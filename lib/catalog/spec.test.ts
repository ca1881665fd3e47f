import { describe, expect, it } from "vitest";
import { courseCatalogSpec } from "@/lib/courses/catalog-spec";
import { articleCatalogSpec } from "@/lib/bulletin/catalog-spec";
import { programCatalogSpec } from "@/lib/programs/catalog-spec";
import {
  activeCatalogFilters,
  effectiveCatalogSort,
  facetOptions,
  filtersInQuery,
  panelFacets,
} from "./spec";

describe("facet options", () => {
  it("offer every labelled value (요일) in order even at 0 results, and only counted values otherwise", () => {
    expect(
      facetOptions({ valueLabels: { weekday: "주중", weekend: "주말", mixed: "혼합" } }, [
        { value: "weekend", count: 3 },
      ]),
    ).toEqual([
      { value: "weekday", count: 0 },
      { value: "weekend", count: 3 },
      { value: "mixed", count: 0 },
    ]);
    expect(facetOptions({}, [{ value: "부평구", count: 2 }])).toEqual([
      { value: "부평구", count: 2 },
    ]);
  });
});

describe("words typed in the search box that mean filters", () => {
  it("take 주말, 평일 and a 군·구 (old names too) out of the text and into the facets", () => {
    expect(filtersInQuery(courseCatalogSpec, "주말 AI 부평구")).toEqual({
      rest: "AI",
      filters: [
        { word: "주말", facet: "schedule", value: "weekend" },
        { word: "부평구", facet: "district", value: "부평구" },
      ],
    });
    expect(filtersInQuery(courseCatalogSpec, "평일 중구")).toEqual({
      rest: undefined,
      filters: [
        { word: "평일", facet: "schedule", value: "weekday" },
        { word: "중구", facet: "district", value: "중구" },
      ],
    });
    // Part of a word is not the word: 주말반 stays text.
    expect(filtersInQuery(courseCatalogSpec, "주말반 파이썬").filters).toEqual([]);
  });

  it("take a 군·구 typed in a program search as where a resident may apply from", () => {
    expect(filtersInQuery(programCatalogSpec, "부평구 청년")).toEqual({
      rest: "청년",
      filters: [{ word: "부평구", facet: "region", value: "부평구" }],
    });
    const chips = activeCatalogFilters(programCatalogSpec, { q: "부평구 청년", region: [] });
    expect(chips.map((chip) => [chip.label, chip.without.q])).toEqual([
      ["부평구 (검색어)", "청년"],
    ]);
  });

  it("rank nothing: a query of only such words orders as no query does, here and in the menu", () => {
    const noQuery = effectiveCatalogSort(courseCatalogSpec, {});
    expect(noQuery).not.toBe("relevance");
    expect(effectiveCatalogSort(courseCatalogSpec, { q: "부평구" })).toBe(noQuery);
    expect(effectiveCatalogSort(courseCatalogSpec, { q: "주말", sort: "relevance" })).toBe(noQuery);
    expect(effectiveCatalogSort(courseCatalogSpec, { q: "부평구 파이썬" })).toBe("relevance");
  });

  it("show each as a chip whose removal takes the word out of the query", () => {
    const chips = activeCatalogFilters(courseCatalogSpec, { q: "주말 AI", schedule: [] });
    expect(chips.map((chip) => [chip.label, chip.without.q])).toEqual([["주말 (검색어)", "AI"]]);
  });
});

describe("a tag followed from a tag page", () => {
  it("shows as a #tag chip that takes it off, and is not offered in the filter panel", () => {
    const chips = activeCatalogFilters(courseCatalogSpec, { tag: ["청년", "AI"], field: [] });
    expect(chips.map((chip) => [chip.label, chip.without.tag])).toEqual([
      ["#청년", ["AI"]],
      ["#AI", ["청년"]],
    ]);
    expect(panelFacets(courseCatalogSpec.facets).map(([name]) => name)).not.toContain("tag");
    expect(panelFacets(articleCatalogSpec.facets).map(([name]) => name)).toContain("tag");
  });
});
