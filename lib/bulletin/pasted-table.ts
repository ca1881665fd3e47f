import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import Papa from "papaparse";

// A table copied from Excel, Google Sheets or 한글 arrives on the clipboard as HTML, as
// tab-separated text, or both. It becomes a GFM table in the bulletin's style: the first row is
// the header, columns of numbers are right-aligned, and a 자료: line follows for the source.

// 1,234 · -2.6 · −0.6 · 17.5% · (3.4) · 1,640억 원 is not a number (a unit belongs in the header).
const NUMBER = /^[-+−–]?\(?[\d,]*\.?\d+\)?%?$/;

const cell = (text: string) =>
  text
    .replace(/\s+/g, " ")
    .trim()
    // A pipe would end the cell.
    .replace(/\|/g, "\\|");

/** Rows of cells from tab-separated text (Excel quotes cells that hold tabs or line breaks). */
export function rowsFromTabs(text: string): string[][] {
  const { data } = Papa.parse<string[]>(text.replace(/\r\n?/g, "\n").replace(/\n$/, ""), {
    delimiter: "\t",
    skipEmptyLines: "greedy",
  });
  return data;
}

function elements(node: Root | Element, tag: string): Element[] {
  return node.children.flatMap((child: RootContent) =>
    child.type !== "element"
      ? []
      : child.tagName === tag
        ? [child]
        : // Rows of a nested table belong to that table, not this one.
          child.tagName === "table"
          ? []
          : elements(child, tag),
  );
}

/** Rows of cells from the first table in clipboard HTML; null when it holds no table. */
export function rowsFromHtml(html: string): string[][] | null {
  const root = fromHtml(html, { fragment: true });
  const [table] = elements(root, "table");
  if (!table) return null;
  return elements(table, "tr").map((row) =>
    row.children.flatMap((child) => {
      if (child.type !== "element" || (child.tagName !== "td" && child.tagName !== "th")) return [];
      // A merged cell keeps the columns after it in place.
      const span = Math.max(1, Math.min(Number(child.properties.colSpan ?? 1) || 1, 50));
      return [toText(child), ...Array<string>(span - 1).fill("")];
    }),
  );
}

/** Whether clipboard text looks like cells: at least two rows, or one row of several cells. */
export function looksTabular(text: string) {
  const lines = text.trim().split(/\r?\n/);
  return lines.every((line) => line.includes("\t")) && (lines.length > 1 || text.includes("\t"));
}

/** A GFM table from rows of cell texts; empty when there is nothing table-shaped. */
export function markdownTable(rows: string[][]): string {
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (rows.length < 2 || width < 1) return "";
  const cells = rows.map((row) => Array.from({ length: width }, (_, i) => cell(row[i] ?? "")));
  const [header, ...body] = cells as [string[], ...string[][]];
  const numeric = header.map((_, column) => {
    const values = body.map((row) => row[column]!).filter((value) => value !== "" && value !== "-");
    return values.length > 0 && values.every((value) => NUMBER.test(value));
  });
  const line = (row: string[]) => `| ${row.join(" | ")} |`;
  return [
    line(header),
    `| ${numeric.map((right) => (right ? "---:" : "---")).join(" | ")} |`,
    ...body.map(line),
  ].join("\n");
}
