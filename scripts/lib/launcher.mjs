// @ts-check
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { hashSources } from "./source-hash.mjs";

// The launcher (scripts/start.ts and the lib/ code it runs before Next starts) compiled to one
// JavaScript file, so production runs no TypeScript through tsx. Packages stay in node_modules.
export const launcherFile = path.resolve("dist/launcher/start.cjs");
const stampFile = path.resolve("dist/launcher/source-hash");
const inputs = ["scripts/start.ts", "scripts/lib", "lib", "package-lock.json", "tsconfig.json"];

/** Compiles the launcher unless the last compile came from the same sources. */
export async function compileLauncherIfNeeded() {
  const hash = hashSources(inputs);
  if (existsSync(launcherFile) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash)
    return false;
  // esbuild is a build tool: loaded only when there is something to compile.
  const { build } = await import("esbuild");
  mkdirSync(path.dirname(launcherFile), { recursive: true });
  const { outputFiles } = await build({
    entryPoints: ["scripts/start.ts"],
    outfile: launcherFile,
    write: false,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    // As Next's server code: lib/ modules marked server-only are allowed here.
    conditions: ["react-server"],
    tsconfig: "tsconfig.json",
    logLevel: "warning",
  });
  // Written aside and moved in at once: a portal starting beside this one (the browser tests
  // start several) never loads half a file.
  const aside = `${launcherFile}.${process.pid}`;
  writeFileSync(aside, outputFiles[0].contents);
  renameSync(aside, launcherFile);
  writeFileSync(stampFile, hash);
  return true;
}
