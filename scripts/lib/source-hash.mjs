// @ts-check
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** @param {string} entry @param {string[]} files */
function walk(entry, files) {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) walk(path.join(entry, name), files);
  } else if (!/\.test\.tsx?$/.test(entry)) {
    files.push(entry);
  }
}

/**
 * One hash of the files under these paths (tests left out) and of `extra`: a build or compile is
 * reused until it changes.
 * @param {string[]} inputs @param {string} [extra]
 */
export function hashSources(inputs, extra = "") {
  /** @type {string[]} */
  const files = [];
  inputs.forEach((entry) => walk(entry, files));
  const hash = createHash("sha256").update(`${extra}\0`);
  for (const file of files) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}
