import { describe, expect, it } from "vitest";
import { bodyBlockErrors, chartValueFormat, parseChart } from "./chart";

const good =
  '{"type":"bar","title":"t","categories":["a","b"],"series":[{"name":"s","data":[1,2]}]}';

describe("parseChart", () => {
  it("accepts a well-formed chart", () => {
    expect(parseChart(good)).toMatchObject({ ok: true, chart: { type: "bar" } });
  });

  it.each([
    ["not json", /JSON 형식이 올바르지 않습니다/],
    [
      '{"type":"pie","title":"t","categories":["a"],"series":[{"name":"s","data":[1]}]}',
      /^종류\(type\): bar, groupedBar, line, donut 가운데 하나여야 합니다$/,
    ],
    [
      '{"type":"bar","title":"t","categories":["a","b"],"series":[{"name":"s","data":[1]}]}',
      /^계열 1 ‘s’의 값\(data\): 항목\(categories\)이 2개인데 값이 1개입니다$/,
    ],
    [
      '{"type":"bar","title":"t","categories":["a"],"series":[{"name":"s","data":["1"]}]}',
      /^계열 1 ‘s’의 값\(data\) 1번째: 따옴표 없는 숫자로 적어야 합니다$/,
    ],
    [
      '{"type":"bar","title":"t","categories":["a"],"series":[{"name":"s","data":[1]}],"script":"x"}',
      /알 수 없는 항목입니다: script/,
    ],
    [
      '{"type":"bar","categories":["a"],"series":[{"name":"s","data":[1]}]}',
      /^제목\(title\): 빠져 있습니다$/,
    ],
  ])("explains in Korean what is wrong with %s, naming the field", (source, message) => {
    const result = parseChart(source);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it("names the line inside the block where the problem is", () => {
    const source = [
      "{",
      '  "type": "bar",',
      '  "title": "t",',
      '  "categories": ["a", "b"],',
      '  "series": [',
      '    {"name": "인천", "data": [1, 2]},',
      '    {"name": "전국", "data": [1, "2"]}',
      "  ]",
      "}",
    ].join("\n");
    expect(parseChart(source)).toMatchObject({ ok: false, line: 7 });
    expect(parseChart(source.replace('"title": "t",', '"title": "t"'))).toMatchObject({
      ok: false,
      line: 4,
    });
  });
});

describe("bodyBlockErrors", () => {
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
    expect(bodyBlockErrors(markdown)).toEqual([
      // The fence is on line 9, the broken JSON on the line after it.
      {
        line: 10,
        block: "차트 블록",
        error: expect.stringContaining("JSON 형식이 올바르지 않습니다"),
      },
    ]);
  });

  it("names an uploaded figure without a description or with an address of no image size", () => {
    const markdown = [
      "〔그림 1〕 설명 있는 그림",
      "",
      "![인천 수출 추이](/media/0123456789abcdef/1600x900.webp)",
      "",
      "![](/media/0123456789abcdef/1600x900.webp)",
      "",
      "![주소를 손으로 고친 그림](/media/0123456789abcdef/big.webp)",
    ].join("\n");
    expect(bodyBlockErrors(markdown)).toEqual([
      { line: 5, block: "그림", error: expect.stringContaining("대체 텍스트가 없습니다") },
      { line: 7, block: "그림", error: expect.stringContaining("올린 이미지의 주소가 아닙니다") },
    ]);
  });

  it("finds nothing to object to in the seed articles' charts", async () => {
    const { readdir, readFile } = await import("node:fs/promises");
    const dir = "content/issues/2024-04/articles";
    for (const file of await readdir(dir)) {
      expect(bodyBlockErrors(await readFile(`${dir}/${file}`, "utf8")), file).toEqual([]);
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
