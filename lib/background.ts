import "server-only";
import { migrateDatabase } from "@/lib/db/client";
import { env } from "@/lib/env";
import { cronToken } from "@/lib/auth/config";
import { isSearchConfigured } from "@/lib/search/client";
import { drainSearchOutbox } from "@/lib/search/outbox";

let started = false;

const SCHEDULE_CHECK_MS = 15_000;

/** Asks this server to publish what is due; the route handler revalidates the cached pages. */
function publishDueSchedulesSoon() {
  const host = env.HOST === "0.0.0.0" ? "127.0.0.1" : env.HOST;
  return fetch(`http://${host}:${env.PORT}/api/cron/publish`, {
    method: "POST",
    headers: { authorization: `Bearer ${cronToken()}` },
  })
    .then((response) => {
      if (!response.ok) console.warn(`schedule: publishing failed (${response.status})`);
    })
    .catch((error) => console.warn(`schedule: publishing failed (${(error as Error).message})`));
}

/**
 * Applies pending migrations, publishes scheduled content when due and drains the search outbox
 * periodically (rows carry their own back-off).
 */
export async function startBackgroundWork() {
  if (started) return;
  started = true;
  await migrateDatabase();
  if (env.NEXTAUTH_SECRET) setInterval(publishDueSchedulesSoon, SCHEDULE_CHECK_MS).unref();
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
