// @ts-check
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

// Every page runs Next's startup scripts (React DOM, the router, Turbopack's runtime) as soon as
// they arrive. V8 compiles a function when it is first called, on the main thread: React DOM's
// start took 45–80 ms of a fresh page's main thread here, four times that on Lighthouse's phone.
// This comment at the top of a file (Chrome 136+; other engines ignore it) has V8 compile the
// whole file eagerly instead, on a background thread while the file downloads.
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

// Turbopack cannot prepend a banner, so the build does it. A chunk's name is a hash of its
// content and browsers keep it forever (immutable), so a hinted chunk gets a new name, lest a
// browser holding the unhinted file fail its integrity check; the new name and the new integrity
// hash replace the old ones wherever the build wrote them (manifests, prerendered pages).
const SKIPPED_FOLDERS = new Set([
  "cache",
  "static",
  "standalone/node_modules",
  "standalone/.next/cache",
  "standalone/.next/static",
]);

/**
 * Prepends the compile hint to the chunks every page loads at start (`rootMainFiles`). Returns
 * how many chunks it hinted; a build already hinted is left as it is.
 * @param {string} [root]
 */
export function hintStartupScripts(root = ".") {
  const build = path.join(root, ".next");
  const { rootMainFiles } = /** @type {{ rootMainFiles: string[] }} */ (
    JSON.parse(readFileSync(path.join(build, "build-manifest.json"), "utf8"))
  );
  const integrities = readIntegrities(build);
  /** @type {[string, string][]} */
  const replacements = [];
  let hinted = 0;
  for (const file of rootMainFiles) {
    const source = readFileSync(path.join(build, file));
    if (source.toString("latin1", 0, COMPILE_HINT.length) === COMPILE_HINT) continue;
    const content = Buffer.concat([Buffer.from(COMPILE_HINT), source]);
    const name = path.basename(file, ".js");
    const hintedName = `${name}-${createHash("sha256").update(content).digest("hex").slice(0, 8)}`;
    writeFileSync(path.join(build, file), content);
    renameSync(path.join(build, file), path.join(build, path.dirname(file), `${hintedName}.js`));
    replacements.push([`${name}.js`, `${hintedName}.js`]);
    const integrity = integrities[file];
    if (integrity) {
      const algorithm = integrity.slice(0, integrity.indexOf("-"));
      const digest = createHash(algorithm).update(content).digest("base64");
      replacements.push([integrity, `${algorithm}-${digest}`]);
    }
    hinted++;
  }
  if (hinted > 0) replaceInBuild(build, "", replacements);
  return hinted;
}

/**
 * The integrity hash of each browser file, when the build has them (next.config `experimental.sri`).
 * @param {string} build
 * @returns {Record<string, string>}
 */
function readIntegrities(build) {
  const manifest = path.join(build, "server", "subresource-integrity-manifest.json");
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")) : {};
}

/**
 * Replaces each pair's first string by its second in every file of the build but its caches,
 * browser files and a standalone build's copied packages.
 * @param {string} build @param {string} folder relative to the build
 * @param {[string, string][]} replacements
 */
function replaceInBuild(build, folder, replacements) {
  for (const entry of readdirSync(path.join(build, folder), { withFileTypes: true })) {
    const relative = path.posix.join(folder, entry.name);
    const entryPath = path.join(build, relative);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(relative)) replaceInBuild(build, relative, replacements);
      continue;
    }
    if (!entry.isFile()) continue;
    // Names and hashes are ASCII; latin1 gives back every byte of any file unchanged.
    const text = readFileSync(entryPath, "latin1");
    let replaced = text;
    for (const [from, to] of replacements) replaced = replaced.replaceAll(from, to);
    if (replaced !== text) writeFileSync(entryPath, replaced, "latin1");
  }
}
