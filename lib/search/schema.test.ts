import { describe, expect, it } from "vitest";
import { parseListParams, searchRequestSchema } from "./schema";

describe("searchRequestSchema", () => {
  it("applies defaults", () => {
    expect(searchRequestSchema.parse({ q: " 청년 " })).toEqual({
      q: "청년",
      index: "all",
      page: 1,
      pageSize: 10,
    });
  });

  it.each([
    [{ pageSize: "51" }, "pageSize must be at most 50"],
    [{ page: "0" }, "page must be at least 1"],
    [{ page: "abc" }, "page must be a number"],
    [{ index: "users" }, "index must be one of: all, courses, programs, articles"],
    [{ q: "가".repeat(101) }, "q must be at most 100 characters"],
  ])("rejects %j with a precise message", (input, message) => {
    const result = searchRequestSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("rejects parameters it does not know", () => {
    const result = searchRequestSchema.safeParse({ q: "x", filter: "status = draft" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
  });
});

describe("parseListParams", () => {
  it("ignores values a page cannot use instead of failing", () => {
    expect(parseListParams({ q: ["스마트", "x"], page: "-3" })).toEqual({ q: "스마트", page: 1 });
    expect(parseListParams({ page: "2" })).toEqual({ q: "", page: 2 });
    expect(parseListParams({ page: "1e9" })).toEqual({ q: "", page: 1 });
  });
});
