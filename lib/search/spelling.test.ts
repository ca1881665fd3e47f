import { beforeAll, describe, expect, it } from "vitest";
import { loadSeedContent } from "@/lib/content/loader";
import { contentRoot, seedDatabase } from "@/lib/content/seed";
import { migrateDatabase } from "@/lib/db/client";
import type { IndexName } from "./indexes";
import { search } from "@/lib/catalog/everything";
import { prepareSearchIndexes } from "./ready";
import { suggestQuery } from "./spelling";
import { indexSettings } from "@/lib/catalog/index-settings";

const total = (index: IndexName) => async (q: string) =>
  (await search({ q, index, page: 1, pageSize: 1 })).total;

const suggest = (q: string, index: IndexName = "courses", searchAvailable = true) =>
  suggestQuery(q, [index], total(index), { searchAvailable });

describe("query suggestions (real Meilisearch)", () => {
  beforeAll(async () => {
    await migrateDatabase();
    await seedDatabase(await loadSeedContent(contentRoot));
    await prepareSearchIndexes(indexSettings, () => {});
  });

  it("corrects one wrong syllable that the Korean segmenter then splits apart", async () => {
    // Meilisearch finds nothing for 풀스텍, and only unrelated 반도… matches for 반도채.
    expect((await search({ q: "풀스텍", index: "courses", page: 1, pageSize: 3 })).total).toBe(0);
    expect(await suggest("풀스텍")).toEqual({ q: "풀스택", count: 1, reason: "spelling" });
    expect(await suggest("자바 풀스텍")).toMatchObject({ q: "자바 풀스택" });
    expect(await suggest("반도채")).toMatchObject({ q: "반도체", reason: "spelling" });
  });

  it("leaves correct words, particles, prefixes and unrelated words alone", async () => {
    for (const q of ["풀스택", "스마트팩토리를", "스마트팩", "인천", "AI 과정"]) {
      expect(await suggest(q), q).toBeNull();
    }
    expect(await suggest("청년 월세", "programs")).toBeNull();
  });

  it("reads Latin letters typed in English mode as Hangul, even without Meilisearch", async () => {
    expect(await suggest("vkdlTjs")).toMatchObject({ q: "파이썬", reason: "keyboard" });
    expect(await suggest("vkdlTjs", "courses", false)).toMatchObject({ q: "파이썬" });
    // The spelling check needs Meilisearch; when the page already fell back it is skipped.
    expect(await suggest("풀스텍", "courses", false)).toBeNull();
  });

  it("offers nothing that finds nothing either", async () => {
    const none = async () => 0;
    expect(await suggestQuery("vkdlTjs", ["courses"], none, { searchAvailable: true })).toBeNull();
    expect(await suggestQuery("풀스텍", ["courses"], none, { searchAvailable: true })).toBeNull();
  });
});
