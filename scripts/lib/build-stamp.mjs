// @ts-check
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { hashSources } from "./source-hash.mjs";

// Inputs of `next build`; a production build is reused until one of them changes. Both ways of
// building (`npm start` when it builds, `npm run build`) record the hash taken before it, so a
// build made by either is one `npm start` runs as it is.
const inputs = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "scripts/lib/compile-hints.mjs",
  "tsconfig.json",
];

/** @param {string} root */
function stampFile(root) {
  return path.join(root, ".next", "portal-source-hash");
}

/**
 * The hash of the build's inputs as they are now: taken before `next build`, it is what the build
 * saw, so a source saved while the build runs leaves it stale.
 * @param {string} [root]
 */
export function sourceHash(root = ".") {
  // A standalone build (NEXT_OUTPUT) and a regular one are not interchangeable.
  return hashSources(
    inputs.map((input) => path.join(root, input)),
    `output:${process.env.NEXT_OUTPUT ?? ""}`,
  );
}

/** Whether `.next` holds a build of the sources as they are now. */
export function buildIsCurrent(root = ".") {
  const stamp = stampFile(root);
  return (
    existsSync(path.join(root, ".next", "BUILD_ID")) &&
    existsSync(stamp) &&
    readFileSync(stamp, "utf8") === sourceHash(root)
  );
}

/**
 * Records that `.next` now holds a build of the sources as they were when it began (`started`,
 * from sourceHash).
 * @param {string} root @param {string} started
 */
export function recordBuild(root, started) {
  writeFileSync(stampFile(root), started);
}

/**
 * Whether a build has been recorded since this time (ms since the epoch): cheaper than hashing.
 * @param {number} time @param {string} [root]
 */
export function buildRecordedSince(time, root = ".") {
  const stamp = stampFile(root);
  return existsSync(stamp) && statSync(stamp).mtimeMs >= time;
}
