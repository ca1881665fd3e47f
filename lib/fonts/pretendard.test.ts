import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pretendardStylesheet } from "./pretendard";

describe("the Pretendard stylesheet", () => {
  const committed = readFileSync("app/pretendard.css", "utf8");

  it("is the one the installed package gives (run `npm run fonts` after upgrading it)", () => {
    expect(committed).toBe(pretendardStylesheet());
  });

  it("has each of the two weights in slices that cover Hangul, none swapped in after the first paint", () => {
    const faces = committed.match(/@font-face \{[^}]*\}/g)!;
    const pretendard = faces.filter((face) => face.includes('font-family: "Pretendard";'));
    expect(pretendard.filter((face) => face.includes("font-weight: 400;"))).toHaveLength(92);
    expect(pretendard.filter((face) => face.includes("font-weight: 700;"))).toHaveLength(92);
    expect(pretendard.every((face) => face.includes("font-display: optional;"))).toBe(true);
    // 가 (U+AC00) falls in exactly one slice of each weight.
    const covers = (face: string, code: number) =>
      /unicode-range: ([^;]+);/
        .exec(face)![1]!
        .split(",")
        .some((range) => {
          const [from, to] = range.trim().replace("U+", "").split("-");
          const start = parseInt(from!, 16);
          return code >= start && code <= parseInt(to ?? from!, 16);
        });
    expect(pretendard.filter((face) => covers(face, 0xac00))).toHaveLength(2);
  });
});
