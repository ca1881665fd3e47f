import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, migrateDatabase } from "@/lib/db/client";
import { programs, systemState } from "@/lib/db/schema";
import { applicationStatus } from "@/lib/programs/derive";
import { startBizinfoStandIn, type BizinfoStandIn } from "@/test/stand-ins/bizinfo";
import { runSourceSync } from "../sync";
import { bizinfoSource } from "./client";
import { mapNotice } from "./map";
import { rawNoticeSchema } from "./raw";

const now = new Date("2026-12-01T00:00:00Z");
const today = "2026-12-01";

function notice(i: number, overrides: Record<string, string> = {}) {
  return {
    pblancId: `PBLN_${String(i).padStart(12, "0")}`,
    pblancNm: `[인천] 시험 지원사업 ${i}`,
    jrsdInsttNm: "중소벤처기업부",
    excInsttNm: "인천테크노파크",
    trgetNm: "중소기업, 소상공인",
    pldirSportRealmLclasCodeNm: "경영",
    bsnsSumryCn: "<p>경영 개선 비용을 지원합니다.</p>",
    reqstBeginEndDe: "2026-11-20 ~ 2026-12-20",
    reqstMthPapersCn: "<p>온라인 접수</p>",
    refrncNm: "인천테크노파크 032-000-0000",
    rceptEngnHmpgUrl: "https://example.org/apply",
    pblancUrl: `/web/lay1/bbs/S1T122C128/AS/74/view.do?pblancId=PBLN_${String(i).padStart(12, "0")}`,
    hashtags: "인천,경영,소상공인",
    creatPnttm: "2026-11-19 10:00:00",
    updtPnttm: "2026-11-19 10:00:00",
    ...overrides,
  };
}

const map = (overrides: Record<string, string>) =>
  mapNotice(rawNoticeSchema.parse(notice(1, overrides)));

