import { z } from "zod";
import { SourceError } from "../http";
import { officialValue } from "../mapping";

// What 온통청년 answers: {"resultCode": 200, "resultMessage": "…", "result": {"pagging": {…},
// "youthPolicyList": [ … ]}}, every value a string. Any other resultCode is the service's error
// (a wrong key among them), reported and never imported. Mapping is lib/sources/youthcenter/map.ts.

const optional = officialValue;

export const rawPolicySchema = z.object({
  plcyNo: z.string().trim().min(1, "비어 있습니다"),
  plcyNm: z.string().trim().min(1, "정책명이 비어 있습니다"),
  plcyExplnCn: optional,
  plcySprtCn: optional,
  plcyKywdNm: optional,
  lclsfNm: optional,
  mclsfNm: optional,
  sprvsnInstCdNm: optional,
  operInstCdNm: optional,
  sprtTrgtMinAge: optional,
  sprtTrgtMaxAge: optional,
  sprtTrgtAgeLmtYn: optional,
  zipCd: optional,
  aplyPrdSeCd: optional,
  aplyYmd: optional,
  aplyUrlAddr: optional,
  refUrlAddr1: optional,
  bizPrdEndYmd: optional,
  plcyAplyMthdCn: optional,
  addAplyQlfcCndCn: optional,
  earnEtcCn: optional,
});
export type RawPolicy = z.output<typeof rawPolicySchema>;

/** One page of policies and the total the service reports (null when it reports none). */
export function parsePolicyPage(body: string): { rows: unknown[]; total: number | null } {
  let parsed: {
    resultCode?: unknown;
    resultMessage?: unknown;
    result?: { pagging?: { totCount?: unknown }; youthPolicyList?: unknown };
  };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    throw new SourceError(`온통청년의 응답이 JSON이 아닙니다: ${body.slice(0, 80)}`);
  }
  if (String(parsed.resultCode) !== "200")
    throw new SourceError(
      `온통청년 오류 ${String(parsed.resultCode ?? "(resultCode 없음)")}: ${String(parsed.resultMessage ?? "")}`,
    );
  const list = parsed.result?.youthPolicyList;
  if (list !== undefined && list !== null && !Array.isArray(list))
    throw new SourceError("온통청년 응답의 youthPolicyList가 목록이 아닙니다");
  const reported = parsed.result?.pagging?.totCount;
  const total =
    reported === undefined || reported === null || reported === "" ? NaN : Number(reported);
  const rows = (list as unknown[] | undefined) ?? [];
  // Without a total, null: the listing pages on until a short page.
  return { rows, total: Number.isFinite(total) ? total : null };
}
