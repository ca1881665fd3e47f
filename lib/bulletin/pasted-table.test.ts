import { describe, expect, it } from "vitest";
import { looksTabular, markdownTable, rowsFromHtml, rowsFromTabs } from "./pasted-table";

describe("a table pasted from a spreadsheet", () => {
  it("becomes a GFM table with its columns of numbers right-aligned", () => {
    // As Excel puts it on the clipboard: tabs, CRLF, a trailing line break.
    const copied =
      "구분\t2022\t2023\t증감률(%)\r\n인천\t1,640\t17,231\t-2.6\r\n전국\t52,013\t(3.4)\t17.5%\r\n";
    expect(looksTabular(copied)).toBe(true);
    expect(markdownTable(rowsFromTabs(copied))).toBe(
      [
        "| 구분 | 2022 | 2023 | 증감률(%) |",
        "| --- | ---: | ---: | ---: |",
        "| 인천 | 1,640 | 17,231 | -2.6 |",
        "| 전국 | 52,013 | (3.4) | 17.5% |",
      ].join("\n"),
    );
  });

  it("keeps a cell's line breaks, tabs and pipes inside the cell", () => {
    const copied = '사업\t대상\n"청년 월세\n특별지원"\t만 19~34세 | 무주택\n';
    expect(markdownTable(rowsFromTabs(copied))).toBe(
      ["| 사업 | 대상 |", "| --- | --- |", "| 청년 월세 특별지원 | 만 19~34세 \\| 무주택 |"].join(
        "\n",
      ),
    );
  });

  it("treats a column with words as text, pads short rows, and ignores plain prose", () => {
    expect(markdownTable([["구분", "값"], ["인천", "1,640억 원"], ["전국"]])).toBe(
      ["| 구분 | 값 |", "| --- | --- |", "| 인천 | 1,640억 원 |", "| 전국 |  |"].join("\n"),
    );
    expect(looksTabular("한 줄짜리 문장입니다.\n둘째 줄입니다.")).toBe(false);
    expect(markdownTable([["제목만"]])).toBe("");
  });

  it("reads the HTML a spreadsheet or 한글 puts on the clipboard, merged cells included", () => {
    // Shaped like Google Sheets' and 한글's clipboard HTML: styles, a colgroup, a merged header.
    const html = `<meta charset="utf-8"><google-sheets-html-origin><style>td{}</style>
      <table dir="ltr" border="1"><colgroup><col width="100"></colgroup><tbody>
      <tr><td rowspan="1" colspan="2" style="font-weight:bold">구분</td><td>비중</td></tr>
      <tr><td>반도체</td><td>수출</td><td><span>12.5</span></td></tr>
      <tr><td>자동차</td><td>수출</td><td>8.0</td></tr>
      </tbody></table>`;
    expect(markdownTable(rowsFromHtml(html)!)).toBe(
      [
        "| 구분 |  | 비중 |",
        "| --- | --- | ---: |",
        "| 반도체 | 수출 | 12.5 |",
        "| 자동차 | 수출 | 8.0 |",
      ].join("\n"),
    );
    expect(rowsFromHtml("<p>표가 아닌 글</p>")).toBeNull();
  });
});
