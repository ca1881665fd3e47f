// @ts-check
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { hashSources } from "./source-hash.mjs";

// Inputs of `next build`; a production build is reused until one of them changes. Both ways of
// building record the hash (`npm start` when it builds, `npm run build` after it), so a build made
// by either is one `npm start` runs as it is.
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

/** @param {string} root */
function sourceHash(root) {
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

/** Records that `.next` now holds a build of the sources as they are. */
export function recordBuild(root = ".") {
  writeFileSync(stampFile(root), sourceHash(root));
}

/**
 * Whether a build has been recorded since this time (ms since the epoch): cheaper than hashing.
 * @param {number} time @param {string} [root]
 */
export function buildRecordedSince(time, root = ".") {
  const stamp = stampFile(root);
  return existsSync(stamp) && statSync(stamp).mtimeMs >= time;
}
