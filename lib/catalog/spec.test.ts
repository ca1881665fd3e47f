import { describe, expect, it } from "vitest";
import { facetOptions } from "./spec";

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
