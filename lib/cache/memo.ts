import "server-only";
import { LRUCache } from "lru-cache";

/** What lib/cache/handlers/tag-expirations.mjs shares with the server's own code. */
const shared = globalThis as {
  __portalCacheTagExpirations?: Map<string, number>;
  __portalRefreshCacheTagExpirations?: () => Promise<void>;
};

// As long as 'use cache' keeps an entry by default (its `revalidate`): whatever a tag does not
// cover (index settings changed, say) is asked again at least this often.
const MAX_AGE_MS = 15 * 60_000;

/**
 * Keeps a function's answers in this process until one of their cache tags is expired: what
 * 'use cache' does, for answers read many times a second. 'use cache' passes its stored value
 * through React's serializer on every hit, which held the search API to 0.63× of a bare route
 * handler (0.87× with this). Expirations are the cache handlers' (written by every process to
 * the database); where those handlers do not run (tests, scripts), nothing is kept. Callers
 * asking the same while it is computed share the one computation; a failure is never kept.
 */
export function memoizedByTags<Args, Answer>(options: {
  /** How much to keep, in characters of the answers as JSON (the heap holds a few times that). */
  maxSize: number;
  key: (args: Args) => string;
  tags: (args: Args) => string[];
  compute: (args: Args) => Promise<Answer>;
}): (args: Args) => Promise<Answer> {
  const answers = new LRUCache<string, { answer: Answer; since: number; tags: string[] }>({
    maxSize: options.maxSize,
    sizeCalculation: ({ answer }) => JSON.stringify(answer).length || 1,
  });
  const computing = new Map<string, { answer: Promise<Answer>; since: number }>();
  const fresh = (tags: string[], since: number, expiredAt: Map<string, number>) =>
    tags.every((tag) => (expiredAt.get(tag) ?? 0) < since);
  return async (args) => {
    const expiredAt = shared.__portalCacheTagExpirations;
    const refresh = shared.__portalRefreshCacheTagExpirations;
    if (!expiredAt || !refresh) return options.compute(args);
    await refresh();
    const key = options.key(args);
    const kept = answers.get(key);
    if (kept && Date.now() - kept.since < MAX_AGE_MS && fresh(kept.tags, kept.since, expiredAt)) {
      return kept.answer;
    }
    const tags = options.tags(args);
    // Joined only if nothing it depends on has changed since it started.
    const pending = computing.get(key);
    if (pending && fresh(tags, pending.since, expiredAt)) return pending.answer;
    // Dated from before the computation: a tag expired while it ran makes the answer stale.
    const since = Date.now();
    const answer = options.compute(args).then((computed) => {
      // A computation overtaken by a later one leaves the later answer in place.
      if ((answers.peek(key)?.since ?? 0) <= since)
        answers.set(key, { answer: computed, since, tags });
      return computed;
    });
    const computation = { answer, since };
    computing.set(key, computation);
    try {
      return await answer;
    } finally {
      if (computing.get(key) === computation) computing.delete(key);
    }
  };
}
