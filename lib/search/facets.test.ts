import { describe, expect, it } from "vitest";
import { sortOptions } from "./facets";

describe("sortOptions", () => {
  it("lists the most frequent values first, ties in Korean order", () => {
    expect(sortOptions({ 로봇: 2, 드론: 5, 가상현실: 2 }, [])).toEqual([
      { value: "드론", count: 5 },
      { value: "가상현실", count: 2 },
      { value: "로봇", count: 2 },
    ]);
  });

  it("keeps a selected value that no longer matches, with a zero count, so it can be removed", () => {
    expect(sortOptions(new Map([["드론", 1]]), ["반도체"])).toEqual([
      { value: "드론", count: 1 },
      { value: "반도체", count: 0 },
    ]);
  });

  it("counts a selected old name by what it covers, so it reads what the list shows", () => {
    const covers = (value: string) => (value === "중구" ? ["제물포구", "영종구"] : [value]);
    expect(sortOptions({ 제물포구: 30, 영종구: 12, 연수구: 5 }, ["중구"], covers)).toContainEqual({
      value: "중구",
      count: 42,
    });
  });
});
