import "server-only";
import { MeilisearchApiError, type Meilisearch } from "meilisearch";
import CircuitBreaker from "opossum";
import { cache } from "react";
import { isSearchConfigured, residentSearchClient } from "./client";

// Residents' searches go through here, so that Meilisearch being down or overloaded costs each
// page at most one deadline: within a request, after the first failure the rest of it answers
// from the database; across requests, a circuit breaker answers from the database for a few
// seconds once most recent searches failed, instead of every request waiting its own deadline.

/** Thrown without asking Meilisearch: the caller answers from the database. */
export class SearchUnavailableError extends Error {
  name = "SearchUnavailableError";
}

// React's cache gives one object per server render; outside a render, one per call.
const requestState = cache(() => ({
  failed: false,
  first: undefined as Promise<unknown> | undefined,
}));

export const BREAKER_OPEN_MS = 5_000;

const breaker = new CircuitBreaker((run: () => Promise<unknown>) => run(), {
  timeout: false, // the transport keeps the deadline (lib/search/http.ts)
  resetTimeout: BREAKER_OPEN_MS,
  rollingCountTimeout: 10_000,
  volumeThreshold: 5,
  errorThresholdPercentage: 50,
  errorFilter: isRequestMistake,
});

/** A 4xx is a mistake in the request, not an outage (the client wraps its transport's errors). */
function isRequestMistake(error: unknown): boolean {
  if (error instanceof MeilisearchApiError) return (error.response?.status ?? 500) < 500;
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause !== undefined && cause !== error && isRequestMistake(cause);
}
breaker.on("open", () =>
  console.warn(
    `search: most searches failed; answering from the database for ${BREAKER_OPEN_MS / 1000} s`,
  ),
);
breaker.on("close", () => console.warn("search: Meilisearch answers again"));

/** "closed" (searching), "open" (answering from the database) or "half-open" (trying again). */
export function residentSearchState() {
  return breaker.opened ? "open" : breaker.halfOpen ? "half-open" : "closed";
}

/** Runs one resident search on Meilisearch, or throws for the caller to use the database. */
export async function residentSearch<T>(run: (client: Meilisearch) => Promise<T>): Promise<T> {
  if (!isSearchConfigured()) throw new SearchUnavailableError("Meilisearch is not configured");
  const state = requestState();
  // The searches a page starts together wait for its first one: when Meilisearch is down, that
  // one alone waits for the deadline and is reported, and the rest answer from the database.
  if (state.first) await state.first.catch(() => {});
  if (state.failed) throw new SearchUnavailableError("an earlier search of this request failed");
  const attempt = breaker.fire(() => run(residentSearchClient()));
  state.first ??= attempt;
  try {
    return (await attempt) as T;
  } catch (error) {
    state.failed = true;
    if ((error as { code?: string }).code === "EOPENBREAKER")
      throw new SearchUnavailableError("Meilisearch failed repeatedly; the breaker is open");
    throw error;
  }
}

/**
 * Whether this request should ask Meilisearch: it is configured, the breaker is closed or trying
 * again, and no earlier search of this request failed. For callers whose search runs in a cache
 * scope, where this request's state is out of reach (and a failure would be logged as an error).
 */
export function residentSearchMayAnswer() {
  return isSearchConfigured() && !breaker.opened && !requestState().failed;
}

/** Records, for the rest of this request, that a search failed in a scope of its own. */
export function residentSearchFailed() {
  requestState().failed = true;
}

/** For the fallback's log line: an open breaker or an earlier failure is already reported. */
export function reportFallback(where: string, error: unknown) {
  if (error instanceof SearchUnavailableError) return;
  console.warn(`${where}: falling back to the database (${(error as Error).message})`);
}
