import { describe, expect, it } from "vitest";
import { revisionDiff } from "./revisions";

const saved = {
  title: "청년월세 특별지원",
  summary: "요약",
  category: "주거",
  tags: ["청년"],
  body: "본문",
  slug: "youth-monthly-rent",
  section: "policy" as const,
  sources: [{ title: "국토교통부 보도자료", url: "https://www.molit.go.kr" }],
};

describe("the difference between two versions", () => {
  it("names a changed address, section and source, which used to read as no change", () => {
    const changes = revisionDiff(saved, {
      ...saved,
      slug: "youth-rent-support",
      section: "issue",
      sources: [...saved.sources, { title: "복지로" }],
    });
    expect(changes.map((change) => change.label)).toEqual(["주소", "구분", "참고 자료"]);
    expect(changes[1]!.parts.filter((p) => p.change !== "same").map((p) => p.value.trim())).toEqual(
      ["Ⅲ 국내 정책동향", "Ⅰ 이슈"],
    );
  });

  it("does not compare what an older revision did not record", () => {
    const old = { ...saved, slug: null, section: null, sources: null, title: "옛 제목" };
    expect(revisionDiff(old, { ...saved, slug: "other" }).map((c) => c.label)).toEqual(["제목"]);
  });
});
