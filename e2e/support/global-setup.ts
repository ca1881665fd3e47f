import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, startLocalMeilisearch } from "../../lib/search/local-server";
import { startPortal } from "../../scripts/lib/portal-server";
import { addE2eFixtures } from "./add-fixtures";

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
  const portal = await startPortal(portalEnv, await freePort(), { logFile: portalLog });
  const adminPortal = await startPortal(adminEnv, await freePort());
  for (const env of [portalEnv, adminEnv]) addE2eFixtures(env);
  process.env.E2E_BASE_URL = portal.url;
  process.env.E2E_PORTAL_LOG = portalLog;
  process.env.E2E_ADMIN_URL = adminPortal.url;
  process.env.E2E_MEILI_URL = meili.url;
  process.env.E2E_MEILI_KEY = meili.key;
  return async () => {
    await portal.stop();
    await adminPortal.stop();
    await meili.stop();
    rmSync(root, { recursive: true, force: true });
  };
}
