import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db, migrateDatabase } from "@/lib/db/client";
import {
  articleRevisions,
  articles,
  courses,
  programs,
  searchOutbox,
  users,
} from "@/lib/db/schema";
import { applyBulkOperation } from "@/lib/catalog/records";
import { SeedError } from "./loader";
import { contentRoot, seedFromContent } from "./seed";

async function counts() {
  return {
    courses: await db.$count(courses),
    programs: await db.$count(programs),
    articles: await db.$count(articles),
    revisions: await db.$count(articleRevisions),
    outbox: await db.$count(searchOutbox),
  };
}

function contentCopy() {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-content-"));
  cpSync(contentRoot, dir, { recursive: true });
  return dir;
}

describe("seeding", () => {
  beforeAll(async () => {
    await migrateDatabase();
  });

  it("writes the April 2024 issue, 14 courses and 10 programs, all published and queued for search", async () => {
    const report = await seedFromContent();
    expect(report.inserted).toBe(1 + 11 + 14 + 10);
    expect(await counts()).toEqual({
      courses: 14,
      programs: 10,
      articles: 11,
      revisions: 11,
      outbox: 11 + 14 + 10,
    });
    const [rent] = await db
      .select()
      .from(programs)
      .where(eq(programs.externalId, "youth-monthly-rent"));
    expect(rent).toMatchObject({
      status: "published",
      applyStart: "2024-04-12",
      applyEnd: "2025-02-25",
      maxAmountKrw: 2_400_000,
    });
    expect(rent!.articleId).not.toBeNull();
  });

  it("changes nothing when run a second time", async () => {
    const before = await counts();
    const report = await seedFromContent();
    expect(report).toEqual({ inserted: 0, refreshed: 0, unchanged: 36, keptEdited: 0 });
    expect(await counts()).toEqual(before);
  });

  it("never overwrites a row an editor has changed, even when the seed file changes", async () => {
    // An editor's save clears seed_hash (the workspace does this on every save).
    await db
      .update(courses)
      .set({ title: "편집자가 고친 제목", seedHash: null, version: 2 })
      .where(eq(courses.externalId, "kdt2023-robot-01"));
    const dir = contentCopy();
    const file = path.join(dir, "courses.json");
    const seeds = JSON.parse(readFileSync(file, "utf8"));
    seeds[0].title = "시드에서 바뀐 제목";
    seeds[1].description = "시드에서 바뀐 소개";
    writeFileSync(file, JSON.stringify(seeds));

    const report = await seedFromContent(dir);
    expect(report).toMatchObject({ refreshed: 1, keptEdited: 1 });
    const [edited] = await db
      .select()
      .from(courses)
      .where(eq(courses.externalId, seeds[0].externalId));
    expect(edited!.title).toBe("편집자가 고친 제목");
    const [refreshed] = await db
      .select()
      .from(courses)
      .where(eq(courses.externalId, seeds[1].externalId));
    expect(refreshed!.description).toBe("시드에서 바뀐 소개");
  });

  it("leaves a record an editor unpublished unpublished, even when its seed changes", async () => {
    const [program] = await db
      .select()
      .from(programs)
      .where(eq(programs.externalId, "startup-legal-aid"));
    const [editor] = await db
      .insert(users)
      .values({
        email: `seed-unpublish-${Date.now()}@example.com`,
        name: "편집",
        role: "editor",
        passwordHash: "x",
      })
      .returning();
    await db.transaction((tx) =>
      applyBulkOperation(tx, "program", [program!.id], "unpublish", editor!.id),
    );
    const dir = contentCopy();
    const file = path.join(dir, "programs.json");
    const seeds = JSON.parse(readFileSync(file, "utf8"));
    const seed = seeds.find(
      (each: { externalId: string }) => each.externalId === "startup-legal-aid",
    );
    seed.summary = "시드에서 바뀐 요약";
    writeFileSync(file, JSON.stringify(seeds));

    await seedFromContent(dir);
    const [after] = await db
      .select()
      .from(programs)
      .where(eq(programs.externalId, "startup-legal-aid"));
    expect(after).toMatchObject({ status: "draft", summary: program!.summary });
  });

  it("stops on a broken file, naming the file and the field, and writes nothing", async () => {
    const dir = contentCopy();
    const file = path.join(dir, "programs.json");
    const seeds = JSON.parse(readFileSync(file, "utf8"));
    seeds[0].title = "새 제목";
    seeds[3].applyEnd = "2025/02/25";
    writeFileSync(file, JSON.stringify(seeds));
    const before = await counts();

    const failure = await seedFromContent(dir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SeedError);
    expect((failure as SeedError).file).toBe(file);
    expect((failure as SeedError).field).toBe("3.applyEnd");
    expect(await counts()).toEqual(before);
    const [first] = await db
      .select()
      .from(programs)
      .where(eq(programs.externalId, seeds[0].externalId));
    expect(first!.title).not.toBe("새 제목");
  });

  it("names the article file whose front matter is invalid", async () => {
    const dir = contentCopy();
    const file = path.join(dir, "issues/2024-04/articles/07-youth-monthly-rent.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("section: policy", "section: opinion"));
    await expect(seedFromContent(dir)).rejects.toThrow(`${file}: section:`);
  });

  it("holds an issue file to the limits an editor's form has, in its words", async () => {
    const dir = contentCopy();
    const file = path.join(dir, "issues/2024-04/issue.json");
    const issue = JSON.parse(readFileSync(file, "utf8"));
    writeFileSync(file, JSON.stringify({ ...issue, title: "가".repeat(121) }));
    await expect(seedFromContent(dir)).rejects.toThrow("제목은 120자 이하로 입력하세요");
  });

  it("stores the current district when the data still uses a pre-2026 name", async () => {
    const dir = contentCopy();
    const file = path.join(dir, "courses.json");
    const seeds = JSON.parse(readFileSync(file, "utf8"));
    seeds[4] = { ...seeds[4], district: "중구", address: "인천광역시 중구 영종대로 100" };
    seeds[5] = { ...seeds[5], district: "강남구" };
    writeFileSync(file, JSON.stringify(seeds));
    await expect(seedFromContent(dir)).rejects.toThrow(
      "5.district: 인천의 군·구가 아닙니다: 강남구",
    );

    seeds[5] = { ...seeds[5], district: "서구", address: "인천광역시 서구 검단로 10" };
    writeFileSync(file, JSON.stringify(seeds));
    await seedFromContent(dir);
    const [yeongjong] = await db
      .select()
      .from(courses)
      .where(eq(courses.externalId, seeds[4].externalId));
    const [geomdan] = await db
      .select()
      .from(courses)
      .where(eq(courses.externalId, seeds[5].externalId));
    expect(yeongjong!.district).toBe("영종구");
    expect(geomdan!.district).toBe("검단구");
  });

  it("rejects a program that links to an article that does not exist", async () => {
    const dir = contentCopy();
    const file = path.join(dir, "programs.json");
    const seeds = JSON.parse(readFileSync(file, "utf8"));
    seeds[2].articleSlug = "no-such-article";
    writeFileSync(file, JSON.stringify(seeds));
    await expect(seedFromContent(dir)).rejects.toThrow(
      '2.articleSlug: no article with slug "no-such-article"',
    );
  });
});
