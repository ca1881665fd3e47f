import { beforeAll, describe, expect, it, vi } from "vitest";
import { cacheTags, expireCacheTags } from "@/lib/cache/tags";
import { migrateDatabase } from "@/lib/db/client";
import dataCache from "./data.mjs";
import PortalPageCache from "./pages.mjs";
import { lastMidnightInSeoul } from "./today.mjs";

// The handlers read expirations at most once a second; a little more than that is enough.
const afterNextRefresh = () => new Promise((resolve) => setTimeout(resolve, 1_100));

const page = (tags: string[]) => ({
  kind: "APP_PAGE",
  html: "<p>기사</p>",
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": tags.join(",") },
  status: 200,
});

const entry = (text: string, tags: string[]) => ({
  value: new Response(text).body!,
  tags,
  stale: 300,
  timestamp: Date.now(),
  expire: 31_536_000,
  revalidate: 900,
});

describe("the page and data caches", () => {
  beforeAll(async () => {
    await migrateDatabase();
  });

  it("serve a page until a tag it was built from is expired by a write, in any process", async () => {
    const cache = new PortalPageCache();
    await cache.set("/issues/2024-04/a", page(["_N_T_/issues/2024-04/a", "article:1", "issues"]));
    await cache.set("/courses/x", page(["_N_T_/courses/x", "courses"]));
    const served = (await cache.get("/issues/2024-04/a"))?.value.html;
    // Kept as the bytes sent, so a hit is not encoded again (see withHtmlAsBytes).
    expect(Buffer.isBuffer(served)).toBe(true);
    expect(String(served)).toBe("<p>기사</p>");

    // What an editor's save, the scheduler or `npm run sync` does after committing.
    await expireCacheTags(["article:1"]);
    await afterNextRefresh();

    expect(await cache.get("/issues/2024-04/a")).toBeNull();
    expect(String((await cache.get("/courses/x"))?.value.html)).toBe("<p>기사</p>");
  });

  it("serve 'use cache' results as fresh streams until their tags or path tags expire", async () => {
    await dataCache.set("a", Promise.resolve(entry("인천", ["courses"])));
    await dataCache.set("b", Promise.resolve(entry("부평", ["programs"])));
    for (const read of [1, 2]) {
      const hit = await dataCache.get("a", []);
      expect(await new Response(hit!.value).text(), `read ${read}`).toBe("인천");
    }

    await expireCacheTags(["courses", "_N_T_/programs/layout"]);
    await afterNextRefresh();
    await dataCache.refreshTags();

    expect(await dataCache.get("a", [])).toBeUndefined();
    // Its own tags are fine, but the page's path was revalidated.
    expect(await dataCache.get("b", ["_N_T_/programs/layout"])).toBeUndefined();
    expect(await dataCache.getExpiration(["courses"])).toBeGreaterThan(0);
  });

  it("take what was worded from yesterday's date for out of date after midnight in Seoul, with no write", async () => {
    const midnight = lastMidnightInSeoul(Date.now());
    // Rendered a minute before midnight, as a D-1 that now reads D-Day.
    await dataCache.set(
      "yesterday",
      Promise.resolve({ ...entry("D-1", [cacheTags.today]), timestamp: midnight - 60_000 }),
    );
    await dataCache.set("today", Promise.resolve(entry("D-Day", [cacheTags.today])));
    await dataCache.refreshTags();
    expect(await dataCache.get("yesterday", [])).toBeUndefined();
    expect(await new Response((await dataCache.get("today", []))!.value).text()).toBe("D-Day");
    expect(await dataCache.getExpiration([cacheTags.today])).toBe(midnight);

    // Whole pages: one stored at 23:59 is rendered again at 00:00:01; one without the tag is not.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.parse("2026-12-06T14:59:00Z") });
    try {
      const cache = new PortalPageCache();
      await cache.set("/programs/a", page(["_N_T_/programs/a", cacheTags.today]));
      await cache.set("/issues", page(["_N_T_/issues", "issues"]));
      expect(await cache.get("/programs/a")).not.toBeNull();
      vi.setSystemTime(Date.parse("2026-12-06T15:00:01Z"));
      expect(await cache.get("/programs/a")).toBeNull();
      expect(String((await cache.get("/issues"))?.value.html)).toBe("<p>기사</p>");
    } finally {
      vi.useRealTimers();
    }
  });

  it("take a 'use cache' result computed before a write as out of date, whatever Next's clock said", async () => {
    // Next dates a result by the monotonic clock; here it runs two seconds ahead of the wall
    // clock, as after the wall clock was stepped back.
    await dataCache.set(
      "ahead",
      Promise.resolve({ ...entry("옛 제목", ["article:77"]), timestamp: Date.now() + 2_000 }),
    );
    await expireCacheTags(["article:77"]);
    await afterNextRefresh();
    await dataCache.refreshTags();
    expect(await dataCache.get("ahead", [])).toBeUndefined();
  });

  it("keep nothing from a value whose render failed", async () => {
    await dataCache.set("broken", Promise.reject(new Error("render failed")));
    expect(await dataCache.get("broken", [])).toBeUndefined();
  });
});

describe("midnight in Seoul", () => {
  it("is 15:00 UTC of the day before, the moment the date in Korea turns", () => {
    expect(lastMidnightInSeoul(Date.parse("2026-12-05T14:59:59.999Z"))).toBe(
      Date.parse("2026-12-04T15:00:00Z"),
    );
    expect(lastMidnightInSeoul(Date.parse("2026-12-05T15:00:00Z"))).toBe(
      Date.parse("2026-12-05T15:00:00Z"),
    );
    // 00:30 in Seoul on New Year's Day, still the old year in UTC.
    expect(lastMidnightInSeoul(Date.parse("2026-12-31T15:30:00Z"))).toBe(
      Date.parse("2026-12-31T15:00:00Z"),
    );
  });
});
