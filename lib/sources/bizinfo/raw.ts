import { XMLParser } from "fast-xml-parser";
import { z } from "zod";
import { SourceError } from "../http";
import { officialValue } from "../mapping";

// What 기업마당 (bizinfo) answers, as raw strings: support-program notices in JSON
// (`{"jsonArray": [...]}` in practice, `{"jsonArray": {"item": [...]}}` in the docs) or RSS
// (`<rss><channel><item>`). A missing or wrong key comes back with HTTP 200 as {"reqErr": "..."}.
// Mapping to the portal's record is lib/sources/bizinfo/map.ts.

const optional = officialValue;

export const rawNoticeSchema = z.object({
  pblancId: z.string().trim().min(1, "비어 있습니다"),
  pblancNm: z.string().trim().min(1, "사업명이 비어 있습니다"),
  jrsdInsttNm: optional,
  excInsttNm: optional,
  trgetNm: optional,
  pldirSportRealmLclasCodeNm: optional,
  pldirSportRealmMlsfcCodeNm: optional,
  bsnsSumryCn: optional,
  reqstBeginEndDe: optional,
  reqstMthPapersCn: optional,
  refrncNm: optional,
  rceptEngnHmpgUrl: optional,
  pblancUrl: optional,
  hashtags: optional,
  creatPnttm: optional,
  updtPnttm: optional,
  totCnt: optional,
});
export type RawNotice = z.output<typeof rawNoticeSchema>;

const asArray = (value: unknown): unknown[] =>
  value === undefined || value === null || value === ""
    ? []
    : Array.isArray(value)
      ? value
      : [value];

const xml = new XMLParser({ parseTagValue: false, trimValues: true, processEntities: true });

/** One page of notices and the total the service reports (items carry it as totCnt), if any. */
export function parseNoticePage(
  body: string,
  dataType: "json" | "rss",
): { rows: unknown[]; total: number | null } {
  let rows: unknown[];
  if (dataType === "json") {
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(body) as Record<string, unknown>;
    } catch {
      throw new SourceError(`기업마당의 응답이 JSON이 아닙니다: ${body.slice(0, 80)}`);
    }
    if (parsed.reqErr !== undefined)
      throw new SourceError(`기업마당 오류: ${String(parsed.reqErr)}`);
    if (!("jsonArray" in parsed))
      throw new SourceError("기업마당 JSON 응답에 jsonArray가 없습니다");
    const list = parsed.jsonArray;
    rows = Array.isArray(list) ? list : asArray((list as { item?: unknown } | null)?.item);
  } else {
    const parsed = xml.parse(body) as {
      rss?: { channel?: { item?: unknown } };
      reqErr?: unknown;
    };
    if (parsed.reqErr !== undefined)
      throw new SourceError(`기업마당 오류: ${String(parsed.reqErr)}`);
    if (!parsed.rss?.channel)
      throw new SourceError(`기업마당의 응답이 RSS가 아닙니다: ${body.slice(0, 80)}`);
    rows = asArray(parsed.rss.channel.item);
  }
  const first = rows[0] as { totCnt?: unknown } | undefined;
  const total = first?.totCnt !== undefined ? Number(first.totCnt) : null;
  return { rows, total: Number.isFinite(total) ? total : null };
}
