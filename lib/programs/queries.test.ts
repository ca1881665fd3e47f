import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { addDays, todayInSeoul } from "@/lib/dates/dates";
import { db } from "@/lib/db/client";
import { programs } from "@/lib/db/schema";
import { seededDatabase } from "@/test/db";
import { openProgramsLike, programsClosingSoon, programsFundingCourse } from "./queries";

describe("programsClosingSoon", () => {
  beforeAll(seededDatabase);

  it("lists programs taking applications, soonest deadline first, not ones yet to open", async () => {
    // On 2024-04-10 the youth rent support (접수 2024-04-12 ~ 2025-02-25) has not opened yet. The
    // year-bound plans and pilots (to 2024-12-31, 청년미래센터 to 2026-06) end, they do not
    // close to applications: they are never "closing soon".
    const closing = await programsClosingSoon("2024-04-10", "2025-03-01", 10);
    expect(closing.map((program) => program.applyEnd)).toEqual([
      "2024-05-03",
      "2024-05-10",
      "2024-05-16",
    ]);
    expect(
      (await programsClosingSoon("2024-04-12", "2025-03-01", 10)).map((p) => p.externalId),
    ).toContain("youth-monthly-rent");
    // In December 2026 every bulletin program has ended: none of them is 상시 any more.
    expect(await programsClosingSoon("2026-12-01", "2027-12-31", 10)).toEqual([]);
  });
});

describe("programsFundingCourse", () => {
  beforeAll(seededDatabase);

  const ids = async (course: { tags: string[]; cardEligible: boolean }) =>
    (await programsFundingCourse(course)).map((program) => program.externalId);

  it("names the training programs that pay for a course, not grants that share a topic", async () => {
    // The AI adoption grant shares 인공지능 with this course, but only training programs pay for it.
    expect(await ids({ tags: ["인공지능", "K-디지털 트레이닝"], cardEligible: true })).toEqual([
      "k-digital-training",
      "national-learning-card",
    ]);
  });

  it("offers 국민내일배움카드 only for courses that accept the card", async () => {
    expect(await ids({ tags: ["인공지능"], cardEligible: false })).toEqual([]);
    // K-디지털 트레이닝 carries the card's tag too, but only pays for its own courses.
    expect(await ids({ tags: ["인공지능"], cardEligible: true })).toEqual([
      "national-learning-card",
    ]);
    // A 고용24 card course carries the card's tag itself: that names the card, not K-디지털.
    expect(await ids({ tags: ["국민내일배움카드"], cardEligible: true })).toEqual([
      "national-learning-card",
    ]);
  });
});

describe("openProgramsLike", () => {
  beforeAll(seededDatabase);

  it("offers real programs before demo samples, then the closed one's category first", async () => {
    const today = todayInSeoul();
    const base = {
      agency: "시험기관",
      targetGroups: ["청년"],
      region: "인천",
      summary: "대안 시험",
      eligibility: "청년",
      benefit: "지원금",
      howToApply: "온라인",
      applyStart: addDays(today, -1),
      status: "published" as const,
    };
    await db.insert(programs).values([
      {
        ...base,
        externalId: "alt-sample",
        title: "예시 주거 사업",
        category: "주거",
        isSample: true,
        applyEnd: addDays(today, 2),
      },
      {
        ...base,
        externalId: "alt-real-other",
        title: "실제 창업 사업",
        category: "창업",
        applyEnd: addDays(today, 9),
      },
      {
        ...base,
        externalId: "alt-real-same",
        title: "실제 주거 사업",
        category: "주거",
        applyEnd: addDays(today, 20),
      },
    ]);
    const closed = (
      await db.select().from(programs).where(eq(programs.externalId, "youth-monthly-rent"))
    )[0]!;
    const offered = await openProgramsLike(closed, today, 10);
    const ids = offered.map((program) => program.externalId);
    expect(ids.indexOf("alt-real-same")).toBeLessThan(ids.indexOf("alt-real-other"));
    expect(ids.indexOf("alt-real-other")).toBeLessThan(ids.indexOf("alt-sample"));
  });
});
