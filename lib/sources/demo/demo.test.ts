import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { recruitmentStatus } from "@/lib/courses/derive";
import { addDays } from "@/lib/dates/dates";
import { db, migrateDatabase } from "@/lib/db/client";
import { courses } from "@/lib/db/schema";
import { runSourceSync } from "../sync";
import { demoCatalogShown, removeDemoCourses } from "./catalog";
import { DEMO_ROUNDS, demoCourseSource } from "./work24-replay";

const today = "2026-12-01";

describe("the demo catalog", () => {
  beforeAll(async () => {
    await migrateDatabase();
  });

  it("replays thousands of rounds through the 고용24 connector, all samples, spread over every status", async () => {
    const report = await runSourceSync(demoCourseSource(today), {
      now: new Date(`${today}T00:00:00Z`),
    });
    expect(report).toMatchObject({ outcome: "ok", rejected: [] });
    expect(report.added.length).toBeGreaterThanOrEqual(3_000);
    expect(report.added).toHaveLength(DEMO_ROUNDS);
    const rows = await db.select().from(courses).where(eq(courses.source, "demo"));
    expect(
      rows.every((row) => row.isSample && row.url === null && row.status === "published"),
    ).toBe(true);
    const statuses = new Map<string, number>();
    for (const row of rows) {
      const status = recruitmentStatus(row, today);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    for (const status of ["recruiting", "in_progress", "ended"])
      expect(statuses.get(status), status).toBeGreaterThan(50);
    const closingSoon = rows.filter(
      (row) => row.startDate! > today && row.startDate! <= addDays(today, 7),
    );
    expect(closingSoon.length).toBeGreaterThan(20);
    expect(new Set(rows.map((row) => row.district)).size).toBeGreaterThanOrEqual(9);
    expect(await demoCatalogShown()).toBe(true);

    // The same day again changes nothing.
    const again = await runSourceSync(demoCourseSource(today), {
      now: new Date(`${today}T01:00:00Z`),
    });
    expect(again).toMatchObject({ added: [], changed: [], closed: [], unchanged: DEMO_ROUNDS });
  }, 120_000);

  it("goes away once a real source is set", async () => {
    expect(await removeDemoCourses()).toBe(DEMO_ROUNDS);
    expect(await demoCatalogShown()).toBe(false);
  });
});
