import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { contentRoot, seedDatabase } from "@/lib/content/seed";
import { loadSeedContent } from "@/lib/content/loader";
import { courseSeedSchema } from "@/lib/content/schema";
import { migrateDatabase } from "@/lib/db/client";
import { search } from "@/lib/catalog/everything";
import { prepareSearchIndexes } from "../ready";
import { searchIndexes } from "../schema";
import { indexSettings } from "@/lib/catalog/index-settings";

// What residents type, and the record that must come back in the top 3. The seed content plus
// three fixture courses in the districts created on 2026-07-01 (their addresses use old names).
const here = path.dirname(new URL(import.meta.url).pathname);
const golden = z
  .array(
    z.strictObject({
      query: z.string().min(1),
      index: z.enum(searchIndexes),
      expect: z.string().startsWith("/"),
      why: z.string().min(1),
    }),
  )
  .min(40)
  .parse(JSON.parse(readFileSync(path.join(here, "golden-queries.json"), "utf8")));
const fixtures = z
  .array(courseSeedSchema)
  .parse(JSON.parse(readFileSync(path.join(here, "fixture-courses.json"), "utf8")));

describe("Korean search quality (golden queries, real Meilisearch)", () => {
  beforeAll(async () => {
    await migrateDatabase();
    const content = await loadSeedContent(contentRoot);
    await seedDatabase({ ...content, courses: [...content.courses, ...fixtures] });
    await prepareSearchIndexes(indexSettings, () => {});
  });

  it.each(golden)("$why: “$query” ($index) → $expect", async ({ query, index, expect: url }) => {
    const result = await search({ q: query, index, page: 1, pageSize: 3 });
    expect(result.fallback).toBe(false);
    expect(result.hits.map((hit) => hit.url)).toContain(url);
  });
});
