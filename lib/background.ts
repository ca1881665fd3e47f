import "server-only";
import { migrateDatabase } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isSearchConfigured } from "@/lib/search/client";
import { drainSearchOutbox } from "@/lib/search/outbox";

let started = false;

/** Applies pending migrations and drains the search outbox periodically (rows carry their own back-off). */
export async function startBackgroundWork() {
  if (started) return;
  started = true;
  await migrateDatabase();
  if (!isSearchConfigured()) {
    console.warn("search: MEILI_URL is not set; search pages will use the database");
    return;
  }
  const drain = () =>
    drainSearchOutbox().catch((error) =>
      console.warn(`search: outbox drain failed (${(error as Error).message})`),
    );
  void drain();
  setInterval(drain, env.SEARCH_SYNC_INTERVAL_MS).unref();
}
