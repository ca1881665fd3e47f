import { fixtureCourse } from "@/test/fixture-course";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeedContent } from "@/lib/content/loader";
import { contentRoot, seedDatabase } from "@/lib/content/seed";
import { migrateDatabase } from "@/lib/db/client";
import { indexSettings } from "@/lib/catalog/index-settings";
import { addDays, todayInSeoul } from "@/lib/dates/dates";
import { connectSearch } from "@/lib/search/client";
import { prepareSearchIndexes } from "@/lib/search/ready";
import { seededDatabase } from "@/test/db";
import { searchCourseCatalog, suggestWithoutFilters } from "./catalog";
import type { CourseParams } from "./filters";

const liveServer = { url: process.env.MEILI_URL!, key: process.env.MEILI_MASTER_KEY };

describe("suggestions for a course search that finds nothing", () => {
  const params = { q: "로봇", district: ["옹진군"] } as unknown as CourseParams;
  const chips = [{ label: "옹진군", without: { district: [] } }];

  beforeAll(async () => {
    await seededDatabase();
    await prepareSearchIndexes(indexSettings, () => {});
  });
  afterAll(() => connectSearch(liveServer));

  // The catalog page keeps what the database answered a minute, not until the next write.
  it("say whether the database gave them while Meilisearch was away", async () => {
    const live = await suggestWithoutFilters(params, chips, todayInSeoul());
    expect(live.near.length).toBeGreaterThan(0);
    expect(live.fallback).toBe(false);
    connectSearch({ url: "http://127.0.0.1:9" });
    const away = await suggestWithoutFilters(params, chips, todayInSeoul());
    expect(away.near.map((course) => course.externalId)).toEqual(
      live.near.map((course) => course.externalId),
    );
    expect(away.fallback).toBe(true);
  });
});

describe("the 지역 filter's counts", () => {
  beforeAll(async () => {
    await migrateDatabase();
    const content = await loadSeedContent(contentRoot);
    const today = todayInSeoul();
    // One course in each part of the old 중구 and 서구.
    const parts = ["제물포구", "영종구", "서구", "검단구", "검단구"].map((district, i) => ({
      ...fixtureCourse,
      externalId: `fx-district-${i}`,
      title: `지역 시험 과정 ${i + 1}`,
      district,
      startDate: addDays(today, 14),
      endDate: addDays(today, 90),
    }));
    await seedDatabase({ ...content, courses: [...content.courses, ...parts] });
    await prepareSearchIndexes(indexSettings, () => {});
  });

  it("read what choosing each lists, an old name's too", async () => {
    for (const district of ["중구", "서구", "검단구"]) {
      const catalog = await searchCourseCatalog({ district: [district] }, todayInSeoul());
      const option = catalog.facets.district.find((each) => each.value === district);
      expect(catalog.total, district).toBeGreaterThan(0);
      expect(option?.count, district).toBe(catalog.total);
    }
  });
});
