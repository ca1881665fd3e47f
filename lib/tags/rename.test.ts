import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  articleRevisions,
  articles,
  cacheTagExpirations,
  programs,
  searchOutbox,
} from "@/lib/db/schema";
import { signInAs, submit } from "@/test/actions";
import { seededDatabase } from "@/test/db";
import { renameTagAction } from "./actions";
import { tagUsage } from "./known";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders());
vi.mock("next/server", async () => (await import("@/test/next-request")).nextServer());

const expiredAt = async (tag: string) =>
  (await db.select().from(cacheTagExpirations).where(eq(cacheTagExpirations.tag, tag)))[0]
    ?.expiredAt ?? 0;

const uses = async (tag: string) =>
  (await tagUsage()).find((usage) => usage.tag === tag)?.uses ?? 0;

describe("renaming and merging tags", () => {
  beforeAll(async () => {
    await seededDatabase();
    await signInAs("admin");
  });

  it("renames a tag on every record, each with a new version and a trip to the search index", async () => {
    const before = await uses("청년");
    expect(before).toBeGreaterThan(1);
    const [rent] = await db
      .select()
      .from(programs)
      .where(eq(programs.externalId, "youth-monthly-rent"));
    const result = await submit(renameTagAction, { from: "청년", to: "청년층" });
    expect(result).toMatchObject({
      status: "ok",
      message: expect.stringContaining("‘청년층’으로 바꿨습니다"),
    });
    expect(await uses("청년")).toBe(0);
    expect(await uses("청년층")).toBe(before);
    const [renamed] = await db
      .select()
      .from(programs)
      .where(eq(programs.externalId, "youth-monthly-rent"));
    expect(renamed).toMatchObject({ version: rent!.version + 1, seedHash: null });
    expect(renamed!.tags).toContain("청년층");
    const queued = await db
      .select()
      .from(searchOutbox)
      .where(eq(searchOutbox.documentId, "youth-monthly-rent"));
    expect(queued.length).toBeGreaterThan(0);
  });

  it("merges into a tag already in use without doubling it on a record that had both", async () => {
    const [article] = await db.select().from(articles).limit(1);
    await db
      .update(articles)
      .set({ tags: ["청년층", "주거"] })
      .where(eq(articles.id, article!.id));
    const submittedAt = Date.now();
    const result = await submit(renameTagAction, { from: "청년층", to: "주거" });
    expect(result).toMatchObject({
      status: "ok",
      message: expect.stringContaining("‘주거’ 태그에 합쳤습니다"),
    });
    const [merged] = await db.select().from(articles).where(eq(articles.id, article!.id));
    expect(merged!.tags).toEqual(["주거"]);
    // The article's page and its issue's page show its tags: both are built again.
    expect(await expiredAt(`article:${article!.id}`)).toBeGreaterThanOrEqual(submittedAt);
    expect(await expiredAt(`issue:${article!.issueId}`)).toBeGreaterThanOrEqual(submittedAt);
    const revisions = await db
      .select()
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, article!.id));
    expect(revisions.at(-1)).toMatchObject({ version: merged!.version, tags: ["주거"] });
  });

  it("refuses an unknown tag or the same name, and editors altogether", async () => {
    expect(await submit(renameTagAction, { from: "없는태그", to: "다른태그" })).toMatchObject({
      status: "error",
      fieldErrors: { from: "목록에 있는 태그를 고르세요" },
    });
    expect(await submit(renameTagAction, { from: "주거", to: "주거" })).toMatchObject({
      status: "error",
      fieldErrors: { to: "지금과 다른 이름을 입력하세요" },
    });
    // One name, not two: each record's tag field would split it at its next save.
    for (const to of ["청년, 주거", "청년;주거", "청년，주거"])
      expect(await submit(renameTagAction, { from: "주거", to })).toMatchObject({
        status: "error",
        fieldErrors: { to: expect.stringContaining("쉼표(,)나 세미콜론(;)은 쓸 수 없습니다") },
      });
    await signInAs("editor");
    expect(await submit(renameTagAction, { from: "주거", to: "집" })).toMatchObject({
      status: "error",
      code: "forbidden",
    });
    expect(await uses("주거")).toBeGreaterThan(0);
  });
});
