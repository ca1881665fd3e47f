import { describe, expect, it } from "vitest";
import { articleHeadings, readingMinutes } from "./outline";

describe("articleHeadings", () => {
  it("gives ## and ### headings the ids rehype-slug gives them, duplicates numbered", () => {
    expect(
      articleHeadings("# 제목\n\n## 인천 현황\n\n본문\n\n### 분야별 **취업률**\n\n## 인천 현황\n"),
    ).toEqual([
      { depth: 2, text: "인천 현황", id: "인천-현황" },
      { depth: 3, text: "분야별 취업률", id: "분야별-취업률" },
      { depth: 2, text: "인천 현황", id: "인천-현황-1" },
    ]);
  });
});

describe("readingMinutes", () => {
  it("counts about 500 Korean characters a minute, at least one", () => {
    expect(readingMinutes("가".repeat(1_500))).toBe(3);
    expect(readingMinutes("짧은 글")).toBe(1);
  });
});
