import { describe, expect, it } from "vitest";
import { MATCH_END, MATCH_START, toSegments } from "./hits";

describe("toSegments", () => {
  it("splits Meilisearch's marked text into plain and matched parts", () => {
    expect(
      toSegments(`${MATCH_START}스마트팩토리${MATCH_END} 구축 ${MATCH_START}과정${MATCH_END}`),
    ).toEqual([
      { text: "스마트팩토리", match: true },
      { text: " 구축 ", match: false },
      { text: "과정", match: true },
    ]);
  });

  it("keeps markup-looking text as plain text", () => {
    expect(toSegments("<script>x</script>")).toEqual([
      { text: "<script>x</script>", match: false },
    ]);
  });
});
