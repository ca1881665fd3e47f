// @ts-check
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { sourceHash } from "./lib/build-stamp.mjs";
import { finishBuild } from "./lib/finish-build.mjs";
import { compileLauncherIfNeeded } from "./lib/launcher.mjs";

// `npm run build`: next build, finished as `npm start` finishes its own (see finishBuild), and the
// launcher compiled with the rest. The sources' hash is taken before the build, so a file saved
// while it runs leaves the build stale and the next `npm start` builds again.
const startedFrom = sourceHash();
const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
const result = spawnSync(process.execPath, [next, "build"], { stdio: "inherit" });
if (result.status !== 0) process.exit(result.status ?? 1);
const { hintedScripts, standalone } = finishBuild(startedFrom);
console.log(`compile hints: ${hintedScripts} startup scripts`);
if (standalone) console.log("standalone: .next/static copied in");
if (await compileLauncherIfNeeded()) console.log("launcher: compiled to dist/launcher/start.cjs");
