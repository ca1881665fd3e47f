// Who and where a program is for, with their Korean labels, declared once: the table, the forms,
// import, the connectors and the residents' eligibility check read them from here (no
// server-only imports, so client forms can too).
import { districtNames, type DistrictName } from "@/lib/districts/districts";

/**
 * What a program's dates bound: the application window (접수중, then 마감) or, for plans and
 * pilots that take no applications of their own, the programme's period (시행 중, then 종료).
 */
export const programPeriodKinds = ["application", "operation"] as const;
export type ProgramPeriodKind = (typeof programPeriodKinds)[number];
export const programPeriodKindLabels: Record<ProgramPeriodKind, string> = {
  application: "접수 기간",
  operation: "사업 기간 (계획·시범사업)",
};

/** What a resident may say they are; one person may be several (재직자 and 대학생). */
export const residentStatuses = [
  "job_seeker",
  "employed",
  "student",
  "small_business",
  "sme_owner",
  "prospective_founder",
] as const;
export type ResidentStatus = (typeof residentStatuses)[number];

/**
 * Who may apply to a program: resident statuses, plus "anyone" (no condition on status) and
 * "organization" (지자체, 공공기관 and the like apply, not people).
 */
export const programApplicants = ["anyone", ...residentStatuses, "organization"] as const;
export type ProgramApplicant = (typeof programApplicants)[number];

export const programApplicantLabels: Record<ProgramApplicant, string> = {
  anyone: "누구나",
  job_seeker: "구직자",
  employed: "재직자",
  student: "대학생",
  small_business: "소상공인·자영업자",
  sme_owner: "중소기업 대표",
  prospective_founder: "예비창업자",
  organization: "기관·지자체",
};

/** Where a program is open to residents: the whole country, all of 인천, or some 군·구. */
export const programAreas = ["전국", "인천", ...districtNames] as const;
export type ProgramArea = "전국" | "인천" | DistrictName;

export const programAreaLabel = (area: ProgramArea) => (area === "인천" ? "인천 전역" : area);

/**
 * The areas whose programs a resident of this one may apply to: a 군·구's own, all of 인천's and
 * the whole country's, as the eligibility check's area rule (./eligibility.ts) decides them; a
 * test holds the two together. The catalog's area filter lists and counts by it.
 */
export const areasOpenTo = (area: string): string[] =>
  area === "전국" ? ["전국"] : area === "인천" ? ["인천", "전국"] : [area, "인천", "전국"];

export const householdSizes = [1, 2, 3, 4, 5, 6] as const;
export const householdSizeLabel = (size: number) =>
  size >= 6 ? "6인 이상 가구" : `${size}인 가구`;

/** Optional household answers; only shown back beside a program's household or income rule. */
export const incomeBands = ["under50", "under60", "under100", "under150", "over150"] as const;
export type IncomeBand = (typeof incomeBands)[number];
export const incomeBandLabels: Record<IncomeBand, string> = {
  under50: "기준 중위소득 50% 이하",
  under60: "기준 중위소득 60% 이하",
  under100: "기준 중위소득 100% 이하",
  under150: "기준 중위소득 150% 이하",
  over150: "기준 중위소득 150% 초과",
};
