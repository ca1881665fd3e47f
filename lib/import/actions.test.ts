import { readFileSync } from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { contentRoot } from "@/lib/content/seed";
import { db } from "@/lib/db/client";
import { courses } from "@/lib/db/schema";
import { signInAs, submit } from "@/test/actions";
import { seededDatabase } from "@/test/db";
import { importRecords } from "./actions";
import { MAX_UPLOAD_BYTES } from "./limits";
import { importTemplate } from "./template";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders());
vi.mock("next/server", async () => (await import("@/test/next-request")).nextServer());

type Report = {
  fingerprint: string;
  toAdd: { externalId: string }[];
  toUpdate: { externalId: string; changed: string[] }[];
  rejected: { where: string; reason: string }[];
};

const newCourse = {
  externalId: "import-new-01",
  title: "가져온 데이터 분석 과정",
  provider: "인천 시험 훈련기관",
  trainingType: "K-디지털 트레이닝",
  field: "데이터 분석",
  district: "연수구",
  startDate: "2026-12-01",
  endDate: "2027-03-31",
  totalHours: "600",
  capacity: "20",
  cardEligible: "예",
  year: "2026",
  tags: "데이터;파이썬",
};

function csvFile(rows: Record<string, string>[], name = "courses.csv") {
  return new File([Papa.unparse(rows)], name, { type: "text/csv" });
}

async function courseCount() {
  return (await db.select({ n: count() }).from(courses))[0]!.n;
}

describe("importing the seed files themselves", () => {
  beforeAll(async () => {
    await seededDatabase();
    await signInAs("editor");
  });

  it.each([
    ["course", "courses.json"],
    ["program", "programs.json"],
  ])("reads content/%s's file as all unchanged", async (entity, file) => {
    const text = readFileSync(path.join(contentRoot, file), "utf8");
    const result = await submit(importRecords, {
      entity,
      intent: "preview",
      file: new File([text], file, { type: "application/json" }),
    });
    const report = (result as unknown as { report: Report & { unchanged: number } }).report;
    expect(report.rejected).toEqual([]);
    expect(report.toAdd).toEqual([]);
    expect(report.unchanged).toBe(JSON.parse(text).length);
  });
});

