import { describe, expect, it } from "vitest";
import { chartBlockErrors, chartValueFormat, parseChart } from "./chart";

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

describe("chart values", () => {
  it("print with the decimals the bulletin uses: 70.0 and 4.0, not 70 and 4", () => {
    const chart = (data: number[], decimals?: number) =>
      parseChart(
        JSON.stringify({
          type: "donut",
          title: "분포",
          categories: data.map((_, i) => `분야 ${i}`),
          series: [{ name: "인천", data }],
          ...(decimals !== undefined && { decimals }),
        }),
      );
    const format = (data: number[], decimals?: number) => {
      const result = chart(data, decimals);
      if (!result.ok) throw new Error(result.error);
      return data.map(chartValueFormat(result.chart));
    };
    expect(format([70.0, 7.7, 18.5, 3.9])).toEqual(["70.0", "7.7", "18.5", "3.9"]);
    expect(format([93.4, 4.0, 2.2])).toEqual(["93.4", "4.0", "2.2"]);
    expect(format([1200, 35])).toEqual(["1,200", "35"]);
    expect(format([67, 63.3], 0)).toEqual(["67", "63"]);
  });
});
