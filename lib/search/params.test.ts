import { describe, expect, it } from "vitest";
import { courseParamSpecs } from "@/lib/courses/filters";
import { parseParams, queryParam } from "./params";

const parse = (query: string, mode: "strict" | "lenient") =>
  parseParams(new URLSearchParams(query), courseParamSpecs, mode);

describe("parseParams, strict (the JSON API)", () => {
  it.each([
    ["pageSize=51", "pageSize: must be at most 50"],
    ["page=0", "page: must be at least 1"],
    ["page=10001", "page: must be at most 10000"],
    ["page=abc", "page: must be a whole number in decimal digits"],
    ["page=0x10", "page: must be a whole number in decimal digits"],
    ["page=1e1", "page: must be a whole number in decimal digits"],
    ["page=%201", "page: must be a whole number in decimal digits"],
    ["hoursMin=-1", "hoursMin: must be 0 이상 (0 or more)"],
    ["hoursMax=2.5", "hoursMax: must be a whole number in decimal digits"],
    ["__proto__=1", "unknown parameter: __proto__"],
    ["constructor=1&toString=x", "unknown parameter: constructor, toString"],
    ["hasOwnProperty=1", "unknown parameter: hasOwnProperty"],
    ["status=soon", "status: must be one of: recruiting, in_progress, ended"],
    ["district=강남구", "district: must be an Incheon 군·구"],
    ["q=" + "가".repeat(101), "q: must be at most 100 characters"],
    ["startFrom=2026-13-01", "startFrom: must be a date (YYYY-MM-DD)"],
    ["filter=status%20%3D%20draft", "unknown parameter: filter"],
    ["q=a&q=b", "parameter given more than once: q"],
  ])("rejects %s with a message naming the parameter", (query, error) => {
    expect(parse(query, "strict")).toEqual({ ok: false, error });
  });

  it("accepts any page a catalog of thousands can have (268 pages of 12 courses)", () => {
    for (const page of [101, 268, 10_000]) {
      const result = parse(`page=${page}`, "strict");
      expect(result.ok && result.params.page).toBe(page);
    }
  });

  it("accepts repeated values of a multi-value filter and old district names", () => {
    const result = parse("field=AI&field=로봇&district=중구&card=1&hoursMin=100", "strict");
    expect(result.ok && result.params).toMatchObject({
      field: ["AI", "로봇"],
      district: ["중구"],
      card: "1",
      hoursMin: 100,
    });
  });
});

describe("parseParams, lenient (pages)", () => {
  it("drops values it cannot use and keeps the rest", () => {
    const result = parse(
      "page=-3&status=soon&status=ended&unknown=1&q=%20스마트%20%20팩토리%20",
      "lenient",
    );
    expect(result.ok && result.params).toMatchObject({
      page: undefined,
      status: ["ended"],
      q: "스마트 팩토리",
    });
  });

  it("searches the first 100 characters of a longer query rather than dropping it", () => {
    const result = parse(`q=${"반도체 ".repeat(30)}`, "lenient");
    expect(result.ok && result.params.q).toBe("반도체 ".repeat(25).trim());
  });
});

describe("the query parameter", () => {
  it("reads a query of signs alone as no query, and keeps any with a letter, digit or jamo", () => {
    for (const q of ["%", "_", "__", " - ", "%_%"]) expect(queryParam.parse(q), q).toBe("");
    expect(queryParam.parse("  청년   월세 ")).toBe("청년 월세");
    expect(queryParam.parse("ㅅㅁㅌ")).toBe("ㅅㅁㅌ");
    expect(queryParam.parse("C++")).toBe("C++");
    expect(queryParam.parse("100%")).toBe("100%");
  });
});
