// @ts-check
import { createClient } from "@libsql/client";
import { databaseLocation } from "../../db/location.mjs";
import { lastMidnightInSeoul, TODAY_TAG } from "./today.mjs";

// The Next server's view of cache_tag_expirations, shared by both cache handlers. Every write of
// content, from any process (editors' actions, the scheduler, `npm run sync`), records the tags it
// touched there (lib/cache/tags.ts); this process reads what changed at most once a second.

const REFRESH_MS = 1_000;
// Rows are read again for this long after they were first seen: a writer whose clock or commit ran
// a little behind another's is still picked up.
const OVERLAP_MS = 5_000;

const location = databaseLocation(process.env);
const client = createClient({ url: location.url, authToken: location.authToken });

/**
 * Shared on globalThis: lib/cache/tags.ts, bundled into the server's own code, expires tags here
 * directly after a write, so this process never serves what it has just changed; lib/cache/memo.ts
 * reads them (and refreshes them) for the answers it keeps.
 */
const shared =
  /** @type {{ __portalCacheTagExpirations?: Map<string, number>; __portalRefreshCacheTagExpirations?: () => Promise<void> }} */ (
    globalThis
  );
const expiredAt = (shared.__portalCacheTagExpirations ??= new Map());
// Entries made before this process started do not exist, so older expirations never matter.
let readFrom = Date.now() - OVERLAP_MS;
let lastRefresh = 0;
/** @type {Promise<void> | null} */
let refreshing = null;

function remember(/** @type {string} */ tag, /** @type {number} */ at) {
  if ((expiredAt.get(tag) ?? 0) < at) expiredAt.set(tag, at);
}

/** Today's tag expires at midnight in Seoul (today.mjs); asked each time, as cheap as a read. */
function rememberMidnight() {
  remember(TODAY_TAG, lastMidnightInSeoul(Date.now()));
}

/** Reads expirations written since the last look (at most once per REFRESH_MS). */
export function refreshTagExpirations() {
  rememberMidnight();
  if (refreshing) return refreshing;
  if (Date.now() - lastRefresh < REFRESH_MS) return Promise.resolve();
  lastRefresh = Date.now();
  refreshing = client
    .execute({
      sql: "select tag, expired_at from cache_tag_expirations where expired_at > ?",
      args: [readFrom],
    })
    .then(({ rows }) => {
      let newest = readFrom + OVERLAP_MS;
      for (const row of rows) {
        const at = Number(row.expired_at);
        remember(String(row.tag), at);
        newest = Math.max(newest, at);
      }
      readFrom = newest - OVERLAP_MS;
    })
    .catch((/** @type {Error} */ error) => {
      // Pages stay as cached until the database answers again; a failed read is not a failed page.
      console.warn(`cache: could not read tag expirations (${error.message})`);
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

shared.__portalRefreshCacheTagExpirations = refreshTagExpirations;

/** Whether any of the tags was expired at or after `timestamp` (ms). */
export function expiredSince(
  /** @type {readonly string[]} */ tags,
  /** @type {number} */ timestamp,
) {
  rememberMidnight();
  return tags.some((tag) => (expiredAt.get(tag) ?? 0) >= timestamp);
}

/** The latest expiration among the tags, 0 if none. */
export function latestExpiration(/** @type {readonly string[]} */ tags) {
  rememberMidnight();
  return tags.reduce((latest, tag) => Math.max(latest, expiredAt.get(tag) ?? 0), 0);
}

/**
 * Expires tags in this process at once (Next calls this for updateTag in a server action). Other
 * processes learn of it from the row lib/cache/tags.ts writes in the same action.
 */
export function expireHere(/** @type {readonly string[]} */ tags) {
  const now = Date.now();
  for (const tag of tags) remember(tag, now);
}
