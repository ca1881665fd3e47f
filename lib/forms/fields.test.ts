import { describe, expect, it } from "vitest";
import { choiceList, textList } from "./fields";

describe("a list typed in one field or given as an array", () => {
  const tags = textList("태그");

  it("splits typed text at commas and semicolons, dropping blanks and repeats", () => {
    expect(tags.parse("청년, 주거;;주거 ,，창업")).toEqual(["청년", "주거", "창업"]);
  });

  it("splits an array's items the same way, so a later save of the form keeps the same list", () => {
    expect(tags.parse(["청년, 주거", "창업", "청년"])).toEqual(["청년", "주거", "창업"]);
  });

  it("refuses what is not text, naming the field's limits", () => {
    expect(tags.safeParse([1, 2]).success).toBe(false);
    const long = tags.safeParse(["가".repeat(41)]);
    expect(long.error?.issues[0]?.message).toBe("태그는 하나에 40자 이하로 입력하세요");
  });
});

describe("choices from a fixed list", () => {
  const sizes = choiceList("크기", ["small", "medium", "large"], (size) =>
    size === "small" ? "작음" : size === "medium" ? "보통" : "큼",
  );

  it("come out in the list's order, by code or label, whatever order they were given in", () => {
    expect(sizes.parse(["large", "small"])).toEqual(["small", "large"]);
    expect(sizes.parse("큼, 보통,작음")).toEqual(["small", "medium", "large"]);
  });

  it("refuse a value not in the list, naming the choices", () => {
    expect(sizes.safeParse(["huge"]).error?.issues[0]?.message).toBe(
      "크기는 작음, 보통, 큼 중에서 고르세요",
    );
  });
});
