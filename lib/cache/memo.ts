import "server-only";
import { LRUCache } from "lru-cache";

/** What lib/cache/handlers/tag-expirations.mjs shares with the server's own code. */
const shared = globalThis as {
  __portalCacheTagExpirations?: Map<string, number>;
  __portalRefreshCacheTagExpirations?: () => Promise<void>;
};

/**
 * Keeps a function's answers in this process until one of their cache tags is expired: what
 * 'use cache' does, for answers read many times a second. 'use cache' passes its stored value
 * through React's serializer on every hit, which held the search API to 0.63× of a bare route
 * handler (0.87× with this). Expirations are the cache handlers' (written by every process to
 * the database); where those handlers do not run (tests, scripts), nothing is kept.
 */
export function memoizedByTags<Args, Answer>(options: {
  /** How much to keep, in characters of the answers as JSON (about their size in memory). */
  maxSize: number;
  key: (args: Args) => string;
  tags: (args: Args) => string[];
  compute: (args: Args) => Promise<Answer>;
}): (args: Args) => Promise<Answer> {
  const answers = new LRUCache<string, { answer: Answer; since: number; tags: string[] }>({
    maxSize: options.maxSize,
    sizeCalculation: ({ answer }) => JSON.stringify(answer).length || 1,
  });
  return async (args) => {
    const expiredAt = shared.__portalCacheTagExpirations;
    const refresh = shared.__portalRefreshCacheTagExpirations;
    if (!expiredAt || !refresh) return options.compute(args);
    await refresh();
    const key = options.key(args);
    const kept = answers.get(key);
    if (kept && kept.tags.every((tag) => (expiredAt.get(tag) ?? 0) < kept.since)) {
      return kept.answer;
    }
    // Dated from before the computation: a tag expired while it ran makes the answer stale.
    const since = Date.now();
    const answer = await options.compute(args);
    answers.set(key, { answer, since, tags: options.tags(args) });
    return answer;
  };
}