describe("import", () => {
  let existing: typeof courses.$inferSelect;

  beforeAll(async () => {
    await seededDatabase();
    await signInAs("editor");
    const [first] = await db.select().from(courses).limit(1);
    existing = first!;
  });

  function rows() {
    const changed = {
      ...newCourse,
      externalId: existing.externalId,
      title: `${existing.title} (개편)`,
    };
    const broken = {
      ...newCourse,
      externalId: "import-bad-01",
      totalHours: "많음",
    };
    const elsewhere = { ...newCourse, externalId: "import-bad-02", district: "서울 강남구" };
    return { changed, broken, elsewhere };
  }

  it("says in Korean where a JSON or CSV file is broken, and a CSV's unknown column once", async () => {
    const cases: [File, RegExp][] = [
      [
        new File(['[\n  {"externalId": "a",}\n]'], "broken.json", { type: "application/json" }),
        /^JSON 형식이 올바르지 않습니다: 2번째 줄 \d+번째 글자 근처/,
      ],
      [
        new File(['[{"externalId": "a"}'], "cut.json", { type: "application/json" }),
        /^JSON 형식이 올바르지 않습니다: /,
      ],
      [
        new File(['externalId,title\n"a,제목\n'], "quote.csv", { type: "text/csv" }),
        /^CSV 형식이 올바르지 않습니다\. .*큰따옴표/,
      ],
      [
        new File(["foo,bar\n1,2\n3,4\n"], "wrong.csv", { type: "text/csv" }),
        /^첫 줄에 알 수 없는 열이 있습니다: foo, bar\./,
      ],
    ];
    for (const [file, message] of cases) {
      const result = await submit(importRecords, { entity: "course", intent: "preview", file });
      expect(result, file.name).toMatchObject({
        status: "error",
        message: "이 파일은 가져올 수 없습니다. 파일 칸 아래의 안내를 확인하세요.",
        fieldErrors: { file: expect.stringMatching(message) },
      });
      // The engine's own English words are not passed on.
      expect((result as { fieldErrors?: Record<string, string> }).fieldErrors?.file).not.toMatch(
        /[A-Z][a-z]+ [a-z]+/,
      );
    }
  });

  it("reports, without writing, what a file would add, change and refuse (with the reason per row)", async () => {
    const before = await courseCount();
    const { changed, broken, elsewhere } = rows();
    const result = await submit(importRecords, {
      entity: "course",
      intent: "preview",
      file: csvFile([newCourse, changed, broken, elsewhere]),
    });
    expect(result.status).toBe("ok");
    const report = (result as unknown as { report: Report }).report;
    expect(report.toAdd.map((r) => r.externalId)).toEqual(["import-new-01"]);
    expect(report.toUpdate).toMatchObject([{ externalId: existing.externalId }]);
    expect(report.toUpdate[0]!.changed).toContain("title");
    expect(report.rejected).toMatchObject([
      // The reason names the field in Korean, without the column's English name in front.
      { where: "4번째 줄", reason: expect.stringMatching(/^총 훈련시간/) },
      { where: "5번째 줄", reason: expect.stringContaining("인천의 군·구가 아닙니다") },
    ]);
    expect(await courseCount()).toBe(before);
  });

  it("applies nothing while any row is refused", async () => {
    const before = await courseCount();
    const { changed, broken } = rows();
    const file = csvFile([newCourse, changed, broken]);
    const preview = await submit(importRecords, { entity: "course", intent: "preview", file });
    const fingerprint = (preview as unknown as { report: Report }).report.fingerprint;
    const result = await submit(importRecords, {
      entity: "course",
      intent: "apply",
      file,
      previewed: fingerprint,
    });
    expect(result).toMatchObject({ status: "error", code: "invalid" });
    expect(await courseCount()).toBe(before);
    const [same] = await db.select().from(courses).where(eq(courses.id, existing.id));
    expect(same!.title).toBe(existing.title);
  });

  it("applies nothing when a record the file names was saved after the preview", async () => {
    const before = await courseCount();
    const { changed } = rows();
    const file = csvFile([newCourse, changed]);
    const preview = await submit(importRecords, { entity: "course", intent: "preview", file });
    const fingerprint = (preview as unknown as { report: Report }).report.fingerprint;
    // Another editor fixes the course meanwhile.
    const [current] = await db.select().from(courses).where(eq(courses.id, existing.id));
    await db
      .update(courses)
      .set({ description: "미리 본 뒤에 고친 소개", version: current!.version + 1 })
      .where(eq(courses.id, existing.id));
    const result = await submit(importRecords, {
      entity: "course",
      intent: "apply",
      file,
      previewed: fingerprint,
    });
    expect(result).toMatchObject({
      status: "error",
      message: expect.stringContaining("미리 본 뒤에 다른 편집자나 동기화가"),
    });
    expect(await courseCount()).toBe(before);
    const [kept] = await db.select().from(courses).where(eq(courses.id, existing.id));
    expect(kept!.description).toBe("미리 본 뒤에 고친 소개");
    existing = kept!;
  });

  it("applies every row of the previewed file at once, new rows as drafts", async () => {
    const before = await courseCount();
    const { changed } = rows();
    const file = csvFile([newCourse, changed]);
    const preview = await submit(importRecords, { entity: "course", intent: "preview", file });
    const fingerprint = (preview as unknown as { report: Report }).report.fingerprint;

    const other = await submit(importRecords, {
      entity: "course",
      intent: "apply",
      file: csvFile([newCourse]),
      previewed: fingerprint,
    });
    expect(other).toMatchObject({
      status: "error",
      message: expect.stringContaining("미리 본 파일이나 선택과 다릅니다"),
    });

    const result = await submit(importRecords, {
      entity: "course",
      intent: "apply",
      file,
      previewed: fingerprint,
    });
    expect(result.status).toBe("ok");
    expect(await courseCount()).toBe(before + 1);
    const [added] = await db.select().from(courses).where(eq(courses.externalId, "import-new-01"));
    expect(added).toMatchObject({
      status: "draft",
      totalHours: 600,
      cardEligible: true,
      tags: ["데이터", "파이썬"],
    });
    const [updated] = await db.select().from(courses).where(eq(courses.id, existing.id));
    expect(updated).toMatchObject({
      title: `${existing.title} (개편)`,
      version: existing.version + 1,
    });
  });

  it("reads a JSON array in the shape of content/courses.json", async () => {
    const json = JSON.stringify([
      {
        ...newCourse,
        externalId: "import-json-01",
        totalHours: 40,
        capacity: 10,
        year: 2026,
        cardEligible: false,
        tags: ["JSON"],
      },
    ]);
    const result = await submit(importRecords, {
      entity: "course",
      intent: "preview",
      file: new File([json], "courses.json", { type: "application/json" }),
    });
    expect((result as unknown as { report: Report }).report.toAdd).toHaveLength(1);
  });

  it("refuses an oversized, empty, wrongly typed or non-UTF-8 upload before parsing", async () => {
    const cases: [File, string][] = [
      [
        new File([new Uint8Array(MAX_UPLOAD_BYTES + 1)], "big.csv", { type: "text/csv" }),
        "너무 큽니다",
      ],
      [new File([], "empty.csv", { type: "text/csv" }), "빈 파일"],
      [
        new File(["x"], "courses.xlsx", {
          type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }),
        "CSV(.csv), JSON(.json) 또는 XML(.xml)",
      ],
      [
        new File(["{}"], "courses.csv", { type: "image/png" }),
        "CSV(.csv), JSON(.json) 또는 XML(.xml)",
      ],
      [
        new File([new Uint8Array([0xb0, 0xfa, 0xc1, 0xa4])], "cp949.csv", { type: "text/csv" }),
        "UTF-8",
      ],
      [new File(['{"externalId": 1}'], "courses.json", { type: "application/json" }), "배열"],
    ];
    for (const [file, message] of cases) {
      const result = await submit(importRecords, { entity: "course", intent: "preview", file });
      expect(result, file.name).toMatchObject({
        status: "error",
        fieldErrors: { file: expect.stringContaining(message) },
      });
    }
  });

  it("leaves the fields of columns a file lacks as they are, and empties them only when asked", async () => {
    const [course] = await db.select().from(courses).where(eq(courses.externalId, "kdt2023-it-08"));
    expect(course!.provider).not.toBe("");
    expect(course!.tags.length).toBeGreaterThan(0);
    // A price list: only the ID, the title and the fee.
    const file = () =>
      csvFile(
        [
          {
            externalId: course!.externalId,
            title: `${course!.title} (가격 조정)`,
            tuition: "990000",
          },
        ],
        "prices.csv",
      );

    const preview = await submit(importRecords, {
      entity: "course",
      intent: "preview",
      file: file(),
    });
    const report = (preview as unknown as { report: Report }).report;
    expect(report.rejected).toEqual([]);
    expect(report.toUpdate).toMatchObject([{ externalId: course!.externalId }]);
    expect(report.toUpdate[0]!.changed.sort()).toEqual(["title", "tuition"]);
    const applied = await submit(importRecords, {
      entity: "course",
      intent: "apply",
      file: file(),
      previewed: report.fingerprint,
    });
    expect(applied.status).toBe("ok");
    const [after] = await db
      .select()
      .from(courses)
      .where(eq(courses.externalId, course!.externalId));
    expect(after).toMatchObject({
      title: `${course!.title} (가격 조정)`,
      tuition: 990000,
      provider: course!.provider,
      startDate: course!.startDate,
      tags: course!.tags,
      status: course!.status,
    });

    // Asked to empty them: the required ones are named, and nothing is written.
    const clearing = await submit(importRecords, {
      entity: "course",
      intent: "preview",
      file: file(),
      clearMissing: "yes",
    });
    const refused = (clearing as unknown as { report: Report }).report;
    expect(refused.toUpdate).toEqual([]);
    expect(refused.rejected[0]!.reason).toContain("훈련기관");
    // A preview made without the choice does not apply with it.
    const mismatch = await submit(importRecords, {
      entity: "course",
      intent: "apply",
      file: file(),
      clearMissing: "yes",
      previewed: report.fingerprint,
    });
    expect(mismatch).toMatchObject({
      status: "error",
      message: expect.stringContaining("미리 본"),
    });
  });

  it("reads its own template: the columns listed, filled in a spreadsheet, import as they are", async () => {
    const { csv } = importTemplate("course");
    const columns = Papa.parse<string[]>(csv.replace(/^\uFEFF/, "")).data[0]!;
    const row = columns.map((column) => (newCourse as Record<string, string>)[column] ?? "");
    const filled = `${csv}${Papa.unparse([row])}\r\n`;
    const result = await submit(importRecords, {
      entity: "course",
      intent: "preview",
      file: new File([filled.replace("import-new-01", "import-template-01")], "filled.csv", {
        type: "text/csv",
      }),
    });
    const report = (result as unknown as { report: Report }).report;
    expect(report.rejected).toEqual([]);
    expect(report.toAdd.map((r) => r.externalId)).toEqual(["import-template-01"]);
  });
});
