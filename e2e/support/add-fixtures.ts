import { spawnSync } from "node:child_process";
import path from "node:path";

/** Adds the browser tests' accounts and records to the portal whose environment this is. */
export function addE2eFixtures(env: Record<string, string>) {
  const fixtures = spawnSync(
    process.execPath,
    [
      path.resolve("node_modules/tsx/dist/cli.mjs"),
      "--conditions=react-server",
      "e2e/support/fixtures.ts",
    ],
    { env: { ...process.env, ...env }, stdio: "inherit" },
  );
  if (fixtures.status !== 0) throw new Error("adding the e2e fixtures failed");
}
