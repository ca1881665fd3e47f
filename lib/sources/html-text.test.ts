import { describe, expect, it } from "vitest";
import { htmlToText, plainText } from "./html-text";

describe("text from the official APIs", () => {
  it("keeps the lines of plain text whose only markup is an entity", () => {
    expect(htmlToText("1. 지원 대상: 청년\n2. 지원 내용: R&amp;D 지원\n3. 기간: 12개월")).toBe(
      "1. 지원 대상: 청년\n2. 지원 내용: R&D 지원\n3. 기간: 12개월",
    );
    // HTML's own line breaks in the source are spaces; its paragraphs are apart.
    expect(htmlToText("<p>첫째\n줄</p><p>둘째 &amp; 셋째</p>")).toBe("첫째 줄\n\n둘째 & 셋째");
    expect(htmlToText("&lt;p&gt;escaped&lt;/p&gt;&lt;p&gt;twice&lt;/p&gt;")).toBe(
      "escaped\n\ntwice",
    );
  });

  it("decodes a title's entities and keeps a bracket that is not a tag", () => {
    expect(plainText("R&amp;D 바우처 &#39;2026&#39;")).toBe("R&D 바우처 '2026'");
    expect(plainText("<AI 바우처> 사업 &amp; 설명회")).toBe("<AI 바우처> 사업 & 설명회");
    expect(plainText("첫 줄 &amp;\n둘째 줄")).toBe("첫 줄 &\n둘째 줄");
    expect(plainText("  <AI 바우처> 그대로  ")).toBe("<AI 바우처> 그대로");
  });
});
