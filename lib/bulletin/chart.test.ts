import { describe, expect, it } from "vitest";
import { chartBlockErrors, parseChart } from "./chart";

const good =
  '{"type":"bar","title":"t","categories":["a","b"],"series":[{"name":"s","data":[1,2]}]}';

describe("parseChart", () => {
  it("accepts a well-formed chart", () => {
    expect(parseChart(good)).toMatchObject({ ok: true, chart: { type: "bar" } });
  });

  it.each([
    ["not json", /JSON 형식이 올바르지 않습니다/],
    ['{"type":"pie","title":"t","categories":["a"],"series":[{"name":"s","data":[1]}]}', /^type: /],
    [
      '{"type":"bar","title":"t","categories":["a","b"],"series":[{"name":"s","data":[1]}]}',
      /series "s" has 1 values for 2 categories/,
    ],
    [
      '{"type":"bar","title":"t","categories":["a"],"series":[{"name":"s","data":["1"]}]}',
      /^series\.0\.data\.0: /,
    ],
    [
      '{"type":"bar","title":"t","categories":["a"],"series":[{"name":"s","data":[1]}],"script":"x"}',
      /Unrecognized key/,
    ],
  ])("explains what is wrong with %s", (source, message) => {
    const result = parseChart(source);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });
});

describe("chartBlockErrors", () => {
  it("names the line of each malformed chart block and passes good ones", () => {
    const markdown = [
      "# 제목",
      "",
      "```chart",
      good,
      "```",
      "",
      "본문",
      "",
      "```chart",
      "{ broken",
      "```",
      "",
    ].join("\n");
    expect(chartBlockErrors(markdown)).toEqual([
      { line: 9, error: expect.stringContaining("JSON 형식이 올바르지 않습니다") },
    ]);
  });

  it("finds nothing to object to in the seed articles' charts", async () => {
    const { readdir, readFile } = await import("node:fs/promises");
    const dir = "content/issues/2024-04/articles";
    for (const file of await readdir(dir)) {
      expect(chartBlockErrors(await readFile(`${dir}/${file}`, "utf8")), file).toEqual([]);
    }
  });
});
