import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { programs, type Program } from "@/lib/db/schema";
import { signInAs, submit } from "@/test/actions";
import { seededDatabase } from "@/test/db";
import { bulkUpdatePrograms, deleteProgram, saveProgram } from "./actions";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders());
vi.mock("next/server", async () => (await import("@/test/next-request")).nextServer());

const load = async (externalId: string) =>
  (await db.select().from(programs).where(eq(programs.externalId, externalId)))[0]!;

/** The edit form of a program as the browser sends it, with some fields changed. */
function form(program: Program, changes: Record<string, string | string[]>) {
  const fields: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(program)) {
    if (["eligibleApplicants", "eligibleAreas"].includes(key)) fields[key] = value as string[];
    else if (Array.isArray(value)) fields[key] = value.join(", ");
    else if (value !== null && typeof value !== "object") fields[key] = String(value);
  }
  for (const key of ["isSample", "applyLater", "periodInNotice"])
    if (fields[key] === "false") delete fields[key];
  return { ...fields, ...changes };
}

describe("a program's eligibility in the workspace", () => {
  beforeAll(async () => {
    await seededDatabase();
    await signInAs("editor");
  });

  it("saves who may apply and where, as the checkboxes send them", async () => {
    const program = await load("startup-legal-aid");
    const result = await submit(
      saveProgram,
      form(program, {
        eligibleApplicants: ["prospective_founder", "sme_owner"],
        eligibleAreas: ["연수구", "남동구"],
        incomeRule: "매출 30억 원 이하 기업",
      }),
    );
    expect(result).toMatchObject({ status: "ok" });
    // Kept in the lists' own order, whatever order the boxes were sent in.
    expect(await load("startup-legal-aid")).toMatchObject({
      eligibleApplicants: ["sme_owner", "prospective_founder"],
      eligibleAreas: ["연수구", "남동구"],
      incomeRule: "매출 30억 원 이하 기업",
      version: program.version + 1,
    });
  });

  it("makes no version when a save changes nothing", async () => {
    const program = await load("youth-monthly-rent");
    const result = await submit(saveProgram, form(program, {}));
    expect(result).toMatchObject({ status: "ok", message: "바뀐 내용이 없어 그대로 두었습니다." });
    expect((await load("youth-monthly-rent")).version).toBe(program.version);
  });

  it("refuses ‘누구나’ beside other applicants and keeps the ticked boxes, changing nothing", async () => {
    const program = await load("youth-monthly-rent");
    const result = await submit(
      saveProgram,
      form(program, { eligibleApplicants: ["anyone", "student"], eligibleAreas: ["해운대구"] }),
    );
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: { eligibleAreas: expect.stringContaining("인천 전역") },
      values: { eligibleApplicants: "anyone,student" },
    });
    const fixed = await submit(
      saveProgram,
      form(program, { eligibleApplicants: ["anyone", "student"] }),
    );
    expect(fixed).toMatchObject({
      status: "error",
      fieldErrors: { eligibleApplicants: "‘누구나’를 고르면 다른 대상은 고르지 않습니다" },
    });
    expect(await load("youth-monthly-rent")).toMatchObject({
      eligibleApplicants: ["anyone"],
      version: program.version,
    });
  });
});

describe("what a program's dates bound", () => {
  beforeAll(async () => {
    await seededDatabase();
    await signInAs("editor");
  });

  it("is the application unless the editor says the programme itself (a plan or pilot)", async () => {
    const program = await load("hyperscale-ai-support");
    expect(program.periodKind).toBe("application");
    const result = await submit(saveProgram, form(program, { periodKind: "operation" }));
    expect(result).toMatchObject({ status: "ok" });
    expect((await load("hyperscale-ai-support")).periodKind).toBe("operation");
  });

  it("shows 공고 참조 only without dates, and refuses it beside them, changing nothing", async () => {
    const program = await load("youth-monthly-rent");
    expect(program.applyEnd).not.toBeNull();
    const refused = await submit(saveProgram, form(program, { periodInNotice: "on" }));
    expect(refused).toMatchObject({
      status: "error",
      fieldErrors: {
        periodInNotice: "‘공고 참조’는 접수 시작일·마감일과 ‘추후 공지’ 없이 고릅니다",
      },
    });
    expect(await load("youth-monthly-rent")).toMatchObject({
      periodInNotice: false,
      version: program.version,
    });
    const saved = await submit(
      saveProgram,
      form(program, { periodInNotice: "on", applyStart: "", applyEnd: "", periodNote: "" }),
    );
    expect(saved).toMatchObject({ status: "ok" });
    expect(await load("youth-monthly-rent")).toMatchObject({
      periodInNotice: true,
      applyStart: null,
      applyEnd: null,
      version: program.version + 1,
    });
  });

  it("refuses a value it does not know, changing nothing", async () => {
    const program = await load("root-industry-plan");
    const result = await submit(saveProgram, form(program, { periodKind: "forever" }));
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: { periodKind: expect.stringContaining("기간의 뜻은") },
    });
    expect(await load("root-industry-plan")).toMatchObject({
      periodKind: "operation",
      version: program.version,
    });
  });
});

describe("a program an official source feeds, in the workspace", () => {
  beforeAll(async () => {
    await seededDatabase();
    await signInAs("editor");
    // As a 기업마당 sync leaves it.
    await db
      .update(programs)
      .set({ source: "bizinfo" })
      .where(eq(programs.externalId, "overseas-procurement"));
  });

  it("cannot be deleted, alone or among the editors' own: the refusal says why, and nothing goes", async () => {
    const sourced = await load("overseas-procurement");
    const own = await load("goyang-ollae");
    expect(await submit(deleteProgram, { id: String(sourced.id) })).toMatchObject({
      status: "error",
      message: expect.stringContaining(
        "기업마당에서 가져온 지원사업은 삭제해도 다음 동기화 때 다시 들어옵니다. 공개하지 않으려면 발행을 취소하세요.",
      ),
    });
    expect(
      await submit(bulkUpdatePrograms, {
        ids: [String(own.id), String(sourced.id)],
        operation: "delete",
      }),
    ).toMatchObject({
      status: "error",
      message: expect.stringContaining("아무것도 삭제하지 않았습니다"),
    });
    expect(await load("overseas-procurement")).toEqual(sourced);
    expect(await load("goyang-ollae")).toEqual(own);
    // Unpublishing is the way, and a sync leaves the status alone.
    expect(
      await submit(bulkUpdatePrograms, { ids: [String(sourced.id)], operation: "unpublish" }),
    ).toMatchObject({ status: "ok" });
  });

  it("keeps the ID its source knows it by: a changed one is refused on the field, changing nothing", async () => {
    const sourced = await load("overseas-procurement");
    const result = await submit(
      saveProgram,
      form(sourced, { externalId: "renamed-procurement", title: "새 이름" }),
    );
    expect(result).toMatchObject({
      status: "error",
      code: "invalid",
      fieldErrors: { externalId: expect.stringContaining("기업마당의 ID라 바꿀 수 없습니다") },
      values: { title: "새 이름" },
    });
    expect(await load("overseas-procurement")).toEqual(sourced);
    // Its other fields stay the editor's to change.
    expect(await submit(saveProgram, form(sourced, { title: "새 이름" }))).toMatchObject({
      status: "ok",
    });
  });
});