describe("기업마당 connector", () => {
  let standIn: BizinfoStandIn;
  const source = (dataType: "json" | "rss" = "json") =>
    bizinfoSource({
      baseUrl: standIn.url,
      key: "test-key",
      dataType,
      http: { timeoutMs: 500, retries: 2, minRetryMs: 10 },
    });
  const stored = () => db.select().from(programs).where(eq(programs.source, "bizinfo"));

  beforeAll(async () => {
    await migrateDatabase();
    standIn = await startBizinfoStandIn();
  });
  afterAll(() => standIn.close());
  beforeEach(async () => {
    await db.delete(programs).where(eq(programs.source, "bizinfo"));
    await db.delete(systemState).where(eq(systemState.key, "sync.lease.bizinfo"));
    standIn.notices = [];
    standIn.faults = [];
    standIn.documentedShape = false;
    standIn.pagingIgnored = false;
    standIn.requests = [];
  });

  it("maps a notice as residents need it: region, text without HTML, period, links", () => {
    const mapped = map({
      bsnsSumryCn:
        "&lt;p&gt;점포 &amp; 온라인 판로를 지원합니다.&lt;/p&gt;<script>alert(1)</script><ul><li>최대 500만 원</li></ul>",
    });
    expect(mapped).toMatchObject({
      ok: true,
      record: {
        externalId: "bizinfo-pbln-000000000001",
        title: "시험 지원사업 1",
        region: "인천",
        agency: "중소벤처기업부",
        category: "경영",
        targetGroups: ["중소기업", "소상공인"],
        // Who may apply, for the residents' eligibility check.
        eligibleApplicants: ["small_business", "sme_owner"],
        eligibleAreas: ["인천"],
        summary: "점포 & 온라인 판로를 지원합니다.\n\n최대 500만 원",
        applyStart: "2026-11-20",
        applyEnd: "2026-12-20",
        applyLater: false,
        url: "https://www.bizinfo.go.kr/web/lay1/bbs/S1T122C128/AS/74/view.do?pblancId=PBLN_000000000001",
        howToApply: "온라인 접수\n접수처: https://example.org/apply",
      },
    });
  });

  it("names the residents a notice's targets name, and no one for targets it does not know", () => {
    // In the form's order, so that saving the unchanged form changes nothing (it used to mark
    // the field as the editor's own and stop taking the source's value).
    expect(map({ trgetNm: "예비창업자, 창업벤처" })).toMatchObject({
      record: { eligibleApplicants: ["sme_owner", "prospective_founder"] },
    });
    expect(map({ trgetNm: "사회적기업" })).toMatchObject({ record: { eligibleApplicants: [] } });
  });

  it("reads periods in both date formats and in words, with the status they imply", () => {
    const record = (period: string) => {
      const mapped = map({ reqstBeginEndDe: period });
      if (!mapped?.ok) throw new Error(JSON.stringify(mapped));
      return { ...mapped.record, status: applicationStatus(mapped.record, today) };
    };
    expect(record("20261101 ~ 20261130")).toMatchObject({
      applyStart: "2026-11-01",
      applyEnd: "2026-11-30",
      status: "closed",
    });
    // One date with 까지 or 마감 is the deadline, not a start.
    for (const deadline of ["2026-12-31까지", "2026.12.31(목) 18:00 마감", "~ 20261231"])
      expect(record(deadline), deadline).toMatchObject({
        applyStart: null,
        applyEnd: "2026-12-31",
        status: "open",
      });
    expect(record("2026-12-31부터")).toMatchObject({ applyStart: "2026-12-31", applyEnd: null });
    expect(record("예산 소진시까지")).toMatchObject({
      applyEnd: null,
      periodNote: "예산 소진시까지",
      status: "always",
    });
    expect(record("추후 공지")).toMatchObject({ applyLater: true, status: "upcoming" });
    expect(record("상시")).toMatchObject({ applyEnd: null, status: "always" });
    expect(record("모집 완료시")).toMatchObject({ applyEnd: null, status: "always" });
    // Open until something happens, though the words 마감 and 종료 are in them.
    for (const words of ["목표 인원 달성 시 마감", "사업 종료 시까지", "예산 소진 때까지"])
      expect(record(words), words).toMatchObject({ applyEnd: null, status: "always" });
    expect(record("모집 완료 후 종료")).toMatchObject({ periodInNotice: true, status: "notice" });
    expect(record("매월 10일 18:00까지")).toMatchObject({
      applyEnd: null,
      periodNote: "매월 10일 18:00까지",
      status: "always",
    });
    // The period is in the notice, per sub-programme: no dates the portal could show or sort by.
    // So are words the portal cannot read as dates: shown as written, not left out.
    for (const words of ["세부사업별 상이", "공고문 참조", "곧", "2026년 3월 중", "하반기"])
      expect(record(words)).toMatchObject({
        applyStart: null,
        applyEnd: null,
        applyLater: false,
        periodInNotice: true,
        periodNote: words,
        status: "notice",
      });
    expect(map({ reqstBeginEndDe: "2026-02-30 ~ 2026-03-10" })).toEqual({
      ok: false,
      reason: "reqstBeginEndDe에 없는 날짜가 있습니다: 2026-02-30 ~ 2026-03-10",
    });
    for (const words of ["마감", "모집 종료됨", "신청 완료", "접수마감"])
      expect(map({ reqstBeginEndDe: words }), words).toMatchObject({ ok: false, ended: true });
    expect(map({ reqstBeginEndDe: "접수 마감" })).toEqual({
      ok: false,
      reason: "reqstBeginEndDe에 따르면 접수가 끝났습니다: 접수 마감",
      ended: true,
    });
  });

  it("keeps 인천's and national notices and leaves other regions' out", () => {
    expect(map({ pblancNm: "[인천광역시] 청년 창업 지원", hashtags: "" })).toMatchObject({
      record: { region: "인천", title: "청년 창업 지원" },
    });
    // JSON answers leave entities as the service stored them.
    expect(map({ pblancNm: "[인천] R&amp;D &lt;AI 바우처&gt; 지원", hashtags: "" })).toMatchObject({
      record: { region: "인천", title: "R&D <AI 바우처> 지원" },
    });
    expect(map({ pblancNm: "2026년 수출 바우처", hashtags: "수출" })).toMatchObject({
      record: { region: "전국", title: "2026년 수출 바우처" },
    });
    expect(map({ pblancNm: "[부산] 지역 기업 지원", hashtags: "부산" })).toBeNull();
    expect(map({ pblancNm: "[공고] 제조 혁신", hashtags: "경기" })).toBeNull();
  });

  it("adds every notice over several pages, in JSON, both JSON shapes and RSS, then changes nothing", async () => {
    standIn.notices = Array.from({ length: 230 }, (_, i) => notice(i));
    standIn.notices.push(notice(900, { pblancNm: "[서울] 다른 지역 사업", hashtags: "서울,경영" }));
    const first = await runSourceSync(source(), { now });
    expect(first).toMatchObject({ outcome: "ok", rejected: [], closed: [] });
    expect(first.added).toHaveLength(230);
    const pages = standIn.requests.filter((url) => url.searchParams.get("hashtags") === "인천");
    expect(pages.map((url) => url.searchParams.get("pageIndex"))).toEqual(["1", "2", "3"]);
    expect(pages[0]!.searchParams.get("crtfcKey")).toBe("test-key");
    expect(await runSourceSync(source("rss"), { now })).toMatchObject({
      added: [],
      changed: [],
      closed: [],
      unchanged: 230,
    });
    standIn.documentedShape = true;
    expect(await runSourceSync(source(), { now })).toMatchObject({ unchanged: 230 });
    expect(await stored()).toHaveLength(230);
  });

  it("asks once more, not up to its page limit, when the service answers every page with the whole set", async () => {
    standIn.notices = Array.from({ length: 230 }, (_, i) => notice(i));
    standIn.pagingIgnored = true;
    const report = await runSourceSync(source(), { now });
    expect(report).toMatchObject({ outcome: "ok", rejected: [] });
    expect(report.added).toHaveLength(230);
    const pages = standIn.requests.filter((url) => url.searchParams.get("hashtags") === "인천");
    expect(pages.map((url) => url.searchParams.get("pageIndex"))).toEqual(["1", "2"]);
  });

  it("finds a [인천] notice untagged in a field whose national programs it leaves out", async () => {
    standIn.notices = [
      notice(1, { pldirSportRealmLclasCodeNm: "기술", hashtags: "기술,R&D" }),
      notice(2, {
        pblancNm: "2026년 수출 바우처",
        pldirSportRealmLclasCodeNm: "수출",
        hashtags: "수출",
      }),
      notice(3, {
        pblancNm: "2026년 창업 도약 패키지",
        pldirSportRealmLclasCodeNm: "창업",
        hashtags: "창업",
      }),
    ];
    const report = await runSourceSync(source(), { now });
    expect(report).toMatchObject({ outcome: "ok", rejected: [] });
    expect(report.added.sort()).toEqual(["bizinfo-pbln-000000000001", "bizinfo-pbln-000000000003"]);
    const rows = await stored();
    expect(rows.find((row) => row.externalId === "bizinfo-pbln-000000000001")).toMatchObject({
      region: "인천",
    });
  });

  it("closes a notice that is gone, keeps it, and shows it as 마감", async () => {
    standIn.notices = Array.from({ length: 10 }, (_, i) => notice(i));
    await runSourceSync(source(), { now });
    standIn.notices.splice(2, 1);
    const report = await runSourceSync(source(), { now });
    expect(report.closed).toEqual(["bizinfo-pbln-000000000002"]);
    const [row] = await db
      .select()
      .from(programs)
      .where(eq(programs.externalId, "bizinfo-pbln-000000000002"));
    expect(row!.closedAt).not.toBeNull();
    expect(applicationStatus(row!, today)).toBe("closed");
  });

  it("closes a notice the service still lists but says has ended, and adds no ended one", async () => {
    standIn.notices = Array.from({ length: 10 }, (_, i) => notice(i));
    await runSourceSync(source(), { now });
    standIn.notices[2] = notice(2, { reqstBeginEndDe: "접수 마감" });
    standIn.notices.push(notice(10, { reqstBeginEndDe: "모집 종료" }));
    const report = await runSourceSync(source(), { now });
    // The new one is refused with the reason an editor reads on the sources page.
    expect(report).toMatchObject({
      outcome: "ok",
      closed: ["bizinfo-pbln-000000000002"],
      added: [],
      rejected: [
        {
          id: "bizinfo-pbln-000000000010",
          reason: "reqstBeginEndDe에 따르면 접수가 끝났습니다: 모집 종료",
        },
      ],
    });
    const rows = await stored();
    expect(rows).toHaveLength(10);
    const ended = rows.find((row) => row.externalId === "bizinfo-pbln-000000000002")!;
    expect(applicationStatus(ended, today)).toBe("closed");
    // Listed as ended again: it stays closed, counted as unchanged, and nothing holds the run.
    const again = await runSourceSync(source(), { now });
    expect(again).toMatchObject({ outcome: "ok", closed: [], changed: [], unchanged: 10 });
  });

  it("holds a run where most of 인천's notices are unreadable, however many others came along", async () => {
    standIn.notices = [
      ...Array.from({ length: 10 }, (_, i) => notice(i, i < 6 ? { trgetNm: "" } : {})),
      // National notices of a field the portal lists only 인천's of: left out, not counted.
      ...Array.from({ length: 30 }, (_, i) =>
        notice(100 + i, {
          pblancNm: `기술 지원 ${i}`,
          pldirSportRealmLclasCodeNm: "기술",
          hashtags: "기술",
        }),
      ),
    ];
    const report = await runSourceSync(source(), { now });
    expect(report.outcome).toBe("held");
    expect(report.message).toContain("10건 중 6건이 올바르지 않습니다");
    expect(await stored()).toHaveLength(0);
  });

  it("does not hold a run for a share of new notices that have ended", async () => {
    standIn.notices = Array.from({ length: 10 }, (_, i) =>
      notice(i, i < 6 ? { reqstBeginEndDe: "접수 마감" } : {}),
    );
    const report = await runSourceSync(source(), { now });
    expect(report.outcome).toBe("ok");
    expect(report.added).toHaveLength(4);
    expect(report.rejected).toHaveLength(6);
  });

  it("keeps a field an editor changed while taking the source's other changes", async () => {
    standIn.notices = Array.from({ length: 5 }, (_, i) => notice(i));
    await runSourceSync(source(), { now });
    const id = "bizinfo-pbln-000000000003";
    await db
      .update(programs)
      .set({ title: "편집자가 고친 사업명" })
      .where(eq(programs.externalId, id));
    standIn.notices[3] = notice(3, {
      pblancNm: "[인천] 원천에서 바뀐 사업명",
      reqstBeginEndDe: "추후 공지",
    });
    const report = await runSourceSync(source(), { now });
    expect(report.kept).toEqual([{ id, fields: ["title"] }]);
    expect(report.changed).toEqual([
      { id, fields: ["applyStart", "applyEnd", "periodNote", "applyLater"] },
    ]);
    const [row] = await db.select().from(programs).where(eq(programs.externalId, id));
    expect(row).toMatchObject({ title: "편집자가 고친 사업명", applyLater: true });
  });

  it("rejects a malformed notice with its reason and imports the rest", async () => {
    standIn.notices = Array.from({ length: 10 }, (_, i) => notice(i));
    standIn.notices[4] = notice(4, { trgetNm: "" });
    standIn.notices[5] = { ...notice(5), pblancNm: "" };
    const report = await runSourceSync(source(), { now });
    expect(report.added).toHaveLength(8);
    expect(report.rejected).toEqual([
      { id: "bizinfo-pbln-000000000005", reason: "pblancNm: 사업명이 비어 있습니다" },
      {
        id: "bizinfo-pbln-000000000004",
        reason: "targetGroups: 지원 대상을 1개 이상 입력하세요",
      },
    ]);
  });

  it("reports the service's error that comes with HTTP 200, and imports nothing", async () => {
    standIn.notices = Array.from({ length: 5 }, (_, i) => notice(i));
    standIn.faults = ["error-200"];
    expect(await runSourceSync(source(), { now })).toMatchObject({
      outcome: "failed",
      message: "기업마당 오류: 일시적인 오류입니다",
    });
    const wrongKey = bizinfoSource({ baseUrl: standIn.url, key: "", http: { timeoutMs: 500 } });
    expect(await runSourceSync(wrongKey, { now })).toMatchObject({
      outcome: "failed",
      message: "기업마당 오류: 인증키가 유효하지 않습니다",
    });
    expect(await stored()).toEqual([]);
  });

  it("retries after a 500 and after a page slower than the timeout", async () => {
    standIn.notices = Array.from({ length: 5 }, (_, i) => notice(i));
    standIn.faults = ["500", "slow"];
    const report = await runSourceSync(source(), { now });
    expect(report).toMatchObject({ outcome: "ok" });
    expect(report.added).toHaveLength(5);
  });
});
