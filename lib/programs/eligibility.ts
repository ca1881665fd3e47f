import { z } from "zod";
import { districtNames, type DistrictName } from "@/lib/districts/districts";
import { choiceList } from "@/lib/forms/fields";
import type { Program } from "@/lib/db/schema";
import {
  householdSizeLabel,
  incomeBandLabels,
  incomeBands,
  programApplicantLabels,
  programAreaLabel,
  residentStatuses,
  type ProgramApplicant,
  type ResidentStatus,
} from "./enums";

/** Where a resident lives: one of 인천's 군·구, or outside 인천. */
export const residences = [...districtNames, "outside"] as const;
export type Residence = DistrictName | "outside";

const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "")
    ? null
    : value;

/** What a resident tells the quick check; every answer may be left out. */
export const checkAnswersSchema = z
  .object({
    age: z.preprocess(
      (value) => {
        const present = blank(value);
        return typeof present === "string" ? Number(present.trim()) : present;
      },
      z
        .number({ error: "나이는 숫자로 입력하세요" })
        .int("나이는 만 나이를 정수로 입력하세요")
        .min(0, "나이는 0에서 120 사이로 입력하세요")
        .max(120, "나이는 0에서 120 사이로 입력하세요")
        .nullable(),
    ),
    residence: z.preprocess(
      blank,
      z.enum(residences, { error: "사는 곳은 목록에서 고르세요" }).nullable(),
    ),
    statuses: choiceList("신분", residentStatuses, (status) => programApplicantLabels[status]),
    householdSize: z.preprocess(
      (value) => {
        const present = blank(value);
        return typeof present === "string" ? Number(present) : present;
      },
      z
        .number({ error: "가구원 수는 목록에서 고르세요" })
        .int("가구원 수는 목록에서 고르세요")
        .min(1, "가구원 수는 목록에서 고르세요")
        .max(6, "가구원 수는 목록에서 고르세요")
        .nullable(),
    ),
    incomeBand: z.preprocess(
      blank,
      z.enum(incomeBands, { error: "소득 구간은 목록에서 고르세요" }).nullable(),
    ),
  })
  .refine((answers) => answers.age !== null || answers.residence || answers.statuses.length, {
    path: ["form"],
    message: "나이, 사는 곳, 신분 가운데 하나 이상 알려 주세요",
  });

export type CheckAnswers = z.output<typeof checkAnswersSchema>;

export type EligibilityRules = Pick<
  Program,
  "minAge" | "maxAge" | "eligibleApplicants" | "eligibleAreas" | "householdRule" | "incomeRule"
>;

/** met: the data says yes; unmet: it says no; unknown: it does not say, or the resident did not. */
export type RuleOutcome = "met" | "unmet" | "unknown";
export type RuleCheck = {
  rule: "나이" | "지역" | "대상" | "가구·상황" | "소득";
  outcome: RuleOutcome;
  detail: string;
  /** The program that states the rule, when it is not the one checked (a course's funding). */
  source?: string;
};

function ageRange(minAge: number | null, maxAge: number | null) {
  if (minAge !== null && maxAge !== null) return `만 ${minAge}세~${maxAge}세`;
  return minAge !== null ? `만 ${minAge}세 이상` : `만 ${maxAge}세 이하`;
}

function checkAge(rules: EligibilityRules, age: number | null): RuleCheck | null {
  // No limit recorded: the sources state age limits where they have them.
  if (rules.minAge === null && rules.maxAge === null) return null;
  const range = ageRange(rules.minAge, rules.maxAge);
  if (age === null)
    return { rule: "나이", outcome: "unknown", detail: `${range} (나이를 알려 주지 않았습니다)` };
  const fits =
    (rules.minAge === null || age >= rules.minAge) &&
    (rules.maxAge === null || age <= rules.maxAge);
  return {
    rule: "나이",
    outcome: fits ? "met" : "unmet",
    detail: `${range} · 알려 주신 나이 만 ${age}세`,
  };
}

