import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexSettings } from "@/lib/catalog/index-settings";
import { todayInSeoul } from "@/lib/dates/dates";
import { connectSearch } from "@/lib/search/client";
import { prepareSearchIndexes } from "@/lib/search/ready";
import { seededDatabase } from "@/test/db";
import { suggestWithoutFilters } from "./catalog";
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
