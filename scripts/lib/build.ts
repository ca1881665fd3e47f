import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { hashSources } from "./source-hash.mjs";
import { completeStandaloneBuild } from "./standalone.mjs";

// Inputs of `next build`; a production build is reused until one of them changes.
const inputs = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
];
const stampFile = path.join(".next", "portal-source-hash");

export function sourceHash() {
  // A standalone build (NEXT_OUTPUT) and a regular one are not interchangeable.
  return hashSources(inputs, `output:${process.env.NEXT_OUTPUT ?? ""}`);
}

export function buildIsCurrent() {
  return (
    existsSync(path.join(".next", "BUILD_ID")) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, "utf8") === sourceHash()
  );
}

/** Runs `next build` unless the last build came from the same sources. */
export function buildIfNeeded(log: (line: string) => void = console.log) {
  if (buildIsCurrent()) return false;
  log("build: running next build (first start or sources changed)…");
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`);
  completeStandaloneBuild();
  writeFileSync(stampFile, sourceHash());
  return true;
}
