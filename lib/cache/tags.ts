import "server-only";
import { sql } from "drizzle-orm";
import pRetry from "p-retry";
import { updateTag } from "next/cache";
import { db } from "@/lib/db/client";
import { cacheTagExpirations } from "@/lib/db/schema";
import { TODAY_TAG } from "./handlers/today.mjs";

/**
 * The cache tags public reads carry ('use cache' + cacheTag) and writes expire. A page is built
 * from one or more of them; a write expires exactly the ones whose records it changed.
 */
export const cacheTags = {
  /** Lists across issues: /issues, the home page, feeds, the sitemap, tag pages, related articles. */
  issues: "issues",
  issue: (id: number) => `issue:${id}`,
  article: (id: number) => `article:${id}`,
  /**
   * Every public read of courses. Course pages list related courses, so they all depend on the
   * catalog as a whole; one tag per record would expire the same pages.
   */
  courses: "courses",
  programs: "programs",
  /** When the catalogs' data was last brought in (the home page's 자료 기준): every sync run. */
  catalogAsOf: "catalog-as-of",
  /** Everything worded from today's date (접수중, 마감 임박, D-day): expired at midnight in Seoul. */
  today: TODAY_TAG,
} as const;

/** The tag of a catalog's records. */
export const catalogTag = { course: cacheTags.courses, program: cacheTags.programs } as const;

/**
 * What a change reaching a search index touches: every public read searching that index (the
 * catalogs and cached search answers). An article's searches are read with the issue lists.
 */
export const searchedTag = { ...catalogTag, article: cacheTags.issues } as const;

/** What a change to the bulletin touches: the lists, the issue, and the article if one changed. */
export function bulletinTags(change: { issueId: number; articleId?: number }) {
  return [
    cacheTags.issues,
    cacheTags.issue(change.issueId),
    ...(change.articleId === undefined ? [] : [cacheTags.article(change.articleId)]),
  ];
}

const ROWS_PER_STATEMENT = 1_000;
const EXPIRY_RETRIES = 3;

/**
 * Records that these tags' pages are out of date, for every process serving the portal (the
 * cache handlers in lib/cache/handlers/ read the table). Called after the write has committed,
 * so no page can be rendered from the old rows after the expiry. In a server action the tags are
 * also expired in this process at once (updateTag), so the editor's next page is fresh.
 */
export async function expireCacheTags(tags: Iterable<string>) {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  const now = Date.now();
  // The write it follows has committed and will not run again (a scheduled publication is no
  // longer due, a sync's rows are unchanged next time), so a database busy for a moment must not
  // leave its pages stale: the rows are upserts, safe to write twice.
  await pRetry(
    async () => {
      for (let i = 0; i < unique.length; i += ROWS_PER_STATEMENT) {
        await db
          .insert(cacheTagExpirations)
          .values(unique.slice(i, i + ROWS_PER_STATEMENT).map((tag) => ({ tag, expiredAt: now })))
          .onConflictDoUpdate({
            target: cacheTagExpirations.tag,
            set: { expiredAt: sql`max(${cacheTagExpirations.expiredAt}, excluded.expired_at)` },
          });
      }
    },
    { retries: EXPIRY_RETRIES, minTimeout: 250, factor: 4 },
  );
  // This process's cache handlers at once (their state is shared on globalThis; in a script
  // there are none), then Next's own bookkeeping when in a server action.
  const local = (globalThis as { __portalCacheTagExpirations?: Map<string, number> })
    .__portalCacheTagExpirations;
  for (const tag of unique) {
    if (local && (local.get(tag) ?? 0) < now) local.set(tag, now);
    try {
      updateTag(tag);
    } catch {
      // Not in a server action (the scheduler, a sync, a script): the table row is enough.
    }
  }
}
