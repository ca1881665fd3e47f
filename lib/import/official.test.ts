import { eq } from "drizzle-orm";
import { create } from "xmlbuilder2";
import { after as afterResponse } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addDays, todayInSeoul } from "@/lib/dates/dates";
import { db } from "@/lib/db/client";
import { courses, programs, searchOutbox } from "@/lib/db/schema";
import { pendingOutbox } from "@/lib/search/outbox";
import { catalogAsOf } from "@/lib/sources/status";
import { runSourceSync } from "@/lib/sources/sync";
import { work24Source } from "@/lib/sources/work24/client";
import { signInAs, submit } from "@/test/actions";
import { seededDatabase } from "@/test/db";
import { addRound, startWork24StandIn, type Work24StandIn } from "@/test/stand-ins/work24";
import { importRecords } from "./actions";
import type { ImportReport } from "./report";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders());
vi.mock("next/server", async () => (await import("@/test/next-request")).nextServer());

// Files saved from the official APIs, in their own shapes, go through each source's sync: the
// records they make must look exactly like the sync's, so the next sync neither duplicates them
// nor mistakes them for an editor's changes.

const today = todayInSeoul();
const ymd = (days: number) => addDays(today, days).replaceAll("-", "");

const round = (id: string, overrides: Record<string, string> = {}) => ({
  trprId: id,
  trprDegr: "1",
  title: `파일 시험 과정 ${id}`,
  subTitle: "파일 시험 훈련기관",
  traStartDate: ymd(20),
  traEndDate: ymd(120),
  address: "인천광역시 연수구 송도과학로 32",
  trngAreaCd: "28185",
  trainTargetCd: "C0104",
  ncsCd: "20010203",
  courseMan: "5,000,000",
  yardMan: "20",
  contents: "실무 프로젝트 과정",
  wkendSe: "3",
  ...overrides,
});

const file = (name: string, type: string, body: string) => new File([body], name, { type });

type Result = {
  status: string;
  message: string;
  report?: ImportReport;
  fieldErrors?: Record<string, string>;
};

async function importFile(entity: "course" | "program", upload: File) {
  const preview = (await submit(importRecords, {
    entity,
    intent: "preview",
    file: upload,
  })) as Result;
  if (preview.status !== "ok") return { preview, applied: null };
  const applied = (await submit(importRecords, {
    entity,
    intent: "apply",
    file: upload,
    previewed: preview.report!.fingerprint,
  })) as Result;
  return { preview, applied };
}

