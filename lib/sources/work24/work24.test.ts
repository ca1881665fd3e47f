import { desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import { addDays } from "@/lib/dates/dates";
import { db, migrateDatabase } from "@/lib/db/client";
import { cacheTagExpirations, courses, syncRuns, systemState } from "@/lib/db/schema";
import { recruitmentStatus } from "@/lib/courses/derive";
import { addRound, startWork24StandIn, type Work24StandIn } from "@/test/stand-ins/work24";
import { runSourceSync, SyncBusyError, weeklyRefresh } from "../sync";
import { work24FileSource, work24Source } from "./client";
import { fingerprintOf } from "../mapping";
import { MAPPING_VERSION, mapRound, roundExternalId } from "./map";
import { parseDetail, rawDetailSchema, rawRoundSchema } from "./raw";

const now = new Date("2026-12-01T00:00:00Z");
const today = "2026-12-01";
const ymd = (days: number) => addDays(today, days).replaceAll("-", "");

// Addresses across every 군·구 of Incheon, old names included, and what each must become.
const addresses: [string, string][] = [
  ["인천광역시 중구 영종대로 100 (운서동)", "영종구"],
  ["인천광역시 중구 신포로 27", "제물포구"],
  ["인천광역시 동구 송림로 10", "제물포구"],
  ["인천광역시 제물포구 참외전로 5", "제물포구"],
  ["인천광역시 영종구 공항로 424", "영종구"],
  ["인천광역시 미추홀구 인하로 100", "미추홀구"],
  ["인천광역시 남구 주안로 1", "미추홀구"],
  ["인천광역시 연수구 송도과학로 32", "연수구"],
  ["인천광역시 남동구 예술로 1", "남동구"],
  ["인천광역시 부평구 부평대로 88", "부평구"],
  ["인천광역시 계양구 계양대로 12", "계양구"],
  ["인천광역시 서구 검단로 501 (마전동)", "검단구"],
  ["인천광역시 서구 청라대로 2", "서구"],
  ["인천광역시 검단구 원당대로 3", "검단구"],
  ["인천광역시 강화군 강화읍 강화대로 1", "강화군"],
  ["인천광역시 옹진군 백령면 1", "옹진군"],
];

function round(i: number, overrides: Record<string, string> = {}) {
  return {
    trprId: `AIG2026${String(i).padStart(6, "0")}`,
    trprDegr: String(1 + (i % 3)),
    title: `시험 과정 ${i}`,
    subTitle: `시험 훈련기관 ${i % 4}`,
    titleLink: `https://www.work24.go.kr/hr/a/a/3100/selectTracseDetl.do?tracseId=AIG2026${String(i).padStart(6, "0")}&tracseTme=${1 + (i % 3)}`,
    traStartDate: i % 2 ? ymd(10 + i) : addDays(today, 10 + i),
    traEndDate: ymd(100 + i),
    address: addresses[i % addresses.length]![0],
    telNo: "032-000-0000",
    trngAreaCd: "28",
    trainstCstId: `50000${i}`,
    ncsCd: i % 2 ? "20010203" : "15020101",
    courseMan: i % 2 ? "1,234,000" : "980000",
    realMan: "980000",
    yardMan: "20",
    regCourseMan: String(i % 20),
    eiEmplRate6: ["A", "B", "C", "D", "71.5"][i % 5]!,
    contents: "실무 프로젝트 중심 과정",
    wkendSe: ["1", "2", "3", "9"][i % 4]!,
    ...overrides,
  };
}

const detail = (i: number) => ({
  trtm: String(200 + i),
  perTrco: "800,000",
  tgcrGnrlTrneOwepAllt: i % 2 ? "120,000" : "180000",
  addr1: addresses[i % addresses.length]![0],
  addr2: "3층",
  trprChapTel: "032-111-2222",
});

function fill(standIn: Work24StandIn, count: number, type = "C0104") {
  standIn.rounds.clear();
  for (let i = 0; i < count; i++) addRound(standIn, type, round(i), detail(i));
}

describe("고용24 connector", () => {
  let standIn: Work24StandIn;
  const source = (returnType: "JSON" | "XML" = "JSON") =>
    work24Source({
      baseUrl: standIn.url,
      key: "test-key",
      returnType,
      http: { timeoutMs: 500, retries: 2, minRetryMs: 10 },
    });

  beforeAll(async () => {
    await migrateDatabase();
    standIn = await startWork24StandIn();
  });
  afterAll(() => standIn.close());
  beforeEach(async () => {
    await db.delete(courses).where(eq(courses.source, "work24"));
    await db.delete(systemState).where(eq(systemState.key, "sync.lease.work24"));
    standIn.faults = [];
    standIn.truncate = false;
    standIn.repeatedPage = null;
    standIn.failingDetails.clear();
    standIn.requests = [];
  });

  it("maps a round as residents need it: district, schedule, money, dates, employment and link", () => {
    const raw = rawRoundSchema.parse(round(1, { eiEmplRate6: "71.5" }));
    const mapped = mapRound(raw, "C0104", rawDetailSchema.parse(detail(1)), {
      eiEmplRate6: "C",
      eiEmplRate3: undefined,
      finiCnt: undefined,
    });
    expect(mapped).toEqual({
      ok: true,
      record: expect.objectContaining({
        externalId: "w24-AIG2026000001-2",
        title: "시험 과정 1",
        provider: "시험 훈련기관 1",
        trainingType: "K-디지털 트레이닝",
        field: "정보통신",
        district: "제물포구",
        address: "인천광역시 중구 신포로 27 3층",
        startDate: addDays(today, 11),
        endDate: addDays(today, 101),
        totalHours: 201,
        capacity: 20,
        // regCourseMan counts applicants: 고용24 says nothing of who took part.
        enrolled: null,
        applicants: 1,
        tuition: 1_234_000,
        selfPayment: 120_000,
        cardEligible: true,
        schedule: "mixed",
        employmentRate: null,
        employmentStatus: "not_surveyed",
        url: expect.stringContaining("tracseId=AIG2026000001&tracseTme=2"),
        tags: ["K-디지털 트레이닝"],
        contact: "032-111-2222",
      }),
    });
  });

  it("reads the trainee's own share from 310L02's detail block, not tuition less the subsidy", () => {
    const answer = {
      inst_base_info: { trtm: "120", perTrco: "500000" },
      inst_detail_info: { tgcrGnrlTrneOwepAllt: "90000" },
    };
    const raw = rawRoundSchema.parse(round(1, { courseMan: "1,000,000" }));
    const share = (body: object) => {
      const mapped = mapRound(raw, "C0061", parseDetail(JSON.stringify(body), "JSON"), null);
      return mapped.ok ? mapped.record.selfPayment : "rejected";
    };
    expect(share(answer)).toBe(90_000);
    // Without it, the share is what the subsidy leaves of the tuition.
    expect(share({ inst_base_info: answer.inst_base_info })).toBe(500_000);
  });

  it("tags K-디지털 트레이닝 only on its own rounds: 기초역량 is paid through the card", () => {
    const raw = rawRoundSchema.parse(round(1));
    const detail = rawDetailSchema.parse({ trtm: "100" });
    const tags = (type: "C0104" | "C0105" | "C0061") => {
      const mapped = mapRound(raw, type, detail, null);
      return mapped.ok && mapped.record.tags;
    };
    expect(tags("C0104")).toEqual(["K-디지털 트레이닝"]);
    expect(tags("C0105")).toEqual(["국민내일배움카드"]);
    expect(tags("C0061")).toEqual(["국민내일배움카드"]);
  });

  it("reads a list file's training sub-types as their type, and refuses a type the portal does not carry", async () => {
    const rows = [
      round(1, { trainTargetCd: "C0061S" }),
      round(2, { trainTargetCd: "C0054G" }),
      round(3, { trainTargetCd: "C0104" }),
      round(4, { trainTargetCd: "C0031" }),
    ];
    const file = work24FileSource(
      JSON.stringify({ scn_cnt: "4", srchList: rows }),
      "JSON",
      new Map(),
    );
    const listing = await file.listRounds(today);
    expect(listing.rounds.map((r) => [r.raw.trprId, r.raw.type])).toEqual([
      [rows[0]!.trprId, "C0061"],
      [rows[1]!.trprId, "C0054"],
      [rows[2]!.trprId, "C0104"],
    ]);
    expect(listing.rejected).toEqual([
      { id: roundExternalId(rows[3]!), reason: expect.stringContaining("C0031") },
    ]);
  });

  it("puts every address in its current 군·구, old names included", () => {
    addresses.forEach(([address, district], i) => {
      const raw = rawRoundSchema.parse(round(i, { address }));
      const mapped = mapRound(raw, "C0061", rawDetailSchema.parse({ trtm: "100" }), null);
      expect(mapped.ok && mapped.record.district, address).toBe(district);
    });
  });

  it("adds every round, then changes nothing on a second run", async () => {
    fill(standIn, 150);
    const first = await runSourceSync(source(), { now });
    expect(first).toMatchObject({ outcome: "ok", unchanged: 0, closed: [], rejected: [] });
    expect(first.added).toHaveLength(150);
    // Pages of 100 until scn_cnt, for each training type.
    const pages = standIn.requests.filter((url) => url.pathname.endsWith("310L01.do"));
    expect(pages.map((url) => url.searchParams.get("pageNum"))).toContain("2");
    expect(pages[0]!.searchParams.get("srchTraArea1")).toBe("28");
    expect(pages[0]!.searchParams.get("srchTraStDt")).toBe(ymd(-31));

    standIn.requests = [];
    const second = await runSourceSync(source(), { now });
    expect(second).toMatchObject({ outcome: "ok", added: [], changed: [], closed: [] });
    expect(second.unchanged).toBe(150);
    // Unchanged rounds are not fetched again, but for the seventh whose weekly day it is.
    const refreshed = standIn.requests
      .filter((url) => url.pathname.endsWith("310L02.do"))
      .map(
        (url) =>
          `w24-${url.searchParams.get("srchTrprId")}-${url.searchParams.get("srchTrprDegr")}`,
      );
    const due = first.added.filter((id) => weeklyRefresh(id, today));
    expect(refreshed.sort()).toEqual(due.sort());
    expect(due.length).toBeLessThan(150 / 4);
    const rows = await db.select().from(courses).where(eq(courses.source, "work24"));
    expect(rows).toHaveLength(150);
    expect(
      rows.every((row) => row.status === "published" && row.firstSeenAt && row.lastSeenAt),
    ).toBe(true);
  });

  it("asks for the card's 구직자 and 재직자 sub-types too, and takes a round sent under both once", async () => {
    standIn.rounds.clear();
    addRound(standIn, "C0061", round(1), detail(1));
    addRound(standIn, "C0061S", round(2), detail(2));
    addRound(standIn, "C0061I", round(3), detail(3));
    // A service that also lists the sub-type's rounds under their parent type.
    addRound(standIn, "C0061", round(2), detail(2));
    const report = await runSourceSync(source(), { now });
    expect(report).toMatchObject({ outcome: "ok", rejected: [], closed: [] });
    expect(report.added.sort()).toEqual(
      ["w24-AIG2026000001-2", "w24-AIG2026000002-3", "w24-AIG2026000003-1"].sort(),
    );
    const rows = await db.select().from(courses).where(eq(courses.source, "work24"));
    expect(rows.map((row) => row.trainingType)).toEqual(Array(3).fill("국민내일배움카드 일반"));
    // Listed again the next day, nothing is closed and nothing changes.
    const again = await runSourceSync(source(), { now });
    expect(again).toMatchObject({ outcome: "ok", added: [], closed: [], changed: [] });
  });

  it("asks for the window around Seoul's day at the 05:00 run, while UTC is still on the day before", async () => {
    fill(standIn, 3);
    // 2026-12-02 05:00 in Seoul, the default schedule's hour.
    await runSourceSync(source(), { now: new Date("2026-12-01T20:00:00Z") });
    const [page] = standIn.requests.filter((url) => url.pathname.endsWith("310L01.do"));
    expect(page!.searchParams.get("srchTraStDt")).toBe(ymd(1 - 31));
    expect(page!.searchParams.get("srchTraEndDt")).toBe(ymd(1 + 183));
  });

  it("maps every held round again once a release reads a field anew, though 고용24 changed nothing", async () => {
    fill(standIn, 5);
    await runSourceSync(source(), { now });
    // As the release before mapping version 2 left them: regCourseMan held as participants, and
    // each round fingerprinted under version 1.
    for (let i = 0; i < 5; i++) {
      const raw = rawRoundSchema.parse(round(i));
      const [row] = await db
        .select()
        .from(courses)
        .where(eq(courses.externalId, roundExternalId(raw)));
      await db
        .update(courses)
        .set({
          enrolled: row!.applicants,
          applicants: null,
          sourceValues: {
            ...row!.sourceValues,
            enrolled: row!.applicants,
            applicants: null,
            _fingerprint: fingerprintOf(raw, MAPPING_VERSION - 1),
          },
        })
        .where(eq(courses.id, row!.id));
    }
    const report = await runSourceSync(source(), { now });
    expect(report.changed).toHaveLength(5);
    expect(report.changed[0]!.fields).toEqual(expect.arrayContaining(["enrolled", "applicants"]));
    const rows = await db.select().from(courses).where(eq(courses.source, "work24"));
    expect(rows.every((row) => row.enrolled === null && row.applicants !== null)).toBe(true);
    // And, mapped under this version, the next run leaves them be.
    expect((await runSourceSync(source(), { now })).unchanged).toBe(5);
  });

  it("reads XML as it reads JSON", async () => {
    fill(standIn, 20);
    const report = await runSourceSync(source("XML"), { now });
    expect(report.added).toHaveLength(20);
    const [row] = await db
      .select()
      .from(courses)
      .where(eq(courses.externalId, "w24-AIG2026000001-2"));
    expect(row).toMatchObject({
      tuition: 1_234_000,
      selfPayment: 120_000,
      district: "제물포구",
      totalHours: 201,
    });
  });

  it("closes a round that disappeared, keeps it, and shows it as ended", async () => {
    fill(standIn, 20);
    await runSourceSync(source(), { now });
    standIn.rounds.set("C0104", standIn.rounds.get("C0104")!.slice(1));
    const report = await runSourceSync(source(), { now });
    expect(report.closed).toEqual(["w24-AIG2026000000-1"]);
    const [row] = await db
      .select()
      .from(courses)
      .where(eq(courses.externalId, "w24-AIG2026000000-1"));
    expect(row!.closedAt).not.toBeNull();
    expect(recruitmentStatus(row!, today)).toBe("ended");
  });

  it("keeps a field an editor changed, and says so, while taking the source's other changes", async () => {
    fill(standIn, 5);
    await runSourceSync(source(), { now });
    const id = "w24-AIG2026000002-3";
    await db
      .update(courses)
      .set({ title: "편집자가 고친 과정명" })
      .where(eq(courses.externalId, id));
    const rounds = standIn.rounds.get("C0104")!;
    rounds[2] = { ...rounds[2]!, title: "원천에서 바뀐 과정명", yardMan: "30" };
    const report = await runSourceSync(source(), { now });
    expect(report.kept).toEqual([{ id, fields: ["title"] }]);
    expect(report.changed).toEqual([{ id, fields: ["capacity"] }]);
    const [row] = await db.select().from(courses).where(eq(courses.externalId, id));
    expect(row).toMatchObject({ title: "편집자가 고친 과정명", capacity: 30 });
  });

  it("leaves a round an editor saves during the run as saved, and takes the source's change next run", async () => {
    fill(standIn, 5);
    await runSourceSync(source(), { now });
    const id = "w24-AIG2026000002-3";
    const rounds = standIn.rounds.get("C0104")!;
    rounds[2] = { ...rounds[2]!, title: "원천에서 바뀐 과정명", yardMan: "30" };
    // The editor saves while the run waits for the round's detail (a form save moves the version).
    const plain = source();
    const racing: typeof plain = {
      ...plain,
      async complete(round) {
        if (round.trprId === "AIG2026000002") {
          const [row] = await db.select().from(courses).where(eq(courses.externalId, id));
          await db
            .update(courses)
            .set({ title: "편집자가 방금 고친 과정명", version: row!.version + 1 })
            .where(eq(courses.externalId, id));
        }
        return plain.complete(round);
      },
    };
    const report = await runSourceSync(racing, { now });
    expect(report.changed).toEqual([]);
    expect(report.kept).toEqual([{ id, fields: ["title", "capacity"] }]);
    const [saved] = await db.select().from(courses).where(eq(courses.externalId, id));
    expect(saved).toMatchObject({ title: "편집자가 방금 고친 과정명", capacity: 20 });

    const next = await runSourceSync(source(), { now });
    expect(next.kept).toEqual([{ id, fields: ["title"] }]);
    expect(next.changed).toEqual([{ id, fields: ["capacity"] }]);
    const [merged] = await db.select().from(courses).where(eq(courses.externalId, id));
    expect(merged).toMatchObject({
      title: "편집자가 방금 고친 과정명",
      capacity: 30,
      version: saved!.version + 1,
    });
  });

  it("says a run that failed on its first batch changed nothing", async () => {
    fill(standIn, 203);
    await db.run(
      sql.raw(
        `CREATE TRIGGER refuse_rounds BEFORE INSERT ON courses
         BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`,
      ),
    );
    onTestFinished(async () => {
      await db.run(sql`DROP TRIGGER refuse_rounds`);
    });
    const before = await db.$count(courses, eq(courses.source, "work24"));
    const report = await runSourceSync(source(), { now });
    expect(report).toMatchObject({ outcome: "failed", wroteAny: false });
    expect(await db.$count(courses, eq(courses.source, "work24"))).toBe(before);
  });

  it("rebuilds the catalog's pages when a run fails after some of its batches were written", async () => {
    // 201 new rounds are written 200 to a batch; the database refuses the second batch.
    fill(standIn, 201);
    const last = roundExternalId(rawRoundSchema.parse(round(200)));
    await db.run(
      sql.raw(
        `CREATE TRIGGER refuse_round BEFORE INSERT ON courses WHEN NEW.external_id = '${last}'
         BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`,
      ),
    );
    onTestFinished(async () => {
      await db.run(sql`DROP TRIGGER refuse_round`);
    });
    const startedAt = Date.now();
    const report = await runSourceSync(source(), { now });
    // The admin is told some changes are public already, not that nothing changed.
    expect(report).toMatchObject({ outcome: "failed", wroteAny: true });
    expect(await db.$count(courses, eq(courses.source, "work24"))).toBe(200);
    const [expiry] = await db
      .select()
      .from(cacheTagExpirations)
      .where(eq(cacheTagExpirations.tag, "courses"));
    expect(expiry!.expiredAt).toBeGreaterThanOrEqual(startedAt);
  });

  it("moves the home page's 자료 기준 on a run that changed nothing, leaving the catalog's pages", async () => {
    fill(standIn, 3);
    await runSourceSync(source(), { now });
    const expiryOf = async (tag: string) =>
      (await db.select().from(cacheTagExpirations).where(eq(cacheTagExpirations.tag, tag)))[0]
        ?.expiredAt ?? 0;
    const coursesExpiredAt = await expiryOf("courses");
    await new Promise((resolve) => setTimeout(resolve, 5));

    const second = await runSourceSync(source(), { now });
    expect(second).toMatchObject({ outcome: "ok", unchanged: 3, added: [], changed: [] });
    const [run] = await db.select().from(syncRuns).orderBy(desc(syncRuns.id)).limit(1);
    // Dated after the run's end, so the home page is not rendered again from the run before.
    expect(await expiryOf("catalog-as-of")).toBeGreaterThanOrEqual(run!.finishedAt!.getTime());
    expect(await expiryOf("courses")).toBe(coursesExpiredAt);
  });

  it("stops before writing when a run would close over 30 % of open rounds, until approved", async () => {
    fill(standIn, 10);
    await runSourceSync(source(), { now });
    standIn.rounds.set("C0104", standIn.rounds.get("C0104")!.slice(0, 6));
    const held = await runSourceSync(source(), { now });
    expect(held).toMatchObject({
      outcome: "held",
      message: expect.stringContaining("열린 10건 중 4건을 마감"),
    });
    const open = (await db.select().from(courses).where(eq(courses.source, "work24"))).filter(
      (row) => !row.closedAt,
    );
    expect(open).toHaveLength(10);
    const approved = await runSourceSync(source(), { now, approve: true });
    expect(approved.closed).toHaveLength(4);
  });

  it("takes a round a repeated page sends again once, and holds the run for the rounds it hid", async () => {
    fill(standIn, 250);
    // All starting inside the run's window, where a round not listed is closed.
    standIn.rounds.set(
      "C0104",
      standIn.rounds.get("C0104")!.map((r) => ({ ...r, traStartDate: ymd(20) })),
    );
    await runSourceSync(source(), { now });
    // Page 3 comes back as page 2 again: rounds 200–249 are not listed this time.
    standIn.repeatedPage = 3;
    const report = await runSourceSync(source(), { now });
    expect(report).toMatchObject({
      outcome: "held",
      message: expect.stringContaining("원천이 250건이 있다면서 200건만 보냈습니다(잘린 목록)"),
      closed: [],
    });
    // Approved, the run writes what it read, and closes none of the rounds it did not see.
    standIn.rounds.get("C0104")![0]!.title = "바뀐 과정명";
    const approved = await runSourceSync(source(), { now, approve: true });
    expect(approved).toMatchObject({ outcome: "ok", closed: [] });
    expect(approved.changed).toHaveLength(1);
    const rows = await db.select().from(courses).where(eq(courses.source, "work24"));
    expect(rows).toHaveLength(250);
    expect(rows.filter((row) => row.closedAt !== null)).toEqual([]);
  });

  it.each(["JSON", "XML"] as const)(
    "gives each round of a course its own employment rate (%s)",
    async (returnType) => {
      standIn.rounds.clear();
      standIn.outcomes.clear();
      for (const [degr, rate] of [
        ["1", "81.5"],
        ["2", "42"],
      ] as const)
        addRound(standIn, "C0104", round(1, { trprDegr: degr, eiEmplRate6: "A" }), detail(1), {
          eiEmplRate6: rate,
        });
      onTestFinished(() => standIn.outcomes.clear());
      await runSourceSync(source(returnType), { now });
      const rows = await db.select().from(courses).where(eq(courses.source, "work24"));
      expect(rows.map((row) => [row.externalId, row.employmentRate]).sort()).toEqual([
        ["w24-AIG2026000001-1", 81.5],
        ["w24-AIG2026000001-2", 42],
      ]);
    },
  );

  it("closes a round its source stops listing, and opens the same record when it comes back", async () => {
    fill(standIn, 10);
    await runSourceSync(source(), { now });
    const rounds = standIn.rounds.get("C0104")!;
    const gone = rounds.splice(3, 1)[0]!;
    const id = roundExternalId(rawRoundSchema.parse(gone));
    expect(await runSourceSync(source(), { now })).toMatchObject({ closed: [id] });
    rounds.push(gone);
    const back = await runSourceSync(source(), { now });
    expect(back).toMatchObject({ added: [], closed: [], changed: [{ id }] });
    const rows = await db.select().from(courses).where(eq(courses.externalId, id));
    expect(rows).toMatchObject([{ closedAt: null }]);
  });

  it("refuses, by name, a second institution's row for a round it already has", async () => {
    fill(standIn, 3);
    const rounds = standIn.rounds.get("C0104")!;
    rounds.push({ ...rounds[1]!, subTitle: "다른 훈련기관", trainstCstId: "999999" });
    const report = await runSourceSync(source(), { now });
    const id = roundExternalId(rawRoundSchema.parse(round(1)));
    expect(report.added).toHaveLength(3);
    expect(report.rejected).toEqual([
      { id: `${id} (trainstCstId 999999)`, reason: expect.stringContaining("다른 기관") },
    ]);
    const [row] = await db.select().from(courses).where(eq(courses.externalId, id));
    expect(row!.provider).toBe("시험 훈련기관 1");
  });

  it("holds the run when most detail calls fail, though the listing works", async () => {
    fill(standIn, 20);
    await runSourceSync(source(), { now });
    // Four new rounds whose details do not come: a fifth of the listing, all of what was asked.
    for (let i = 20; i < 24; i++) {
      addRound(standIn, "C0104", round(i), detail(i));
      standIn.failingDetails.add(`${round(i).trprId}/${round(i).trprDegr}`);
    }
    expect(await runSourceSync(source(), { now })).toMatchObject({
      outcome: "held",
      message: expect.stringMatching(/^상세 정보를 \d+건 중 4건 받지 못했습니다/),
    });
  });

  it("brings in a change only the details show within a week, a seventh of the rounds a day", async () => {
    fill(standIn, 70);
    await runSourceSync(source(), { now });
    const versions = async () =>
      (await db.select().from(courses).where(eq(courses.source, "work24")))
        .map((row) => `${row.externalId} v${row.version} ${row.updatedAt.getTime()}`)
        .sort();
    const before = await versions();
    // A week of refreshes that find nothing new writes no version: an open form stays current.
    for (let day = 1; day <= 7; day++)
      await runSourceSync(source(), { now: new Date(now.getTime() + day * 86_400_000) });
    expect(await versions()).toEqual(before);
    for (const [key, detail] of standIn.details)
      standIn.details.set(key, { ...detail, trtm: "999" });
    const changedOn: number[] = [];
    for (let day = 8; day <= 14; day++) {
      const report = await runSourceSync(source(), {
        now: new Date(now.getTime() + day * 86_400_000),
      });
      changedOn.push(report.changed.length);
    }
    // Every round once, none twice, and no day more than a share of them.
    expect(changedOn.reduce((a, b) => a + b)).toBe(70);
    expect(Math.max(...changedOn)).toBeLessThan(70 / 3);
    const rows = await db.select().from(courses).where(eq(courses.source, "work24"));
    expect(rows.every((row) => row.totalHours === 999)).toBe(true);
  });

  it("ends the runs a stopped server left marked running, when the next run starts", async () => {
    const [abandoned] = await db
      .insert(syncRuns)
      .values({ source: "work24", dryRun: false, outcome: "running", startedAt: now })
      .returning();
    fill(standIn, 2);
    expect(await runSourceSync(source(), { now })).toMatchObject({ outcome: "ok" });
    const [after] = await db.select().from(syncRuns).where(eq(syncRuns.id, abandoned!.id));
    expect(after).toMatchObject({
      outcome: "failed",
      message: expect.stringContaining("끝나기 전에 멈췄습니다"),
    });
  });

  it("keeps a round the listing sends unreadable open, under the id the portal holds it by", async () => {
    fill(standIn, 10);
    await runSourceSync(source(), { now });
    const rounds = standIn.rounds.get("C0104")!;
    rounds[4] = { ...rounds[4]!, subTitle: "" };
    const report = await runSourceSync(source(), { now });
    const id = roundExternalId(rawRoundSchema.parse(round(4)));
    expect(report).toMatchObject({
      outcome: "ok",
      closed: [],
      rejected: [{ id, reason: expect.stringContaining("subTitle") }],
    });
    const [row] = await db.select().from(courses).where(eq(courses.externalId, id));
    expect(row).toMatchObject({ closedAt: null, provider: "시험 훈련기관 0" });
  });

  it("refuses only the round whose details do not come, and asks for them again next run", async () => {
    fill(standIn, 10);
    await runSourceSync(source(), { now });
    const rounds = standIn.rounds.get("C0104")!;
    // Two of the six records asked for fail: too few to hold the run.
    for (const i of [2, 3, 4, 5, 6]) rounds[i] = { ...rounds[i]!, title: `바뀐 과정 ${i}` };
    addRound(standIn, "C0104", round(10), detail(10));
    standIn.failingDetails.add(`${rounds[2]!.trprId}/${rounds[2]!.trprDegr}`);
    standIn.failingDetails.add(`${round(10).trprId}/${round(10).trprDegr}`);
    const report = await runSourceSync(source(), { now });
    const idOf = (i: number) => roundExternalId(rawRoundSchema.parse(round(i)));
    expect(report).toMatchObject({
      outcome: "ok",
      added: [],
      changed: [3, 4, 5, 6].map((i) => ({ id: idOf(i), fields: ["title"] })),
      closed: [],
    });
    expect(report.rejected).toEqual([
      { id: idOf(2), reason: expect.stringContaining("상세 정보를 받지 못했습니다") },
      { id: idOf(10), reason: expect.stringContaining("상세 정보를 받지 못했습니다") },
    ]);
    const [kept] = await db
      .select()
      .from(courses)
      .where(eq(courses.externalId, idOf(2)));
    expect(kept).toMatchObject({ title: "시험 과정 2", closedAt: null });

    standIn.failingDetails.clear();
    const next = await runSourceSync(source(), { now });
    expect(next).toMatchObject({ added: [idOf(10)], changed: [{ id: idOf(2) }], rejected: [] });
  });

  it("stops on a truncated set and on mostly invalid rows", async () => {
    fill(standIn, 10);
    standIn.truncate = true;
    expect(await runSourceSync(source(), { now })).toMatchObject({
      outcome: "held",
      message: expect.stringContaining("잘린 목록"),
    });
    standIn.truncate = false;
    standIn.rounds.set(
      "C0104",
      standIn.rounds.get("C0104")!.map((r, i) => (i < 7 ? { ...r, traStartDate: "" } : r)),
    );
    expect(await runSourceSync(source(), { now })).toMatchObject({ outcome: "held" });
    expect(await db.select().from(courses).where(eq(courses.source, "work24"))).toEqual([]);
  });

  it("rejects a malformed row with its reason and imports the rest", async () => {
    fill(standIn, 10);
    const rounds = standIn.rounds.get("C0104")!;
    rounds[3] = { ...rounds[3]!, traEndDate: "2026-13-45" };
    rounds[4] = { ...rounds[4]!, address: "서울특별시 종로구 1", trngAreaCd: "11" };
    standIn.details.set(`${rounds[4]!.trprId}/${rounds[4]!.trprDegr}`, { trtm: "100" });
    const report = await runSourceSync(source(), { now });
    expect(report.added).toHaveLength(8);
    expect(report.rejected).toEqual([
      { id: "w24-AIG2026000003-1", reason: "traEndDate(종강일)가 날짜가 아닙니다: 2026-13-45" },
      {
        id: "w24-AIG2026000004-2",
        reason: expect.stringContaining("인천의 군·구를 알 수 없습니다"),
      },
    ]);
  });

  it("reports the service's error that comes with HTTP 200, and imports nothing", async () => {
    fill(standIn, 5);
    standIn.faults = ["error-200"];
    const report = await runSourceSync(source(), { now });
    expect(report).toMatchObject({
      outcome: "failed",
      message: "고용24가 요청을 거절했습니다: 일시적인 오류입니다",
      // What the sources page tells the admin: nothing was changed.
      wroteAny: false,
    });
    expect(await db.select().from(courses).where(eq(courses.source, "work24"))).toEqual([]);
    // The admin's run history shows the failure and its reason, not a run still "running".
    const [run] = await db.select().from(syncRuns).orderBy(desc(syncRuns.id)).limit(1);
    expect(run).toMatchObject({
      source: "work24",
      outcome: "failed",
      message: "고용24가 요청을 거절했습니다: 일시적인 오류입니다",
      finishedAt: expect.any(Date),
    });
  });

  it("retries after a 500 and after a page slower than the timeout", async () => {
    fill(standIn, 5);
    standIn.faults = ["500", "slow"];
    const report = await runSourceSync(source(), { now });
    expect(report).toMatchObject({ outcome: "ok" });
    expect(report.added).toHaveLength(5);
  });

  it("waits as long as a 429 asks before asking again", async () => {
    fill(standIn, 5);
    standIn.faults = ["429"];
    standIn.requestTimes = [];
    const report = await runSourceSync(source(), { now });
    expect(report).toMatchObject({ outcome: "ok" });
    expect(report.added).toHaveLength(5);
    // The stand-in asks for a second (Retry-After: 1); the retry's own wait is 10 ms.
    const [refused, retried] = standIn.requestTimes;
    expect(retried! - refused!).toBeGreaterThanOrEqual(1_000);
  });

  it("lets one run at a time hold a source", async () => {
    await db.insert(systemState).values({
      key: "sync.lease.work24",
      value: JSON.stringify({ holder: "another instance", until: Date.now() + 60_000 }),
    });
    await expect(runSourceSync(source(), { now: new Date() })).rejects.toThrow(SyncBusyError);
    await db.delete(systemState).where(eq(systemState.key, "sync.lease.work24"));
    // Two runs asked at once: one runs, the other is told another run holds the source.
    fill(standIn, 3);
    const [first, second] = await Promise.allSettled([
      runSourceSync(source(), { now: new Date() }),
      runSourceSync(source(), { now: new Date() }),
    ]);
    expect(first).toMatchObject({ status: "fulfilled", value: { outcome: "ok" } });
    expect(second).toMatchObject({ status: "rejected", reason: expect.any(SyncBusyError) });
    await db.delete(courses).where(eq(courses.source, "work24"));
    await db.insert(systemState).values({
      key: "sync.lease.work24",
      value: JSON.stringify({ holder: "another instance", until: Date.now() + 60_000 }),
    });
    // A dry run reads only, so it needs no lease.
    fill(standIn, 3);
    const dry = await runSourceSync(source(), { now, dryRun: true });
    expect(dry.added).toHaveLength(3);
    expect(await db.select().from(courses).where(eq(courses.source, "work24"))).toEqual([]);
  });
});
