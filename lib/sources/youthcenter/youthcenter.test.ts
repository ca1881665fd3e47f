import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, migrateDatabase } from "@/lib/db/client";
import { programs, systemState } from "@/lib/db/schema";
import { applicationStatus } from "@/lib/programs/derive";
import { startYouthcenterStandIn, type YouthcenterStandIn } from "@/test/stand-ins/youthcenter";
import { runSourceSync } from "../sync";
import { youthcenterSource } from "./client";
import { mapPolicy, policyExternalId } from "./map";
import { rawPolicySchema } from "./raw";

const now = new Date("2026-12-01T00:00:00Z");
const today = "2026-12-01";
const incheonCodes = "28125,28155,28177,28185,28200,28237,28245,28275,28290,28710,28720";
const nationalCodes =
  "11110,26110,27110,28177,29110,30110,31110,36110,41111,43111,44131,46110,47111,48121,50110,51110,52111";

function policy(i: number, overrides: Record<string, string> = {}) {
  return {
    plcyNo: `20261101${String(i).padStart(12, "0")}`,
    plcyNm: `시험 청년정책 ${i}`,
    plcyExplnCn: "청년의 주거비 부담을 덜어 줍니다.",
    plcySprtCn: "월 20만 원을 12개월 지원",
    plcyKywdNm: "주거,월세",
    lclsfNm: "주거",
    mclsfNm: "주거비 지원",
    sprvsnInstCdNm: "인천광역시",
    operInstCdNm: "인천광역시 청년정책과",
    sprtTrgtMinAge: "19",
    sprtTrgtMaxAge: "34",
    sprtTrgtAgeLmtYn: "N",
    zipCd: incheonCodes,
    aplyPrdSeCd: "0057001",
    aplyYmd: "20261115 ~ 20261215",
    aplyUrlAddr: "https://example.org/apply",
    refUrlAddr1: "",
    bizPrdEndYmd: "20271231",
    plcyAplyMthdCn: "온라인 신청",
    addAplyQlfcCndCn: "무주택자",
    earnEtcCn: "기준 중위소득 150% 이하",
    ...overrides,
  };
}

const map = (overrides: Record<string, string>) =>
  mapPolicy(rawPolicySchema.parse(policy(1, overrides)));

