import { describe, expect, it } from "vitest";
import {
  checkAnswersSchema,
  checkEligibility,
  eligibilitySummary,
  verdictOf,
  type CheckAnswers,
  type EligibilityRules,
} from "./eligibility";
import { districtNames } from "@/lib/districts/districts";
import { areasOpenTo, programAreas } from "./enums";

const noRules: EligibilityRules = {
  minAge: null,
  maxAge: null,
  eligibleApplicants: [],
  eligibleAreas: [],
  householdRule: null,
  incomeRule: null,
};
const youthRent: EligibilityRules = {
  ...noRules,
  minAge: 19,
  maxAge: 34,
  eligibleApplicants: ["anyone"],
  eligibleAreas: ["전국"],
  incomeRule: "청년가구와 원가구가 모두 소득·자산 요건을 충족해야 합니다",
};
const founders: EligibilityRules = {
  ...noRules,
  eligibleApplicants: ["prospective_founder", "sme_owner"],
  eligibleAreas: ["연수구", "남동구"],
};
const answers = (given: Partial<CheckAnswers>): CheckAnswers => ({
  age: null,
  residence: null,
  statuses: [],
  householdSize: null,
  incomeBand: null,
  ...given,
});
const outcomes = (rules: EligibilityRules, given: Partial<CheckAnswers>) =>
  Object.fromEntries(checkEligibility(rules, answers(given)).map((c) => [c.rule, c.outcome]));

describe("the residents' eligibility check", () => {
  it("meets an age range inside it and fails one outside it, naming the range", () => {
    expect(outcomes(youthRent, { age: 28 }).나이).toBe("met");
    const [, age] = checkEligibility(youthRent, answers({ age: 35 }));
    expect(age).toMatchObject({ rule: "나이", outcome: "unmet" });
    expect(age!.detail).toContain("만 19세~34세");
    expect(verdictOf(checkEligibility(youthRent, answers({ age: 35 })))).toBe("unlikely");
  });

  it("leaves a rule the source does not state as 확인 필요, never as met", () => {
    const checks = checkEligibility(
      noRules,
      answers({ age: 30, residence: "부평구", statuses: ["employed"] }),
    );
    expect(checks.map((c) => [c.rule, c.outcome])).toEqual([
      ["대상", "unknown"],
      ["지역", "unknown"],
    ]);
    expect(verdictOf(checks)).toBe("unclear");
  });

  it("says an income rule needs checking and repeats what the resident told", () => {
    const checks = checkEligibility(youthRent, answers({ age: 25, incomeBand: "under60" }));
    const income = checks.find((c) => c.rule === "소득")!;
    expect(income.outcome).toBe("unknown");
    expect(income.detail).toContain("기준 중위소득 60% 이하");
    expect(verdictOf(checks)).toBe("unclear");
  });

  it("matches a 군·구 list, 인천 전역 and 전국, and fails a resident outside them", () => {
    expect(outcomes(founders, { residence: "연수구" }).지역).toBe("met");
    expect(outcomes(founders, { residence: "부평구" }).지역).toBe("unmet");
    expect(outcomes(founders, { residence: "outside" }).지역).toBe("unmet");
    expect(outcomes({ ...founders, eligibleAreas: ["인천"] }, { residence: "강화군" }).지역).toBe(
      "met",
    );
    expect(outcomes({ ...founders, eligibleAreas: ["인천"] }, { residence: "outside" }).지역).toBe(
      "unmet",
    );
    expect(outcomes({ ...founders, eligibleAreas: ["전국"] }, { residence: "outside" }).지역).toBe(
      "met",
    );
  });

  it("matches any one of several statuses and fails when none is a target", () => {
    expect(outcomes(founders, { statuses: ["employed", "sme_owner"] }).대상).toBe("met");
    const [status] = checkEligibility(founders, answers({ statuses: ["student"] }));
    expect(status).toMatchObject({
      outcome: "unmet",
      detail: "예비창업자·중소기업 대표만 신청할 수 있습니다",
    });
    expect(outcomes(founders, {}).대상).toBe("unknown");
  });

  it("rules out a program only organisations apply to", () => {
    const checks = checkEligibility(
      { ...noRules, eligibleApplicants: ["organization"], eligibleAreas: ["전국"] },
      answers({ age: 40 }),
    );
    expect(verdictOf(checks)).toBe("unlikely");
  });

  it("calls a program whose every stated rule holds likely", () => {
    const checks = checkEligibility(
      founders,
      answers({ residence: "남동구", statuses: ["prospective_founder"] }),
    );
    expect(verdictOf(checks)).toBe("likely");
  });
});

describe("the check's answers", () => {
  const parse = (form: Record<string, unknown>) => checkAnswersSchema.safeParse(form);

  it("reads a form's strings, Korean status labels and several statuses", () => {
    const parsed = parse({
      age: " 31 ",
      residence: "검단구",
      statuses: ["구직자", "student"],
      householdSize: "2",
      incomeBand: "",
    });
    expect(parsed.success && parsed.data).toEqual({
      age: 31,
      residence: "검단구",
      statuses: ["job_seeker", "student"],
      householdSize: 2,
      incomeBand: null,
    });
  });

  it("refuses bad answers with a Korean message on the field", () => {
    const messages = (form: Record<string, unknown>) => {
      const parsed = parse(form);
      return parsed.success
        ? null
        : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    };
    expect(messages({ age: "스물", statuses: [] })).toEqual({ age: "나이는 숫자로 입력하세요" });
    expect(messages({ age: "200" })).toEqual({ age: "나이는 0에서 120 사이로 입력하세요" });
    expect(messages({ residence: "강남구" })).toEqual({ residence: "사는 곳은 목록에서 고르세요" });
    expect(messages({ statuses: ["학생회장"] })!.statuses).toContain("구직자");
    expect(messages({ statuses: [] })).toEqual({
      form: "나이, 사는 곳, 신분 가운데 하나 이상 알려 주세요",
    });
  });
});

describe("the area rule, as the check applies it and the catalog's area filter lists by it", () => {
  it("agree for every 군·구 a resident names and every area a program may be open to", () => {
    for (const residence of districtNames)
      for (const area of programAreas) {
        const byCheck = outcomes({ ...noRules, eligibleAreas: [area] }, { residence }).지역;
        expect(byCheck === "met", `${area} for a ${residence} resident`).toBe(
          areasOpenTo(residence).includes(area),
        );
      }
  });
});

describe("a program page's summary of who may apply", () => {
  it("says 누구나 only when no other rule limits who may apply", () => {
    expect(eligibilitySummary({ ...noRules, eligibleApplicants: ["anyone"] })).toEqual(["누구나"]);
    expect(
      eligibilitySummary({ ...noRules, eligibleApplicants: ["anyone"], eligibleAreas: ["전국"] }),
    ).toEqual(["누구나", "전국"]);
    expect(
      eligibilitySummary({ ...noRules, eligibleApplicants: ["anyone"], eligibleAreas: ["연수구"] }),
    ).toEqual(["신분 제한 없음", "연수구"]);
    // 청년월세: any status, yet 19–34, and an income rule.
    expect(eligibilitySummary(youthRent)).toEqual(["신분 제한 없음", "만 19세~34세", "전국"]);
    expect(
      eligibilitySummary({ ...noRules, eligibleApplicants: ["anyone"], householdRule: "무주택" }),
    ).toEqual(["신분 제한 없음"]);
  });
});
