import { describe, expect, it } from "vitest";
import { figureMarkdown, nextFigureNumber, parseMediaImagePath, requestedWidth } from "./paths";

describe("figure addresses and Markdown", () => {
  it("reads an image's id and size from its address, and nothing else", () => {
    expect(parseMediaImagePath("/media/0123456789abcdef/1600x900.webp")).toEqual({
      id: "0123456789abcdef",
      width: 1600,
      height: 900,
    });
    for (const src of [
      "/media/0123456789abcdef/800.webp",
      "/media/../../etc/passwd",
      "/media/0123456789ABCDEF/1600x900.webp",
      "/media/0123456789abcdef/0x900.webp",
      "https://x.example/media/0123456789abcdef/1600x900.webp",
    ])
      expect(parseMediaImagePath(src), src).toBeNull();
    expect(requestedWidth("800.webp")).toBe(800);
    expect(requestedWidth("1600x900.webp")).toBe(1600);
    expect(requestedWidth("800.png")).toBeNull();
  });

  it("writes a figure as the bulletin does: 〔그림 N〕 title, the image, then its 자료 line", () => {
    const image = { id: "0123456789abcdef", width: 1600, height: 900 };
    expect(
      figureMarkdown(image, {
        alt: "인천 [반도체]\n수출",
        number: 3,
        title: "인천 반도체 수출 추이",
        source: "한국무역협회",
      }),
    ).toBe(
      "\n〔그림 3〕 인천 반도체 수출 추이\n\n![인천 \\[반도체\\] 수출](/media/0123456789abcdef/1600x900.webp)\n\n자료: 한국무역협회\n",
    );
    expect(figureMarkdown(image, { alt: "a", number: 1, title: "", source: "" })).toBe(
      "\n〔그림 1〕\n\n![a](/media/0123456789abcdef/1600x900.webp)\n",
    );
    expect(nextFigureNumber("〔그림 1〕 a\n〔그림 4〕 b")).toBe(5);
    expect(nextFigureNumber("본문")).toBe(1);
  });
});
