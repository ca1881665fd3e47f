// @ts-check
import { LRUCache } from "lru-cache";
import {
  expireHere,
  expiredSince,
  latestExpiration,
  refreshTagExpirations,
} from "./tag-expirations.mjs";

// The handler behind 'use cache' (`cacheHandlers.default`): Next's own design (an in-memory LRU of
// serialized results) with tag state shared through the database, so a write in another process
// expires what this one cached. The value stream is read once, in set(), and kept as bytes.

const MAX_BYTES = 64 * 1024 * 1024;
// Next dates an entry when its computation starts, by the monotonic clock (performance.now);
// expirations are dated by the wall clock (Date.now) in every process. After the wall clock is
// stepped back, an entry computed before a write could look newer than the write's expiry and be
// served stale. Dating it this much before it is stored, as the page cache does, makes such a
// write count; the cost is that results computed in the seconds after a write are computed again.
const COMPUTE_ALLOWANCE_MS = 10_000;

/**
 * @typedef {{ value: ReadableStream<Uint8Array>; tags: string[]; stale: number; timestamp: number;
 *   expire: number; revalidate: number }} CacheEntry
 * @typedef {Omit<CacheEntry, "value"> & { bytes: Uint8Array }} StoredEntry
 */

/** @type {LRUCache<string, StoredEntry>} */
const entries = new LRUCache({
  maxSize: MAX_BYTES,
  sizeCalculation: (e) => e.bytes.byteLength || 1,
});
/** @type {Map<string, Promise<void>>} */
const pendingSets = new Map();

function streamOf(/** @type {Uint8Array} */ bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

const dataCache = {
  /** @param {string} cacheKey @param {string[]} softTags */
  async get(cacheKey, softTags) {
    await pendingSets.get(cacheKey);
    const entry = entries.get(cacheKey);
    if (!entry) return undefined;
    if (expiredSince([...entry.tags, ...softTags], entry.timestamp)) {
      entries.delete(cacheKey);
      return undefined;
    }
    const { bytes, ...rest } = entry;
    return { ...rest, value: streamOf(bytes) };
  },

  /** @param {string} cacheKey @param {Promise<CacheEntry>} pendingEntry */
  async set(cacheKey, pendingEntry) {
    /** @type {() => void} */
    let done = () => {};
    pendingSets.set(cacheKey, new Promise((resolve) => (done = resolve)));
    try {
      const { value, ...rest } = await pendingEntry;
      const bytes = new Uint8Array(await new Response(value).arrayBuffer());
      const timestamp = Math.min(rest.timestamp, Date.now() - COMPUTE_ALLOWANCE_MS);
      entries.set(cacheKey, { ...rest, timestamp, bytes });
    } catch {
      // An interrupted render leaves nothing behind: the next request renders again.
      entries.delete(cacheKey);
    } finally {
      pendingSets.delete(cacheKey);
      done();
    }
  },

  refreshTags: () => refreshTagExpirations(),

  /** @param {string[]} tags */
  async getExpiration(tags) {
    return latestExpiration(tags);
  },

  /** @param {string[]} tags */
  async updateTags(tags) {
    expireHere(tags);
  },
};

export default dataCache;
