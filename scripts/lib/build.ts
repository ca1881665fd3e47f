import { spawnSync } from "node:child_process";
import { buildIsCurrent, sourceHash } from "./build-stamp.mjs";
import { finishBuild } from "./finish-build.mjs";

/** Runs `next build` unless the last build came from the same sources. */
export function buildIfNeeded(log: (line: string) => void = console.log) {
  if (buildIsCurrent()) return false;
  log("build: running next build (first start or sources changed)…");
  const startedFrom = sourceHash();
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`);
  finishBuild(startedFrom);
  return true;
}
