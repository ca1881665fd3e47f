import { describe, expect, it } from "vitest";
import { pretendardFont, pretendardStylesheet, pretendardVersion } from "./pretendard";

describe("the Pretendard stylesheet", () => {
  const stylesheet = pretendardStylesheet();
  const faces = stylesheet.match(/@font-face \{[^}]*\}/g)!;
  const pretendard = faces.filter((face) => face.includes('font-family: "Pretendard";'));

  it("has each of the two weights in slices that cover Hangul, none swapped in after the first paint", () => {
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

  it("names each slice by the package's version, at an address the portal serves", async () => {
    const urls = pretendard.map((face) => /src: url\(([^)]+)\)/.exec(face)![1]!);
    const prefix = `/fonts/pretendard/${pretendardVersion()}/`;
    expect(urls.every((url) => url.startsWith(prefix) && url.endsWith(".woff2"))).toBe(true);
    const served = await pretendardFont(pretendardVersion(), urls[0]!.slice(prefix.length));
    expect(served?.subarray(0, 4).toString("latin1")).toBe("wOF2");
  });

  it("serves nothing but those slices of this version", async () => {
    const file = /src: url\([^)]*\/([^/)]+)\)/.exec(pretendard[0]!)![1]!;
    expect(await pretendardFont("0.0.1", file)).toBeNull();
    expect(await pretendardFont(pretendardVersion(), "../../../package.json")).toBeNull();
    // A weight the portal does not use is in the package, and still not served.
    expect(await pretendardFont(pretendardVersion(), file.replace("Regular", "Thin"))).toBeNull();
  });
});