describe("온통청년 connector", () => {
  let standIn: YouthcenterStandIn;
  const source = () =>
    youthcenterSource({
      baseUrl: standIn.url,
      key: "test-key",
      http: { timeoutMs: 500, retries: 2, minRetryMs: 10 },
    });

  beforeAll(async () => {
    await migrateDatabase();
    standIn = await startYouthcenterStandIn();
  });
  afterAll(() => standIn.close());
  beforeEach(async () => {
    await db.delete(programs).where(eq(programs.source, "youthcenter"));
    await db.delete(systemState).where(eq(systemState.key, "sync.lease.youthcenter"));
    standIn.policies = [];
    standIn.faults = [];
    standIn.truncate = false;
    standIn.reportedTotal = "count";
    standIn.overlapPages = false;
    standIn.requests = [];
  });

  it("maps a policy with its age limits, region, period and own page", () => {
    expect(map({})).toMatchObject({
      ok: true,
      record: {
        externalId: "ythc-20261101000000000001",
        region: "인천",
        category: "주거",
        targetGroups: ["청년"],
        minAge: 19,
        maxAge: 34,
        eligibleAreas: ["인천"],
        incomeRule: "기준 중위소득 150% 이하",
        applyStart: "2026-11-15",
        applyEnd: "2026-12-15",
        eligibility:
          "나이: 만 19세 ~ 34세\n지역: 인천\n추가 자격: 무주택자\n소득: 기준 중위소득 150% 이하",
        url: "https://www.youthcenter.go.kr/youthPolicy/ythPlcyTotalSearch/ythPlcyDetail/20261101000000000001",
        tags: ["주거", "월세"],
      },
    });
  });

  it("reads no age limit, an open application and every kind of area", () => {
    expect(map({ sprtTrgtMinAge: "0", sprtTrgtMaxAge: "0", sprtTrgtAgeLmtYn: "Y" })).toMatchObject({
      record: {
        minAge: null,
        maxAge: null,
        eligibility: expect.stringContaining("나이 제한 없음"),
      },
    });
    const open = map({ aplyPrdSeCd: "0057002", aplyYmd: "" });
    expect(open).toMatchObject({ record: { applyStart: null, applyEnd: "2027-12-31" } });
    if (!open?.ok) throw new Error("an open policy must map");
    expect(applicationStatus(open.record, today)).toBe("open");
    expect(map({ zipCd: nationalCodes })).toMatchObject({
      record: { region: "전국", eligibleAreas: ["전국"] },
    });
    // The old 중구 code names both of its parts; 부평구 is itself. The eligibility check reads
    // the 군·구 as a list.
    expect(map({ zipCd: "28110,28237" })).toMatchObject({
      record: {
        region: "인천 제물포구·영종구·부평구",
        eligibleAreas: ["제물포구", "영종구", "부평구"],
      },
    });
    expect(map({ zipCd: "11110,11140" })).toBeNull();
    expect(map({ aplyYmd: "20261301 ~ 20261315" })).toEqual({
      ok: false,
      reason: "aplyYmd에 없는 날짜가 있습니다: 20261301 ~ 20261315",
    });
  });

  it("adds every policy over several pages, skips other regions, then changes nothing", async () => {
    standIn.policies = Array.from({ length: 250 }, (_, i) =>
      policy(i, i % 50 === 7 ? { zipCd: "26110,26140" } : {}),
    );
    const first = await runSourceSync(source(), { now });
    expect(first).toMatchObject({ outcome: "ok", rejected: [], closed: [] });
    expect(first.added).toHaveLength(245);
    // The eligibility check reads the areas and income rule the mapping gives.
    const [stored] = await db
      .select()
      .from(programs)
      .where(eq(programs.externalId, policyExternalId(policy(0).plcyNo)));
    expect(stored).toMatchObject({
      eligibleAreas: ["인천"],
      incomeRule: "기준 중위소득 150% 이하",
    });
    expect(standIn.requests.map((url) => url.searchParams.get("pageNum"))).toEqual(["1", "2", "3"]);
    expect(standIn.requests[0]!.searchParams.get("apiKeyNm")).toBe("test-key");
    expect(await runSourceSync(source(), { now })).toMatchObject({
      added: [],
      changed: [],
      closed: [],
      unchanged: 245,
    });
  });

  it("reads the application-period code: a set period needs its dates, and 마감 closes the policy", async () => {
    expect(map({ aplyYmd: "" })).toEqual({
      ok: false,
      reason: "aplyPrdSeCd가 특정기간(0057001)인데 aplyYmd(신청 기간)가 비어 있습니다",
    });
    standIn.policies = Array.from({ length: 10 }, (_, i) => policy(i));
    await runSourceSync(source(), { now });
    standIn.policies[3] = policy(3, { aplyPrdSeCd: "0057003" });
    standIn.policies.push(policy(10, { aplyPrdSeCd: "0057003" }));
    const report = await runSourceSync(source(), { now });
    expect(report).toMatchObject({
      outcome: "ok",
      added: [],
      closed: [policyExternalId(policy(3).plcyNo)],
    });
    const [closed] = await db
      .select()
      .from(programs)
      .where(eq(programs.externalId, policyExternalId(policy(3).plcyNo)));
    expect(applicationStatus(closed!, today)).toBe("closed");
  });

  it("closes a policy that is gone and holds a run that would close over 30 %", async () => {
    standIn.policies = Array.from({ length: 10 }, (_, i) => policy(i));
    await runSourceSync(source(), { now });
    standIn.policies.splice(0, 1);
    expect((await runSourceSync(source(), { now })).closed).toEqual(["ythc-20261101000000000000"]);
    standIn.policies = standIn.policies.slice(0, 4);
    expect(await runSourceSync(source(), { now })).toMatchObject({
      outcome: "held",
      message: expect.stringContaining("열린 9건 중 5건을 마감"),
    });
  });

  it("writes an approved run only as far as the held run showed, and holds it again past that", async () => {
    standIn.policies = Array.from({ length: 10 }, (_, i) => policy(i));
    await runSourceSync(source(), { now });
    // Approving with no held run to approve holds as before.
    standIn.policies = standIn.policies.slice(0, 4);
    expect(await runSourceSync(source(), { now, approve: true })).toMatchObject({
      outcome: "held",
      message: expect.stringContaining("승인할 멈춘 실행이 없습니다"),
    });
    const held = await runSourceSync(source(), { now, dryRun: true });
    expect(held).toMatchObject({ outcome: "held" });
    expect(held.closed).toHaveLength(6);
    // The source drops one more before the admin approves: not what was approved.
    standIn.policies = standIn.policies.slice(0, 3);
    expect(await runSourceSync(source(), { now, approve: true })).toMatchObject({
      outcome: "held",
      closed: expect.arrayContaining(held.closed),
      message: expect.stringContaining("승인한 결과에 없던 1건을 마감하게 됩니다"),
    });
    const open = async () =>
      (await db.select().from(programs).where(eq(programs.source, "youthcenter"))).filter(
        (row) => row.closedAt === null,
      );
    expect(await open()).toHaveLength(10);
    // Approving what that held run showed writes it.
    expect(await runSourceSync(source(), { now, approve: true })).toMatchObject({
      outcome: "ok",
    });
    expect(await open()).toHaveLength(3);
  });

  it.each(["missing", "empty"] as const)(
    "reads every page of an answer whose total is %s",
    async (reportedTotal) => {
      standIn.policies = Array.from({ length: 230 }, (_, i) => policy(i));
      standIn.reportedTotal = reportedTotal;
      const report = await runSourceSync(source(), { now });
      expect(report).toMatchObject({ outcome: "ok", rejected: [] });
      expect(report.added.length + report.unchanged).toBe(230);
    },
  );

  it("closes nothing when pages without a total overlap, since a row may never have come", async () => {
    standIn.policies = Array.from({ length: 150 }, (_, i) => policy(i));
    expect(await runSourceSync(source(), { now })).toMatchObject({ outcome: "ok" });
    standIn.reportedTotal = "missing";
    standIn.overlapPages = true;
    const report = await runSourceSync(source(), { now });
    // The 150th policy was never sent; it is still held open, and the admin page says why.
    expect(report).toMatchObject({
      outcome: "ok",
      closed: [],
      message: expect.stringContaining("목록에 없는 항목을 마감하지 않았습니다"),
    });
    const open = await db.select().from(programs).where(eq(programs.source, "youthcenter"));
    expect(open.filter((row) => row.closedAt === null)).toHaveLength(150);
    // Pages that run out without overlapping are whole: a policy gone from them closes.
    standIn.overlapPages = false;
    standIn.policies.pop();
    expect(await runSourceSync(source(), { now })).toMatchObject({
      outcome: "ok",
      closed: [expect.stringMatching(/^ythc-/)],
    });
    expect((await runSourceSync(source(), { now })).message).toBeUndefined();
  });

  it("reports the service's errors that come with HTTP 200 and a truncated set, importing nothing", async () => {
    standIn.policies = Array.from({ length: 5 }, (_, i) => policy(i));
    standIn.faults = ["error-200"];
    expect(await runSourceSync(source(), { now })).toMatchObject({
      outcome: "failed",
      message: "온통청년 오류 500: 일시적인 오류입니다",
    });
    standIn.faults = ["wrong-key"];
    expect(await runSourceSync(source(), { now })).toMatchObject({
      outcome: "failed",
      message: "온통청년 오류 401: 인증키가 유효하지 않습니다",
    });
    standIn.truncate = true;
    expect(await runSourceSync(source(), { now })).toMatchObject({
      outcome: "held",
      message: expect.stringContaining("잘린 목록"),
    });
    expect(await db.select().from(programs).where(eq(programs.source, "youthcenter"))).toEqual([]);
  });

  it("rejects a malformed policy with its reason, and retries after a 500 and a slow page", async () => {
    standIn.policies = Array.from({ length: 6 }, (_, i) => policy(i));
    standIn.policies[2] = policy(2, { plcyExplnCn: "", plcySprtCn: "" });
    standIn.faults = ["500", "slow"];
    const report = await runSourceSync(source(), { now });
    expect(report.outcome).toBe("ok");
    expect(report.added).toHaveLength(5);
    expect(report.rejected).toEqual([
      {
        id: "ythc-20261101000000000002",
        reason: "plcyExplnCn(정책 설명)과 plcySprtCn(지원 내용)이 비어 있습니다",
      },
    ]);
  });
});
