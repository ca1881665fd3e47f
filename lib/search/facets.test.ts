import { describe, expect, it } from "vitest";
import { facetInMemory } from "./facets";

const items = [
  { field: "AI", district: "연수구" },
  { field: "AI", district: "부평구" },
  { field: "로봇", district: "연수구" },
  { field: "VR", district: null },
];
const facets = {
  field: (i: (typeof items)[number]) => [i.field],
  district: (i: (typeof items)[number]) => [i.district],
};

describe("facetInMemory", () => {
  it("counts every value when nothing is selected", () => {
    const { matches, counts } = facetInMemory(items, facets, { field: [], district: [] });
    expect(matches).toHaveLength(4);
    expect(counts.field).toEqual([
      { value: "AI", count: 2 },
      { value: "로봇", count: 1 },
      { value: "VR", count: 1 },
    ]);
    expect(counts.district).toEqual([
      { value: "연수구", count: 2 },
      { value: "부평구", count: 1 },
    ]);
  });

  it("ORs values within a facet, ANDs across facets, and counts a facet without its own selection", () => {
    const { matches, counts } = facetInMemory(items, facets, {
      field: ["AI", "로봇"],
      district: ["연수구"],
    });
    expect(matches).toEqual([items[0], items[2]]);
    // Field counts apply the district selection only: VR has no 연수구 course.
    // Equal counts follow Korean collation (Hangul before Latin).
    expect(counts.field).toEqual([
      { value: "로봇", count: 1 },
      { value: "AI", count: 1 },
    ]);
    // District counts apply the field selection only.
    expect(counts.district).toEqual([
      { value: "연수구", count: 2 },
      { value: "부평구", count: 1 },
    ]);
  });

  it("keeps a selected value that no longer matches, with a zero count, so it can be removed", () => {
    const { matches, counts } = facetInMemory(items, facets, { field: ["드론"], district: [] });
    expect(matches).toEqual([]);
    expect(counts.field).toContainEqual({ value: "드론", count: 0 });
  });
});
