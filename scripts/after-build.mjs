// @ts-check
import { compileLauncherIfNeeded } from "./lib/launcher.mjs";
import { completeStandaloneBuild } from "./lib/standalone.mjs";

// `npm run build`, after next build: a standalone server gets its browser files, and the launcher
// is compiled with the rest.
if (completeStandaloneBuild()) console.log("standalone: .next/static copied in");
if (await compileLauncherIfNeeded()) console.log("launcher: compiled to dist/launcher/start.cjs");
