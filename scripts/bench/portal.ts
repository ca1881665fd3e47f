import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, startLocalMeilisearch, type LocalMeilisearch } from "@/lib/search/local-server";
import { startPortal, type PortalServer } from "../lib/portal-server";

/**
 * Runs a benchmark against a production portal of its own (fresh data directory, started as
 * `npm start` does), stops it and removes its data afterwards, and exits non-zero on failure.
 * The portal's Meilisearch is started here and handed to `run`, so a benchmark can also query
 * it directly.
 */
export function benchWithPortal(
  name: string,
  run: (portal: PortalServer, search: LocalMeilisearch) => Promise<void>,
  env: Record<string, string> = {},
) {
  const main = async () => {
    const root = mkdtempSync(path.join(tmpdir(), `portal-bench-${name}-`));
    const search = await startLocalMeilisearch({ dataDir: path.join(root, "meili") });
    let portal: PortalServer | undefined;
    try {
      portal = await startPortal(
        {
          DATA_DIR: path.join(root, "data"),
          MEILI_URL: search.url,
          MEILI_MASTER_KEY: search.key,
          ...env,
        },
        await freePort(),
      );
      await run(portal, search);
    } finally {
      await portal?.stop();
      await search.stop();
      rmSync(root, { recursive: true, force: true });
    }
  };
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
