// @ts-check
import { LRUCache } from "lru-cache";
import { expireHere, expiredSince, refreshTagExpirations } from "./tag-expirations.mjs";

// Next's server cache (`cacheHandler`): whole rendered pages and route responses. Kept in this
// process's memory, so two portals on one build never share pages, and nothing built with the
// build machine's database is served: a page is rendered on its first request, then served from
// here until a tag it was built from is expired.

const MAX_BYTES = 96 * 1024 * 1024;
// A page is stored when its render ends, but it may have read the database before a write that
// expired its tags in the meantime. Dating it this much earlier makes such a write count; the
// cost is that pages rendered in the seconds after a write are rendered once more.
const RENDER_ALLOWANCE_MS = 10_000;

/** Roughly what an entry holds in memory, for the size bound. */
function sizeOf(/** @type {any} */ value) {
  if (!value) return 1;
  let size = 0;
  if (value.html) size += value.html.byteLength ?? 0;
  if (value.rscData) size += value.rscData.byteLength ?? 0;
  if (value.body) size += value.body.byteLength ?? 0;
  if (value.segmentData)
    for (const part of value.segmentData.values()) size += part.byteLength ?? 0;
  return Math.max(size, 1);
}

/** The tags a page was built from: Next lists them (its own path tags included) in a header. */
function tagsOf(/** @type {any} */ value, /** @type {string[] | undefined} */ extra) {
  const header = value?.headers?.["x-next-cache-tags"];
  const tags = typeof header === "string" ? header.split(",") : [];
  return extra ? [...tags, ...extra] : tags;
}

/**
 * A page's HTML is kept as bytes, not as the string Next hands over. Next writes a string page
 * with `res.end(string)`, which joins it to the headers and encodes it again on every request: on
 * the 161 KB article that took half the time of each answer (bench:pages, 380 → 680–810 req/s),
 * in large short-lived allocations. Bytes go out as they are (chunked, as Next sends RSC data).
 */
function withHtmlAsBytes(/** @type {any} */ data) {
  return typeof data.html === "string" ? { ...data, html: Buffer.from(data.html) } : data;
}

/** @type {LRUCache<string, { value: any; lastModified: number; tags: string[] }>} */
const pages = new LRUCache({
  maxSize: MAX_BYTES,
  sizeCalculation: (entry) => sizeOf(entry.value),
});

export default class PortalPageCache {
  /** @param {string} key @param {any} [ctx] */
  async get(key, ctx) {
    await refreshTagExpirations();
    const entry = pages.get(key);
    if (!entry) return null;
    if (expiredSince([...entry.tags, ...(ctx?.softTags ?? [])], entry.lastModified)) {
      pages.delete(key);
      return null;
    }
    return { value: entry.value, lastModified: entry.lastModified };
  }

  /** @param {string} key @param {any} data @param {any} [ctx] */
  async set(key, data, ctx) {
    if (!data) {
      pages.delete(key);
      return;
    }
    pages.set(key, {
      value: withHtmlAsBytes(data),
      lastModified: Date.now() - RENDER_ALLOWANCE_MS,
      tags: tagsOf(data, ctx?.tags),
    });
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    expireHere(Array.isArray(tags) ? tags : [tags]);
  }

  resetRequestCache() {}
}