function checkArea(rules: EligibilityRules, residence: Residence | null): RuleCheck {
  const areas = rules.eligibleAreas;
  if (areas.length === 0)
    return { rule: "지역", outcome: "unknown", detail: "자료에 신청 지역이 없습니다" };
  if (areas.includes("전국")) return { rule: "지역", outcome: "met", detail: "전국" };
  const where = areas.map(programAreaLabel).join("·");
  if (residence === null)
    return {
      rule: "지역",
      outcome: "unknown",
      detail: `${where} 주민 대상 (사는 곳을 알려 주지 않았습니다)`,
    };
  if (residence === "outside")
    return {
      rule: "지역",
      outcome: "unmet",
      detail: `${where} 주민 대상 · 인천 밖에 산다고 하셨습니다`,
    };
  if (areas.includes("인천"))
    return { rule: "지역", outcome: "met", detail: `인천 전역 · ${residence}` };
  return {
    rule: "지역",
    outcome: areas.includes(residence) ? "met" : "unmet",
    detail: `${where} 주민 대상 · ${residence}에 산다고 하셨습니다`,
  };
}

function checkApplicants(rules: EligibilityRules, statuses: ResidentStatus[]): RuleCheck {
  const applicants = rules.eligibleApplicants;
  if (applicants.length === 0)
    return { rule: "대상", outcome: "unknown", detail: "자료에 신청 대상이 없습니다" };
  if (applicants.includes("anyone")) return { rule: "대상", outcome: "met", detail: "누구나" };
  const people = applicants.filter((applicant) => applicant !== "organization");
  if (people.length === 0)
    return {
      rule: "대상",
      outcome: "unmet",
      detail: "기관·지자체가 신청합니다 (개인은 신청할 수 없습니다)",
    };
  const who = people.map((applicant) => programApplicantLabels[applicant]).join("·");
  if (statuses.length === 0)
    return { rule: "대상", outcome: "unknown", detail: `${who} 대상 (신분을 고르지 않았습니다)` };
  const shared = statuses.filter((status) => (people as string[]).includes(status));
  return shared.length > 0
    ? {
        rule: "대상",
        outcome: "met",
        detail: `${shared.map((status) => programApplicantLabels[status]).join("·")} (대상: ${who})`,
      }
    : { rule: "대상", outcome: "unmet", detail: `${who}만 신청할 수 있습니다` };
}

/** A rule only its words can state: the resident reads it against what they told us. */
function textRule(
  rule: "가구·상황" | "소득",
  text: string | null,
  told: string | null,
): RuleCheck | null {
  if (!text) return null;
  return { rule, outcome: "unknown", detail: told ? `${text} · 알려 주신 것: ${told}` : text };
}

/** The rules the data states, in a few words each, for a program's page. */
export function eligibilitySummary(rules: EligibilityRules): string[] {
  // 누구나 says "no condition on who you are"; beside an age, area, household or income rule it
  // reads as "everyone may apply", which those rules contradict.
  const otherRules =
    rules.minAge !== null ||
    rules.maxAge !== null ||
    // 전국 limits no one.
    rules.eligibleAreas.some((area) => area !== "전국") ||
    Boolean(rules.householdRule) ||
    Boolean(rules.incomeRule);
  const applicantLabel = (applicant: ProgramApplicant) =>
    applicant === "anyone" && otherRules ? "신분 제한 없음" : programApplicantLabels[applicant];
  return [
    rules.eligibleApplicants.length > 0 && rules.eligibleApplicants.map(applicantLabel).join("·"),
    (rules.minAge !== null || rules.maxAge !== null) && ageRange(rules.minAge, rules.maxAge),
    rules.eligibleAreas.length > 0 && rules.eligibleAreas.map(programAreaLabel).join("·"),
  ].filter((part): part is string => Boolean(part));
}

/** Each of a program's rules against the resident's answers, in the order the page shows them. */
export function checkEligibility(rules: EligibilityRules, answers: CheckAnswers): RuleCheck[] {
  return [
    checkApplicants(rules, answers.statuses),
    checkAge(rules, answers.age),
    checkArea(rules, answers.residence),
    textRule(
      "가구·상황",
      rules.householdRule,
      answers.householdSize ? householdSizeLabel(answers.householdSize) : null,
    ),
    textRule(
      "소득",
      rules.incomeRule,
      answers.incomeBand ? incomeBandLabels[answers.incomeBand] : null,
    ),
  ].filter((check) => check !== null);
}

export type Verdict = "likely" | "unclear" | "unlikely";

/** Any rule that fails rules it out; any the data or the resident left open needs checking. */
export function verdictOf(checks: RuleCheck[]): Verdict {
  if (checks.some((check) => check.outcome === "unmet")) return "unlikely";
  return checks.some((check) => check.outcome === "unknown") ? "unclear" : "likely";
}
