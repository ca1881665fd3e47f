import { chmodSync, mkdirSync } from "node:fs";
import { migrateDatabase } from "@/lib/db/client";
import { dataDir, env } from "@/lib/env";
import { isDatabaseEmpty, seedFromContent } from "@/lib/content/seed";
import { prepareSearchIndexes } from "@/lib/search/ready";
import { generatePassword } from "@/lib/auth/password";
import { createUser } from "@/lib/users/accounts";
import { prepareDemoCatalog, scheduleSourceSync, syncSources } from "@/lib/sources/run";
import { drainSearchOutbox } from "@/lib/search/outbox";
import { buildIfNeeded } from "./lib/build";
import { startNext, waitUntilListening } from "./lib/next-server";
import { localSecret } from "./lib/secrets";
import { connectOrStartSearch } from "./lib/search-server";
import { indexSettings } from "@/lib/catalog/index-settings";

// `npm start`: everything a fresh clone needs, in order, then plain `next start` in its own
// process, with the local Meilisearch and the source-sync schedule kept running beside it.
async function main() {
  // DATA_DIR holds the database, secrets and Meilisearch's data and key: this user's only.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  await migrateDatabase();
  console.log(`database: migrated (${dataDir})`);
  let demoEditor: { email: string; password: string } | null = null;
  if (await isDatabaseEmpty()) {
    const report = await seedFromContent();
    console.log(`database: seeded ${report.inserted} records`);
    demoEditor = { email: "editor@example.com", password: generatePassword() };
    await createUser(
      { email: demoEditor.email, name: "데모 편집자", role: "editor" },
      demoEditor.password,
    );
  }

  // Dates move with today, so demos are refreshed at every start (unchanged rows are skipped).
  for (const line of await prepareDemoCatalog()) console.log(line);
  const schedule =
    env.SYNC_SCHEDULE === "off"
      ? null
      : scheduleSourceSync(env.SYNC_SCHEDULE, async () => {
          const { reports, busy } = await syncSources();
          for (const report of reports) {
            console.log(
              `sync ${report.source}: ${report.outcome}, ${report.added.length} added, ${report.changed.length} changed, ${report.closed.length} closed, ${report.rejected.length} rejected${report.message ? ` (${report.message})` : ""}`,
            );
          }
          for (const message of busy) console.log(`sync: skipped, ${message}`);
          await drainSearchOutbox().catch(() => undefined);
        });

  buildIfNeeded();

  const search = await connectOrStartSearch({ resync: () => prepareSearchIndexes(indexSettings) });
  console.log(`search: ${search.local ? "local Meilisearch" : "Meilisearch"} at ${search.url}`);
  try {
    await prepareSearchIndexes(indexSettings);
    console.log("search: indexes ready");
  } catch (error) {
    // The database is the record; the portal still serves pages and retries the sync in the background.
    console.warn(`search: not ready yet (${(error as Error).message}); the outbox will retry`);
  }

  const siteUrl =
    env.NEXTAUTH_URL ?? `http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT}`;
  // Next reads these when it starts; the secret is kept under DATA_DIR so sessions survive restarts.
  const next = startNext(env.HOST, env.PORT, {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    // Absolute: a standalone server works from its own folder.
    DATA_DIR: dataDir,
    MEILI_URL: search.url,
    ...(search.key && { MEILI_MASTER_KEY: search.key }),
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? localSecret(dataDir, "nextauth-secret"),
    NEXTAUTH_URL: siteUrl,
  });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    schedule?.stop();
    // Both at once: a slow HTTP close must not outlast the caller's patience and leave the local
    // Meilisearch running without its portal (a SIGKILL after it would orphan it).
    await Promise.all([next.stop(), search.stop()]);
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  void next.exited.then((code) => {
    if (stopping) return;
    console.error(`next start ended (exit code ${code}); stopping`);
    void stop(code || 1);
  });
  const localUrl = `http://${env.HOST === "0.0.0.0" ? "127.0.0.1" : env.HOST}:${env.PORT}`;
  await waitUntilListening(localUrl, next).catch(async (error: Error) => {
    console.error(error.message);
    await stop(1);
  });
  console.log(`\n  인천 경제·일자리 포털: ${siteUrl}\n`);
  if (demoEditor) {
    // Printed once: only the hash is stored. `npm run user -- reset-password` makes a new one.
    console.log(`  편집실: ${siteUrl}/admin/login`);
    console.log(
      `  데모 편집자 ${demoEditor.email} / 비밀번호 ${demoEditor.password} (이번 한 번만 표시됩니다)\n`,
    );
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
