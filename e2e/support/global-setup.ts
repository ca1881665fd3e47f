import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { setTimeout as delay } from "node:timers/promises";
import path from "node:path";
import { freePort, startLocalMeilisearch } from "../../lib/search/local-server";
import { buildIsCurrent, buildRecordedSince } from "../../scripts/lib/build-stamp.mjs";
import { startPortal, type PortalServer } from "../../scripts/lib/portal-server";
import { todayInSeoul } from "../../lib/dates/dates";
import { addE2eFixtures } from "./add-fixtures";
import { openSessions } from "./sessions";

// A real Meilisearch and the production portal on a fresh database, both on 127.0.0.1.
export default async function globalSetup() {
  const root = mkdtempSync(path.join(tmpdir(), "portal-e2e-"));
  const meili = await startLocalMeilisearch({ dataDir: path.join(root, "meili") });
  const portalEnv = {
    DATA_DIR: path.join(root, "data"),
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.key,
    // The machine is shared with the test runner and two browsers; the 500 ms production deadline
    // would turn scheduling noise into fallbacks. The fallback itself is tested by stopping Meilisearch.
    SEARCH_DEADLINE_MS: "3000",
    // The browser tests count the seed bulletin's courses; the demo catalog is tested on its own.
    DEMO_CATALOG: "off",
  };
  // Editors' tests publish and delete content, so they get a portal and database of their own
  // (same Meilisearch, other index names) and the public pages' counts stay those of the seed.
  const adminEnv = {
    ...portalEnv,
    DATA_DIR: path.join(root, "admin-data"),
    MEILI_INDEX_PREFIX: "admin_",
  };
  const portalLog = path.join(root, "portal.log");
  const started: { stop(): Promise<void> }[] = [meili];
  const stopAll = async () => {
    for (const server of started.reverse()) await server.stop();
    rmSync(root, { recursive: true, force: true });
  };
  let portal: PortalServer;
  let adminPortal: PortalServer;
  try {
    const portalPort = await freePort();
    let adminPort = await freePort();
    while (adminPort === portalPort) adminPort = await freePort();
    // The public portal's start builds when the sources changed (after preparing the data the
    // build reads); the editors' portal starts beside it once a build is current.
    const since = Date.now();
    const built = buildIsCurrent();
    const publicStart = startPortal(portalEnv, portalPort, { logFile: portalLog });
    const publicOutcome = publicStart.then(
      () => "started",
      () => "failed",
    );
    const adminStart = (async () => {
      while (!built && !buildRecordedSince(since)) {
        const outcome = await Promise.race([publicOutcome, delay(250)]);
        if (outcome === "failed") throw new Error("the public portal did not start");
        if (outcome === "started") break;
      }
      return startPortal(adminEnv, adminPort);
    })();
    const results = await Promise.allSettled([publicStart, adminStart]);
    // Both are stopped afterwards, also the one that started when the other failed.
    for (const result of results) if (result.status === "fulfilled") started.push(result.value);
    const failed = results.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
    [portal, adminPortal] = results.map(
      (result) => (result as PromiseFulfilledResult<PortalServer>).value,
    ) as [PortalServer, PortalServer];
    // The fixtures are dated from one day, kept for tests that run after Seoul's midnight.
    process.env.E2E_FIXTURE_DAY = todayInSeoul();
    for (const env of [portalEnv, adminEnv]) addE2eFixtures(env);
    process.env.E2E_SESSIONS = await openSessions(adminPortal.url);
  } catch (error) {
    // A portal that fails to start (a failed build) must not leave Meilisearch or the other
    // portal running after the run.
    await stopAll();
    throw error;
  }
  process.env.E2E_BASE_URL = portal.url;
  process.env.E2E_PORTAL_LOG = portalLog;
  process.env.E2E_ADMIN_URL = adminPortal.url;
  process.env.E2E_MEILI_URL = meili.url;
  process.env.E2E_MEILI_KEY = meili.key;
  return stopAll;
}
