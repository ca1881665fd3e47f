import "server-only";
import { db } from "@/lib/db/client";
import { isSearchConfigured, searchClient } from "@/lib/search/client";

export type Health = { db: string; search: string };

function describe(error: unknown) {
  return `error: ${error instanceof Error ? error.message : String(error)}`;
}

export async function checkHealth(): Promise<Health> {
  const [dbState, searchState] = await Promise.all([
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
  ]);
  return { db: dbState, search: searchState };
}