describe("importing files in the official APIs' shapes", () => {
  let standIn: Work24StandIn;
  const sync = () =>
    runSourceSync(
      work24Source({
        baseUrl: standIn.url,
        key: "test-key",
        http: { timeoutMs: 2000, retries: 0, minRetryMs: 10 },
      }),
    );

  beforeAll(async () => {
    await seededDatabase();
    await signInAs("editor");
    standIn = await startWork24StandIn();
  });
  afterAll(() => standIn.close());

  it("a 고용24 list file updates the rounds the portal holds as the sync would, keeps an editor's change, and the next sync agrees", async () => {
    addRound(standIn, "C0104", round("FILE0001"), {
      trtm: "600",
      tgcrGnrlTrneOwepAllt: "500,000",
      trprChapTel: "032-123-4567",
    });
    expect((await sync()).added).toEqual(["w24-FILE0001-1"]);
    const externalId = "w24-FILE0001-1";
    await db
      .update(courses)
      .set({ description: "편집자가 다듬은 설명", contact: "032-999-0000" })
      .where(eq(courses.externalId, externalId));

    // The list as 고용24 answers it in XML: the round with more seats, and a round the portal
    // does not hold (a list carries no hours, so it cannot be made from the file).
    const xml = create({ version: "1.0", encoding: "UTF-8" }).ele("HRDNet");
    xml.ele("scn_cnt").txt("2");
    const list = xml.ele("srchList");
    for (const row of [round("FILE0001", { yardMan: "30" }), round("FILE0002")]) {
      const item = list.ele("scn_list");
      for (const [name, value] of Object.entries(row)) item.ele(name).txt(value);
    }
    const { preview, applied } = await importFile(
      "course",
      file("hrd.xml", "text/xml", xml.doc().end()),
    );
    expect(preview.report).toMatchObject({
      applied: false,
      toAdd: [],
      toUpdate: [{ externalId, title: "파일 시험 과정 FILE0001", changed: ["capacity"] }],
      rejected: [
        { externalId: "w24-FILE0002-1", reason: expect.stringContaining("총 훈련시간(trtm)") },
      ],
      official: {
        label: "고용24 훈련과정 목록(310L01)",
        // The file has no contact: what the source last said stands for it, so the editor's
        // number stays marked as the editor's.
        kept: [{ externalId, fields: ["description", "contact"] }],
      },
    });
    expect(preview.message).toContain("아직 적용 안 함");
    expect(applied).toMatchObject({
      status: "ok",
      message: expect.stringContaining("적용했습니다"),
    });

    const [row] = await db.select().from(courses).where(eq(courses.externalId, externalId));
    expect(row).toMatchObject({
      source: "work24",
      capacity: 30,
      totalHours: 600,
      selfPayment: 500_000,
      contact: "032-999-0000",
      description: "편집자가 다듬은 설명",
    });
    expect(row!.sourceValues).toMatchObject({
      capacity: 30,
      _fingerprint: expect.stringMatching(/^file:/),
    });
    expect(await db.select().from(courses).where(eq(courses.externalId, "w24-FILE0002-1"))).toEqual(
      [],
    );
    // Search gets the change once the answer is sent, not at the next periodic drain.
    expect(await db.$count(searchOutbox, pendingOutbox)).toBeGreaterThan(0);
    for (const [task] of vi.mocked(afterResponse).mock.calls) await (task as () => Promise<void>)();
    expect(await db.$count(searchOutbox, pendingOutbox)).toBe(0);

    // The next sync completes the round with its details again; the source still says 20 seats,
    // and that is a change from the source, not an editor's value to keep.
    const next = await sync();
    expect(next.changed).toEqual([{ id: externalId, fields: ["capacity"] }]);
    expect(next.kept).toEqual([{ id: externalId, fields: ["description", "contact"] }]);
    const [after] = await db.select().from(courses).where(eq(courses.externalId, externalId));
    expect(after).toMatchObject({
      capacity: 20,
      description: "편집자가 다듬은 설명",
      contact: "032-999-0000",
    });
  });

  it("a 기업마당 RSS file adds Incheon's notices as published 기업마당 programs and leaves other regions out", async () => {
    const rss = create({ version: "1.0", encoding: "UTF-8" })
      .ele("rss", { version: "2.0" })
      .ele("channel");
    for (const [id, title, hashtags] of [
      ["PBLN_FILE00000001", "[인천] 파일 시험 지원사업", "인천,경영"],
      ["PBLN_FILE00000002", "[부산] 다른 지역 지원사업", "부산,경영"],
    ]) {
      const item = rss.ele("item");
      for (const [name, value] of Object.entries({
        pblancId: id!,
        pblancNm: title!,
        jrsdInsttNm: "중소벤처기업부",
        excInsttNm: "인천테크노파크",
        trgetNm: "중소기업",
        pldirSportRealmLclasCodeNm: "경영",
        bsnsSumryCn: "<p>경영 개선 비용을 지원합니다.</p>",
        reqstBeginEndDe: `${addDays(today, -1)} ~ ${addDays(today, 30)}`,
        reqstMthPapersCn: "<p>온라인 접수</p>",
        pblancUrl: `/web/lay1/bbs/S1T122C128/AS/74/view.do?pblancId=${id}`,
        hashtags: hashtags!,
      }))
        item.ele(name).txt(value);
    }
    const upload = file("bizinfo.xml", "application/rss+xml", rss.doc().end());
    const asOf = await catalogAsOf();
    const preview = (await submit(importRecords, {
      entity: "program",
      intent: "preview",
      file: upload,
    })) as Result;
    expect(preview.report?.toAdd.map((add) => add.title)).toEqual(["파일 시험 지원사업"]);
    // The preview writes nothing.
    expect(await db.select().from(programs).where(eq(programs.source, "bizinfo"))).toEqual([]);
    const applied = await submit(importRecords, {
      entity: "program",
      intent: "apply",
      file: upload,
      previewed: preview.report!.fingerprint,
    });
    expect(applied?.status).toBe("ok");
    const added = await db.select().from(programs).where(eq(programs.source, "bizinfo"));
    expect(added).toMatchObject([{ status: "published", summary: "경영 개선 비용을 지원합니다." }]);
    // A file is one answer: the catalog's "as of" date stays the last sync's.
    expect(await catalogAsOf()).toEqual(asOf);

    // Closed since (gone from the source): an old file does not open it again.
    await db.update(programs).set({ closedAt: new Date() }).where(eq(programs.source, "bizinfo"));
    const again = (await submit(importRecords, {
      entity: "program",
      intent: "preview",
      file: upload,
    })) as Result;
    expect(again.report?.rejected).toEqual([
      expect.objectContaining({ reason: expect.stringContaining("파일로는 다시 열지 않습니다") }),
    ]);
  });

  it("applies a previewed file whose rows are mostly refused: its valid rows, whatever ran in between", async () => {
    const rss = create({ version: "1.0", encoding: "UTF-8" })
      .ele("rss", { version: "2.0" })
      .ele("channel");
    for (const [id, period] of [
      ["PBLN_MOSTLY0000001", `${addDays(today, -1)} ~ ${addDays(today, 30)}`],
      ["PBLN_MOSTLY0000002", "2026-02-30 ~ 2026-03-10"],
      ["PBLN_MOSTLY0000003", "접수 마감"],
    ]) {
      const item = rss.ele("item");
      for (const [name, value] of Object.entries({
        pblancId: id!,
        pblancNm: `[인천] 대부분 거부 시험 ${id}`,
        jrsdInsttNm: "중소벤처기업부",
        trgetNm: "중소기업",
        pldirSportRealmLclasCodeNm: "경영",
        bsnsSumryCn: "<p>경영 개선 비용을 지원합니다.</p>",
        reqstBeginEndDe: period!,
        hashtags: "인천,경영",
      }))
        item.ele(name).txt(value);
    }
    const upload = file("mostly.xml", "application/rss+xml", rss.doc().end());
    const previewed = async () =>
      (await submit(importRecords, {
        entity: "program",
        intent: "preview",
        file: upload,
      })) as Result;
    // Previewed twice: the source's last run is then a preview, not a held run.
    await previewed();
    const preview = await previewed();
    expect(preview.report?.rejected).toHaveLength(2);
    const applied = await submit(importRecords, {
      entity: "program",
      intent: "apply",
      file: upload,
      previewed: preview.report!.fingerprint,
    });
    expect(applied).toMatchObject({ status: "ok" });
    const added = await db
      .select()
      .from(programs)
      .where(eq(programs.externalId, "bizinfo-pbln-mostly0000001"));
    expect(added).toHaveLength(1);
  });

  it("refuses an official file for the wrong kind of record, a broken one and XML of another shape, changing nothing", async () => {
    const policies = JSON.stringify({
      resultCode: 200,
      resultMessage: "성공",
      result: { pagging: { totCount: 0 }, youthPolicyList: [] },
    });
    const wrong = await submit(importRecords, {
      entity: "course",
      intent: "preview",
      file: file("youth.json", "application/json", policies),
    });
    expect(wrong).toMatchObject({
      status: "error",
      message:
        "온통청년 청년정책 파일은 지원사업입니다. ‘무엇을 가져올까요’에서 지원사업을 고르세요.",
    });
    const broken = await submit(importRecords, {
      entity: "course",
      intent: "preview",
      file: file("hrd.json", "application/json", JSON.stringify({ srchList: [] })),
    });
    expect(broken).toMatchObject({
      status: "error",
      fieldErrors: {
        file: expect.stringContaining("고용24 훈련과정 목록(310L01) 파일을 읽을 수 없습니다"),
      },
    });
    const other = await submit(importRecords, {
      entity: "course",
      intent: "preview",
      file: file("other.xml", "text/xml", "<courses><course/></courses>"),
    });
    expect(other).toMatchObject({
      status: "error",
      fieldErrors: { file: expect.stringContaining("고용24·기업마당 API의 응답 형식이 아닙니다") },
    });
  });
});
