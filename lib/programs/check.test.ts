import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { courses } from "@/lib/db/schema";
import { seededDatabase } from "@/test/db";
import { checkResidentEligibility } from "./check";
import { checkAnswersSchema, type CheckAnswers } from "./eligibility";

// Answers as the form's schema reads them: whatever is not given is left out (null or none).
const answers = (given: Record<string, unknown>): CheckAnswers => checkAnswersSchema.parse(given);
const idsOf = (list: { externalId: string }[]) => list.map((item) => item.externalId).sort();

describe("the eligibility check on the bulletin's programs", () => {
  beforeAll(async () => {
    await seededDatabase();
    // Two K-디지털 트레이닝 rounds recruit on the day asked: one in 연수구, one in 남동구.
    await db
      .update(courses)
      .set({ startDate: "2024-06-03", endDate: "2024-11-29" })
      .where(eq(courses.externalId, "kdt2023-robot-01"));
    await db
      .update(courses)
      .set({ startDate: "2024-05-20", endDate: "2024-10-31", district: "연수구" })
      .where(eq(courses.externalId, "kdt2023-bigdata-01"));
  });

  it("sorts a 28-year-old job seeker in 연수구 into likely, to check and not for them", async () => {
    const { programs, closedCount } = await checkResidentEligibility(
      answers({ age: 28, residence: "연수구", statuses: ["job_seeker"] }),
      "2024-05-12",
    );
    expect(idsOf(programs.likely)).toEqual(["k-digital-training", "national-learning-card"]);
    // Rules in words only (income, 가족돌봄·고립은둔) need checking; the plan names no applicants.
    expect(idsOf(programs.unclear)).toEqual([
      "root-industry-plan",
      "youth-future-center",
      "youth-monthly-rent",
    ]);
    // 고향올래 is for local governments; the others for firms and their staff.
    expect(idsOf(programs.unlikely)).toEqual([
      "goyang-ollae",
      "overseas-procurement",
      "startup-legal-aid",
    ]);
    // The 전통시장 safety grant (to 05-03) and 초거대AI (to 05-10) have closed: left out.
    expect(closedCount).toBe(2);
    const rent = programs.unclear.find((p) => p.externalId === "youth-monthly-rent")!;
    expect(rent.checks.map((c) => [c.rule, c.outcome])).toEqual([
      ["대상", "met"],
      ["나이", "met"],
      ["지역", "met"],
      ["가구·상황", "unknown"],
      ["소득", "unknown"],
    ]);
  });

  it("rules the rent support out at 35 and names the rule that failed", async () => {
    const { programs } = await checkResidentEligibility(answers({ age: 35 }), "2024-05-12");
    const rent = programs.unlikely.find((p) => p.externalId === "youth-monthly-rent")!;
    expect(rent.checks.find((c) => c.outcome === "unmet")).toMatchObject({
      rule: "나이",
      detail: "만 19세~34세 · 알려 주신 나이 만 35세",
    });
  });

  it("shows recruiting courses in the resident's 군·구 first, with the rules of the programs that pay for them", async () => {
    const { courses: shown, moreCoursesHref } = await checkResidentEligibility(
      answers({ residence: "연수구", statuses: ["student"] }),
      "2024-05-12",
    );
    expect(shown.map((c) => c.externalId)).toEqual(["kdt2023-bigdata-01", "kdt2023-robot-01"]);
    expect(shown[0]!.checks).toContainEqual(
      expect.objectContaining({
        rule: "대상",
        outcome: "met",
        source: expect.stringContaining("K-디지털 트레이닝"),
      }),
    );
    expect(moreCoursesHref).toBe(
      `/courses?district=${encodeURIComponent("연수구")}&status=recruiting`,
    );
  });

  it("leaves out courses whose funding program the resident does not qualify for", async () => {
    // K-디지털 트레이닝 takes job seekers, the employed, students and employers, not 소상공인.
    const { courses: shown } = await checkResidentEligibility(
      answers({ statuses: ["small_business"] }),
      "2024-05-12",
    );
    expect(shown).toEqual([]);
  });
});
