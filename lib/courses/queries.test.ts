import { beforeAll, describe, expect, it } from "vitest";
import { db, migrateDatabase } from "@/lib/db/client";
import { courses, type Course } from "@/lib/db/schema";
import { relatedCourses } from "./queries";

const today = "2026-12-04";

/** A published 고용24-like round: every one carries the card's tag, as the connector gives it. */
const round = (externalId: string, values: Partial<typeof courses.$inferInsert>) => ({
  externalId,
  title: externalId,
  provider: "인천시험학원",
  trainingType: "국민내일배움카드 일반",
  field: "정보통신",
  totalHours: 200,
  capacity: 20,
  year: 2026,
  tags: ["국민내일배움카드"],
  status: "published" as const,
  ...values,
});

describe("relatedCourses", () => {
  let course: Course;

  beforeAll(async () => {
    await migrateDatabase();
    const [inserted] = await db
      .insert(courses)
      .values(
        round("ended-python", {
          ncsCode: "20010202",
          startDate: "2026-09-01",
          endDate: "2026-11-30",
        }),
      )
      .returning();
    course = inserted!;
    await db.insert(courses).values([
      round("same-job-later", { ncsCode: "20010202", startDate: "2027-01-10" }),
      round("same-job-sooner", { ncsCode: "20010202", startDate: "2026-12-15" }),
      round("same-group", { ncsCode: "20010101", startDate: "2026-12-20" }),
      round("same-field", { ncsCode: "20030101", startDate: "2026-12-10" }),
      // Shares only the programme that pays: nothing to do with the course.
      round("cooking", { field: "음식서비스", ncsCode: "13010101", startDate: "2026-12-06" }),
      round("same-job-running", {
        ncsCode: "20010202",
        startDate: "2026-11-20",
        endDate: "2027-02-20",
      }),
      round("same-job-draft", { ncsCode: "20010202", startDate: "2026-12-07", status: "draft" }),
    ]);
  });

  const ids = async (options?: Parameters<typeof relatedCourses>[2]) =>
    (await relatedCourses(course, today, { limit: 10, ...options })).map((c) => c.externalId);

  it("offers an ended course's alternatives a resident can join: the same job first, the soonest start first", async () => {
    expect(await ids({ recruitingOnly: true })).toEqual([
      "same-job-sooner",
      "same-job-later",
      "same-group",
      "same-field",
    ]);
  });

  it("lists what is still recruiting before what has started, and never a course that shares only the card", async () => {
    expect(await ids()).toEqual([
      "same-job-sooner",
      "same-job-later",
      "same-group",
      "same-field",
      "same-job-running",
    ]);
  });
});
