import "server-only";
import { Cron } from "croner";
import { migrateDatabase } from "@/lib/db/client";
import { env } from "@/lib/env";
import { wakeScheduledPublishing } from "@/lib/bulletin/scheduler";
import { purgeTrash } from "@/lib/bulletin/trash";
import { isSearchConfigured } from "@/lib/search/client";
import { drainSearchOutbox } from "@/lib/search/outbox";

let started = false;

const LAUNCHER_CHECK_MS = 2_000;

/**
 * Runs in the Next server process: applies pending migrations, publishes scheduled content when
 * due (the write expires the cached pages it touched; no request is needed) and drains the search
 * outbox periodically (rows carry their own back-off).
 */
export async function startBackgroundWork() {
  if (started) return;
  started = true;
  await migrateDatabase();
  // Started by `npm start`: end with it, so a killed launcher leaves no server holding the port.
  if (env.PORTAL_LAUNCHER_PID) {
    const launcher = env.PORTAL_LAUNCHER_PID;
    setInterval(() => {
      if (process.ppid !== launcher) process.exit(1);
    }, LAUNCHER_CHECK_MS).unref();
  }
  await wakeScheduledPublishing();
  // What has been in the bulletin's trash for 30 days goes for good, once a night.
  new Cron("30 3 * * *", { timezone: "Asia/Seoul", unref: true }, () =>
    purgeTrash().then(
      (purged) => {
        if (purged > 0) console.log(`trash: purged ${purged} article(s) and issue(s)`);
      },
      (error) => console.warn(`trash: purge failed (${(error as Error).message})`),
    ),
  );
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
