import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { recruitmentStatus } from "@/lib/courses/derive";
import { addDays } from "@/lib/dates/dates";
import { db, migrateDatabase } from "@/lib/db/client";
import { auditLog, courses } from "@/lib/db/schema";
import { auditLines } from "@/lib/audit/sentence";
import { runSourceSync } from "../sync";
import { applicationStatus } from "@/lib/programs/derive";
import { programs } from "@/lib/db/schema";
import { demoCatalogsShown, removeDemoRecords } from "./catalog";
import {
  DEMO_NOTICES,
  DEMO_POLICIES,
  demoBizinfoSource,
  demoYouthcenterSource,
} from "./program-replay";
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
    // Titles read as real ones do: no word said twice ("분석 실무 실무 과정").
    const repeating = rows.filter((row) => {
      const words = row.title.split(" ");
      return new Set(words).size < words.length;
    });
    expect(repeating.map((row) => row.title)).toEqual([]);
    // No number a resident could call and reach someone at.
    expect(rows.filter((row) => !row.contact?.startsWith("032-000-"))).toEqual([]);
    expect((await demoCatalogsShown()).courses).toBe(true);

    // The same day again changes nothing.
    const again = await runSourceSync(demoCourseSource(today), {
      now: new Date(`${today}T01:00:00Z`),
    });
    expect(again).toMatchObject({ added: [], changed: [], closed: [], unchanged: DEMO_ROUNDS });
  }, 120_000);

  it("replays 300 programs through the 기업마당 and 온통청년 connectors, samples in every status", async () => {
    const now = new Date(`${today}T00:00:00Z`);
    const notices = await runSourceSync(demoBizinfoSource(today), { now });
    const policies = await runSourceSync(demoYouthcenterSource(today), { now });
    expect(notices).toMatchObject({ outcome: "ok", rejected: [] });
    expect(policies).toMatchObject({ outcome: "ok", rejected: [] });
    expect(notices.added.length + policies.added.length).toBe(DEMO_NOTICES + DEMO_POLICIES);
    expect(DEMO_NOTICES + DEMO_POLICIES).toBeGreaterThanOrEqual(300);
    const rows = await db.select().from(programs).where(eq(programs.isSample, true));
    expect(rows).toHaveLength(DEMO_NOTICES + DEMO_POLICIES);
    expect(rows.every((row) => row.url === null && row.status === "published")).toBe(true);
    const statuses = new Map<string, number>();
    for (const row of rows) {
      const status = applicationStatus(row, today);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    for (const status of ["open", "upcoming", "always", "closed"])
      expect(statuses.get(status), status).toBeGreaterThan(10);
    expect(rows.filter((row) => row.applyLater).length).toBeGreaterThan(10);
    expect(statuses.get("notice")).toBeGreaterThanOrEqual(5);
    expect(rows.some((row) => row.region === "전국")).toBe(true);
    expect(rows.some((row) => row.region === "인천")).toBe(true);
    expect(rows.some((row) => row.region.startsWith("인천 ") && row.region.includes("구"))).toBe(
      true,
    );
    expect(rows.some((row) => row.minAge === 19 && row.maxAge === 34)).toBe(true);
    // Two programs are never listed under one title, nor with a number anyone answers.
    expect(new Set(rows.map((row) => row.title)).size).toBe(rows.length);
    expect(rows.filter((row) => row.contact && !row.contact.includes("032-000-"))).toEqual([]);
    // Amounts read as the portal writes them: "2,000만 원", not "2000만 원".
    expect(rows.filter((row) => /\d{4}\s?[만억천원]/.test(row.benefit))).toEqual([]);
    expect(rows.some((row) => row.benefit.includes("최대 2,000만 원"))).toBe(true);
    expect(await demoCatalogsShown()).toEqual({ courses: true, programs: true });

    const again = await runSourceSync(demoBizinfoSource(today), {
      now: new Date(`${today}T01:00:00Z`),
    });
    expect(again).toMatchObject({ added: [], changed: [], closed: [], unchanged: DEMO_NOTICES });
  }, 120_000);

  it("goes away source by source once a real key is set", async () => {
    expect(await removeDemoRecords("work24")).toBe(DEMO_ROUNDS);
    expect(await demoCatalogsShown()).toEqual({ courses: false, programs: true });
    // The workspace's log says what went and why.
    const [logged] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "sync.remove-demo"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    const [line] = auditLines([{ entry: logged!, userName: null }]);
    expect(line!.sentence).toBe(
      `고용24 예시 데이터 동기화가 예시 훈련과정 ${DEMO_ROUNDS}개를 모두 지웠습니다 (공식 API 키가 설정됨)`,
    );
    expect(await removeDemoRecords("bizinfo")).toBe(DEMO_NOTICES);
    expect(await removeDemoRecords("youthcenter")).toBe(DEMO_POLICIES);
    expect(await demoCatalogsShown()).toEqual({ courses: false, programs: false });
  });
});
