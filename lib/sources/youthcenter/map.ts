import { districtNames, districtsOfCode } from "@/lib/districts/districts";
import type { ProgramArea } from "@/lib/programs/enums";
import { programRecordSchema } from "@/lib/programs/schema";
import { cropText, htmlToText, plainText } from "../html-text";
import { officialDate } from "../http";
import { applicationPeriod, periodFields } from "../period";
import type { MappedProgram } from "../source";
import type { RawPolicy } from "./raw";
import { keywordTags, koreanIssues, rejectionReason, webAddress } from "../mapping";

/**
 * Raise when this mapping changes what a record holds: the next sync maps every record again.
 * 2: the application-period code (aplyPrdSeCd) decides what an empty aplyYmd means. 3: titles'
 * and agencies' entities decoded (R&amp;D), and text fields with entities keep their line breaks;
 * an application link without a scheme kept (https).
 */
export const MAPPING_VERSION = 3;

// 온통청년's application-period codes (aplyPrdSeCd) that change what aplyYmd says: 특정기간 (its
// dates are in aplyYmd) and 마감. 상시 (0057002) means what an empty aplyYmd means anyway.
export const applicationPeriodCodes = {
  dated: "0057001",
  closed: "0057003",
} as const;

export const YOUTHCENTER_HOME = "https://www.youthcenter.go.kr";

// 온통청년's policy fields (lclsfNm) in the portal's words.
const categories: Record<string, string> = {
  일자리: "고용·훈련",
  주거: "주거",
  교육: "교육",
  복지문화: "복지",
  참여권리: "참여·권리",
};

// A policy whose zip codes reach this many 시·도 is national (온통청년 lists every code of the area).
const NATIONAL_PROVINCES = 15;

/** Where a policy is open: 전국, all of 인천, some of its 군·구, or null for another region's. */
export function policyAreas(zipCd: string | undefined): ProgramArea[] | null {
  const codes = (zipCd ?? "").split(/[,\s]+/).filter((code) => /^\d{5}$/.test(code));
  if (codes.length === 0) return ["전국"];
  if (new Set(codes.map((code) => code.slice(0, 2))).size >= NATIONAL_PROVINCES) return ["전국"];
  const incheon = new Set(codes.filter((code) => code.startsWith("28")).flatMap(districtsOfCode));
  if (incheon.size === 0) return null;
  if (incheon.size === districtNames.length) return ["인천"];
  return districtNames.filter((name) => incheon.has(name));
}

/** Whose policy it is, in words: 인천's (with its 군·구 when only some), national, or null. */
export function policyRegion(zipCd: string | undefined): string | null {
  const areas = policyAreas(zipCd);
  if (areas === null) return null;
  if (areas[0] === "전국" || areas[0] === "인천") return areas[0];
  const named = `인천 ${areas.join("·")}`;
  return named.length <= 40 ? named : "인천";
}

export function policyExternalId(plcyNo: string) {
  return `ythc-${plcyNo
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;
}

/** The policy's own page on 온통청년. */
export function policyUrl(plcyNo: string) {
  return `${YOUTHCENTER_HOME}/youthPolicy/ythPlcyTotalSearch/ythPlcyDetail/${encodeURIComponent(plcyNo)}`;
}

/** Age limits: "0" stands for no limit on that side. */
export function ageLimits(policy: Pick<RawPolicy, "sprtTrgtMinAge" | "sprtTrgtMaxAge">) {
  const age = (value: string | undefined) => {
    const n = Number(value);
    return value && Number.isInteger(n) && n > 0 && n <= 120 ? n : null;
  };
  return { minAge: age(policy.sprtTrgtMinAge), maxAge: age(policy.sprtTrgtMaxAge) };
}

function ageText(minAge: number | null, maxAge: number | null) {
  if (minAge === null && maxAge === null) return "나이 제한 없음";
  if (minAge !== null && maxAge !== null) return `만 ${minAge}세 ~ ${maxAge}세`;
  return minAge !== null ? `만 ${minAge}세 이상` : `만 ${maxAge}세 이하`;
}

/** One 온통청년 policy as the portal's program, or why it cannot be one (null: not Incheon's). */
export function mapPolicy(policy: RawPolicy): MappedProgram | null {
  const areas = policyAreas(policy.zipCd);
  const region = policyRegion(policy.zipCd);
  if (areas === null || region === null) return null;
  if (!policy.aplyYmd && policy.aplyPrdSeCd === applicationPeriodCodes.dated)
    return {
      ok: false,
      reason: "aplyPrdSeCd가 특정기간(0057001)인데 aplyYmd(신청 기간)가 비어 있습니다",
    };
  let period = applicationPeriod("aplyYmd", policy.aplyYmd);
  if ("error" in period) return { ok: false, reason: period.error, ended: period.ended };
  // No application dates means always open, but never past the end of the business period.
  const businessEnd = officialDate(policy.bizPrdEndYmd);
  if (!policy.aplyYmd && businessEnd)
    period = { ...period, applyEnd: businessEnd, periodNote: "사업 기간 중 상시" };
  const summary = htmlToText(policy.plcyExplnCn) || htmlToText(policy.plcySprtCn);
  if (!summary)
    return { ok: false, reason: "plcyExplnCn(정책 설명)과 plcySprtCn(지원 내용)이 비어 있습니다" };
  const { minAge, maxAge } = ageLimits(policy);
  const extra = htmlToText(policy.addAplyQlfcCndCn);
  const income = htmlToText(policy.earnEtcCn);
  const method = htmlToText(policy.plcyAplyMthdCn);
  const applySite = webAddress(policy.aplyUrlAddr);
  const parsed = programRecordSchema.safeParse(
    {
      externalId: policyExternalId(policy.plcyNo),
      title: cropText(plainText(policy.plcyNm), 200),
      agency: plainText(policy.sprvsnInstCdNm || policy.operInstCdNm),
      category: categories[policy.lclsfNm ?? ""] ?? (policy.lclsfNm || "청년"),
      targetGroups: ["청년"],
      region,
      summary: cropText(summary, 600),
      eligibility: cropText(
        [
          `나이: ${ageText(minAge, maxAge)}`,
          `지역: ${region === "전국" ? "전국" : region}`,
          extra && `추가 자격: ${extra}`,
          income && `소득: ${income}`,
        ]
          .filter(Boolean)
          .join("\n"),
        5_000,
      ),
      benefit: cropText(htmlToText(policy.plcySprtCn) || summary, 5_000),
      maxAmountKrw: null,
      ...periodFields(period),
      minAge,
      maxAge,
      eligibleAreas: areas,
      incomeRule: income ? cropText(income, 500) : null,
      howToApply: cropText(
        [
          method || "신청 방법은 온통청년의 정책 안내에서 확인하세요.",
          applySite && `신청: ${applySite}`,
        ]
          .filter(Boolean)
          .join("\n"),
        5_000,
      ),
      url: policyUrl(policy.plcyNo),
      contact: null,
      tags: keywordTags(policy.plcyKywdNm),
      isSample: false,
    },
    koreanIssues,
  );
  if (!parsed.success) return { ok: false, reason: rejectionReason(parsed.error) };
  return { ok: true, record: parsed.data };
}
