import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "@/lib/search/local-server";
import { startPortal, type PortalServer } from "../lib/portal-server";

/**
 * Runs a benchmark against a production portal of its own (fresh data directory, started as
 * `npm start` does), stops it and removes its data afterwards, and exits non-zero on failure.
 */
export function benchWithPortal(
  name: string,
  run: (portal: PortalServer) => Promise<void>,
  env: Record<string, string> = {},
) {
  const main = async () => {
    const root = mkdtempSync(path.join(tmpdir(), `portal-bench-${name}-`));
    const portal = await startPortal(
      { DATA_DIR: path.join(root, "data"), ...env },
      await freePort(),
    );
    try {
      await run(portal);
    } finally {
      await portal.stop();
      rmSync(root, { recursive: true, force: true });
    }
  };
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
