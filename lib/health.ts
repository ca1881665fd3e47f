import "server-only";
import { db } from "@/lib/db/client";
import { isSearchConfigured, searchClient } from "@/lib/search/client";
import { loadLocalSearchState, type LocalSearchState } from "@/lib/search/local-state";
import { residentSearchState } from "@/lib/search/resident";

export type Health = {
  db: string;
  search: string;
  /** Whether residents' searches go to Meilisearch ("closed") or to the database for now ("open"). */
  searchBreaker?: string;
  /** The local Meilisearch that `npm start` runs and restarts, when there is one. */
  localSearch?: LocalSearchState;
};

/** What `/api/health` tells anyone who asks: which part is down, not the error text behind it. */
export type PublicHealth = {
  db: "ok" | "error";
  search: "ok" | "error" | "restarting";
  searchBreaker?: string;
  localSearch?: Pick<LocalSearchState, "state" | "restarts" | "since">;
};

function describe(error: unknown) {
  return `error: ${error instanceof Error ? error.message : String(error)}`;
}

export async function checkHealth(): Promise<Health> {
  const [dbState, searchState, localSearch] = await Promise.all([
    db.$client
      .execute("select 1")
      .then(() => "ok")
      .catch(describe),
    isSearchConfigured()
      ? searchClient()
          .health()
          .then((h) => (h.status === "available" ? "ok" : `error: ${h.status}`))
          .catch(describe)
      : Promise.resolve("error: MEILI_URL is not configured"),
    loadLocalSearchState().catch(() => null),
  ]);
  const breaker = residentSearchState();
  return {
    db: dbState,
    search:
      searchState !== "ok" && localSearch?.state === "restarting"
        ? `${searchState} (the local Meilisearch is being restarted; searches use the database meanwhile)`
        : searchState,
    ...(breaker !== "closed" && { searchBreaker: breaker }),
    ...(localSearch && { localSearch }),
  };
}

export function isHealthy(health: Health) {
  return health.db === "ok" && health.search === "ok";
}

/**
 * Error texts name files, addresses and settings, so they go to the server's log, where operators
 * read them, and the public answer keeps only each part's state.
 */
export function publicHealth(health: Health): PublicHealth {
  const { localSearch } = health;
  return {
    db: health.db === "ok" ? "ok" : "error",
    search:
      health.search === "ok" ? "ok" : localSearch?.state === "restarting" ? "restarting" : "error",
    ...(health.searchBreaker && { searchBreaker: health.searchBreaker }),
    ...(localSearch && {
      localSearch: {
        state: localSearch.state,
        restarts: localSearch.restarts,
        since: localSearch.since,
      },
    }),
  };
}
