import Papa from "papaparse";
import { MAX_UPLOAD_BYTES, uploadTooLargeMessage } from "./limits";

export const MAX_IMPORT_ROWS = 10_000;

export type ImportFormat = "csv" | "json" | "xml";

export class UploadError extends Error {
  name = "UploadError";
}

const csvTypes = new Set([
  "",
  "text/csv",
  "text/plain",
  "application/csv",
  "application/vnd.ms-excel",
]);
const jsonTypes = new Set(["", "application/json", "text/json", "text/plain"]);
// XML is read only as an official API's answer (고용24, 기업마당 RSS): lib/sources/official-file.ts.
const xmlTypes = new Set(["", "text/xml", "application/xml", "application/rss+xml", "text/plain"]);

/**
 * Which format an upload is, judged by its name and declared type before a byte of it is read.
 * Anything else (a spreadsheet, an image, an oversized file) is refused here.
 */
export function uploadFormat(file: { name: string; type: string; size: number }): ImportFormat {
  if (file.size === 0) throw new UploadError("빈 파일입니다.");
  if (file.size > MAX_UPLOAD_BYTES) {
    throw new UploadError(uploadTooLargeMessage(file.size));
  }
  const name = file.name.toLowerCase();
  if (name.endsWith(".csv") && csvTypes.has(file.type)) return "csv";
  if (name.endsWith(".json") && jsonTypes.has(file.type)) return "json";
  if (name.endsWith(".xml") && xmlTypes.has(file.type)) return "xml";
  throw new UploadError("CSV(.csv), JSON(.json) 또는 XML(.xml) 파일만 올릴 수 있습니다.");
}

export function decodeUtf8(bytes: ArrayBuffer) {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UploadError(
      "UTF-8로 읽을 수 없는 파일입니다. 엑셀에서는 'CSV UTF-8(쉼표로 분리)'로 저장하세요.",
    );
  }
}

const csvProblems: Record<Papa.ParseError["code"], string> = {
  MissingQuotes: '큰따옴표(")로 연 칸이 닫히지 않았습니다.',
  InvalidQuotes: '칸 안의 큰따옴표는 두 번("") 써야 합니다.',
  TooFewFields: "칸 수가 첫 줄의 열 수보다 적습니다.",
  TooManyFields: "칸 수가 첫 줄의 열 수보다 많습니다. 칸 안의 쉼표는 큰따옴표로 감싸세요.",
  UndetectableDelimiter: "칸을 나누는 쉼표를 찾지 못했습니다.",
};

/** Where JSON.parse stopped, as a line and column an editor can find (its own words are English). */
function jsonErrorPlace(text: string, error: Error) {
  const position = /position (\d+)/.exec(error.message)?.[1];
  if (position === undefined) return "파일이 중간에 끝났거나 비어 있습니다.";
  const before = text.slice(0, Number(position));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `${line}번째 줄 ${column}번째 글자 근처를 확인하세요 (쉼표, 따옴표, 괄호).`;
}

/** The rows of a CSV (first line: field names) or a JSON array of objects. */
export function parseUpload(format: ImportFormat, bytes: ArrayBuffer): Record<string, unknown>[] {
  if (format === "xml")
    throw new UploadError(
      "이 XML은 고용24·기업마당 API의 응답 형식이 아닙니다. 포털 형식은 CSV나 JSON으로 올리세요.",
    );
  const text = decodeUtf8(bytes);
  let rows: unknown[];
  if (format === "json") {
    try {
      rows = JSON.parse(text);
    } catch (error) {
      throw new UploadError(
        `JSON 형식이 올바르지 않습니다: ${jsonErrorPlace(text, error as Error)}`,
      );
    }
    if (!Array.isArray(rows)) throw new UploadError("JSON 파일은 항목의 배열([ … ])이어야 합니다.");
    const bad = rows.findIndex(
      (row) => typeof row !== "object" || row === null || Array.isArray(row),
    );
    if (bad >= 0) throw new UploadError(`${bad + 1}번째 항목이 객체({ … })가 아닙니다.`);
  } else {
    const parsed = Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: "greedy",
      transformHeader: (header) => header.trim(),
    });
    const broken = parsed.errors.find((error) => error.type !== "Delimiter");
    if (broken) {
      const line = broken.row === undefined ? "" : `${broken.row + 2}번째 줄: `;
      throw new UploadError(`CSV 형식이 올바르지 않습니다. ${line}${csvProblems[broken.code]}`);
    }
    rows = parsed.data;
  }
  if (rows.length === 0) throw new UploadError("가져올 항목이 없습니다.");
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new UploadError(
      `한 번에 ${MAX_IMPORT_ROWS.toLocaleString("ko-KR")}개까지 가져올 수 있습니다.`,
    );
  }
  return rows as Record<string, unknown>[];
}
