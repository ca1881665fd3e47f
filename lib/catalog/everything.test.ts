import { fixtureCourse } from "@/test/fixture-course";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSeedContent } from "@/lib/content/loader";
import { contentRoot, seedDatabase } from "@/lib/content/seed";
import { addDays, todayInSeoul } from "@/lib/dates/dates";
import { migrateDatabase } from "@/lib/db/client";
import { search, searchByType } from "./everything";
import { searchDatabase } from "./fallback";
import { prepareSearchIndexes } from "@/lib/search/ready";
import { indexSettings } from "@/lib/catalog/index-settings";

// Forty courses that all name 반도체 in their title, description and tags outrank every article
// and program that mentions it, so the merged first page of a search across everything holds
// courses only.
// Open today: a search ranks what is over after everything else.
const today = todayInSeoul();
const crowd = Array.from({ length: 40 }, (_, i) => ({
  ...fixtureCourse,
  startDate: addDays(today, 14),
  endDate: addDays(today, 180),
  externalId: `fx-semiconductor-${i}`,
  title: `반도체 장비 유지보수 과정 ${i + 1}기`,
  description: "반도체 장비를 다루는 반도체 공정 실무 과정입니다.",
  tags: ["반도체"],
}));

describe("search grouped by type", () => {
  beforeAll(async () => {
    await migrateDatabase();
    const content = await loadSeedContent(contentRoot);
    await seedDatabase({ ...content, courses: [...content.courses, ...crowd] });
    await prepareSearchIndexes(indexSettings, () => {});
  });

  it("searches a word still being typed by its finished syllables, not by its lone jamo", async () => {
    // 청ㄴ on the way to 청년: ㄴ alone matched 늘, 노 … in article bodies and ranked them first.
    const ids = async (q: string) =>
      (await search({ q, index: "all", page: 1, pageSize: 8 })).hits.map((hit) => hit.id);
    const typed = await ids("청");
    expect(typed.length).toBeGreaterThan(0);
    expect(await ids("청ㄴ")).toEqual(typed);
    // The database, answering while Meilisearch is away, reads it the same way.
    const stored = async (q: string) =>
      (await searchDatabase({ q, index: "all", page: 1, pageSize: 8 })).hits.map((hit) => hit.id);
    expect((await stored("청")).length).toBeGreaterThan(0);
    expect(await stored("청ㄴ")).toEqual(await stored("청"));
  });

  it("shows every type that has matches, even when another type fills the merged first page", async () => {
    const merged = await search({ q: "반도체", index: "all", page: 1, pageSize: 30 });
    expect(merged.fallback).toBe(false);
    expect(merged.counts!.article).toBeGreaterThan(0);
    expect(merged.hits.filter((hit) => hit.type === "article")).toHaveLength(0);

    const { groups, total, fallback } = await searchByType("반도체", 5);
    expect(fallback).toBe(false);
    expect(total).toBe(merged.total);
    const group = (type: string) => groups.find((g) => g.type === type)!;
    expect(group("course").hits).toHaveLength(5);
    expect(group("course").total).toBeGreaterThanOrEqual(40);
    expect(group("article").total).toBe(merged.counts!.article);
    expect(group("article").hits.length).toBe(Math.min(5, merged.counts!.article));
    expect(group("article").hits.every((hit) => hit.type === "article")).toBe(true);
  });

  it("lists first the type of the best hit: an article's own title puts articles above courses", async () => {
    const q = "인천의 K-디지털 트레이닝 현황과 성과";
    const merged = await search({ q, index: "all", page: 1, pageSize: 30 });
    expect(merged.hits[0]).toMatchObject({ type: "article", title: q });
    expect(merged.counts!.course).toBeGreaterThan(0);
    const { groups } = await searchByType(q, 5);
    expect(groups.map((group) => group.type).slice(0, 2)).toEqual(["article", "course"]);
    expect(groups[0]!.hits[0]!.title).toBe(q);
    // Without a better hit elsewhere, courses keep their place first.
    expect((await searchByType("반도체", 5)).groups[0]!.type).toBe("course");
  });

  it("leaves out the types without matches, and returns no groups when nothing matches", async () => {
    const { groups } = await searchByType("반도체", 5);
    const merged = await search({ q: "반도체", index: "all", page: 1, pageSize: 1 });
    expect(groups.map((group) => group.type).sort()).toEqual(
      (["article", "course", "program"] as const).filter((type) => merged.counts![type] > 0).sort(),
    );
    expect((await searchByType("존재하지않는검색어쀏", 5)).groups).toEqual([]);
  });
});
