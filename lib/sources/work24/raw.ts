import { XMLParser } from "fast-xml-parser";
import { z } from "zod";
import { SourceError } from "../http";
import { koreanIssues, officialValue, rejectionReason } from "../mapping";

// What 고용24 (HRD-Net) answers, as raw strings: 310L01 (course rounds), 310L02 (one round's
// detail) and 310L03 (outcomes), in JSON or XML. Every value stays a string here; mapping to the
// portal's record is lib/sources/work24/map.ts. Errors arrive with HTTP 200, in either format.

const text = z.string().trim();
const optional = officialValue;

export const rawRoundSchema = z.object({
  trprId: text.min(1, "비어 있습니다"),
  trprDegr: text.regex(/^\d+$/, "회차 번호가 아닙니다"),
  title: text.min(1, "과정명이 비어 있습니다"),
  subTitle: text.min(1, "훈련기관명이 비어 있습니다"),
  titleLink: optional,
  traStartDate: text.min(1, "비어 있습니다"),
  traEndDate: text.min(1, "비어 있습니다"),
  address: optional,
  telNo: optional,
  trngAreaCd: optional,
  trainstCstId: optional,
  trainTarget: optional,
  trainTargetCd: optional,
  ncsCd: optional,
  courseMan: optional,
  realMan: optional,
  yardMan: optional,
  regCourseMan: optional,
  eiEmplRate3: optional,
  eiEmplRate6: optional,
  contents: optional,
  wkendSe: optional,
});
export type RawRound = z.output<typeof rawRoundSchema>;

// 310L02 answers in blocks: the round's hours, subsidy, address and contact in inst_base_info, the
// trainee's own share (본인부담액) in inst_detail_info. This is what the portal reads of both.
export const rawDetailSchema = z.object({
  trprId: optional,
  trprDegr: optional,
  trtm: optional,
  perTrco: optional,
  tgcrGnrlTrneOwepAllt: optional,
  addr1: optional,
  addr2: optional,
  trprChapTel: optional,
  hpAddr: optional,
});
export type RawDetail = z.output<typeof rawDetailSchema>;

export const rawOutcomeSchema = z.object({
  eiEmplRate3: optional,
  eiEmplRate6: optional,
  finiCnt: optional,
});
export type RawOutcome = z.output<typeof rawOutcomeSchema>;

export type RawListPage = { total: number; rows: unknown[] };

const xml = new XMLParser({
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === "scn_list",
});

type Body = Record<string, unknown>;

/** The body as an object, or the service's own error (which comes with HTTP 200). */
function parseBody(raw: string, returnType: "JSON" | "XML"): Body {
  let body: Body;
  try {
    body = returnType === "JSON" ? (JSON.parse(raw) as Body) : (xml.parse(raw) as Body);
  } catch (error) {
    throw new SourceError(
      `고용24의 응답을 ${returnType}로 읽을 수 없습니다: ${(error as Error).message}`,
    );
  }
  if (!body || typeof body !== "object") throw new SourceError("고용24의 응답에 데이터가 없습니다");
  const go24 = body.GO24 as Body | undefined;
  const error = body.error ?? go24?.error;
  if (error !== undefined) throw new SourceError(`고용24가 요청을 거절했습니다: ${String(error)}`);
  return (body.HRDNet as Body | undefined) ?? body;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null || value === "") return [];
  return Array.isArray(value) ? value : [value];
}

export function parseListPage(raw: string, returnType: "JSON" | "XML"): RawListPage {
  const body = parseBody(raw, returnType);
  const total = Number(body.scn_cnt);
  if (!Number.isInteger(total) || total < 0)
    throw new SourceError(`고용24 목록에 전체 건수가 없습니다 (scn_cnt = ${String(body.scn_cnt)})`);
  const list = body.srchList as Body | unknown[] | undefined;
  const rows = Array.isArray(list) ? list : asArray((list as Body | undefined)?.scn_list);
  return { total, rows };
}

export function parseDetail(raw: string, returnType: "JSON" | "XML"): RawDetail {
  const body = parseBody(raw, returnType);
  const base = asArray(body.inst_base_info)[0] ?? {};
  const own = (asArray(body.inst_detail_info)[0] ?? {}) as Body;
  const parsed = rawDetailSchema.safeParse(
    { ...(base as Body), tgcrGnrlTrneOwepAllt: own.tgcrGnrlTrneOwepAllt },
    koreanIssues,
  );
  if (!parsed.success)
    throw new SourceError(
      `고용24 과정 상세가 형식에 맞지 않습니다: ${rejectionReason(parsed.error)}`,
    );
  return parsed.data;
}

export function parseOutcome(
  raw: string,
  returnType: "JSON" | "XML",
  trprDegr: string,
): RawOutcome | null {
  const body = parseBody(raw, returnType);
  const rows = asArray(body.scn_list) as { trprDegr?: unknown }[];
  // The course's rounds may come together: this round's own, else the one row there is.
  const row =
    rows.find((candidate) => String(candidate?.trprDegr ?? "") === trprDegr) ??
    (rows.length === 1 && rows[0]?.trprDegr === undefined ? rows[0] : undefined);
  if (!row) return null;
  const parsed = rawOutcomeSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}
