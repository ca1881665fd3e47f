// @ts-check
import { recordBuild } from "./lib/build-stamp.mjs";
import { compileLauncherIfNeeded } from "./lib/launcher.mjs";
import { completeStandaloneBuild } from "./lib/standalone.mjs";

// `npm run build`, after next build: a standalone server gets its browser files, the build is
// recorded as current (so `npm start` serves it rather than building again), and the launcher is
// compiled with the rest.
if (completeStandaloneBuild()) console.log("standalone: .next/static copied in");
recordBuild();
if (await compileLauncherIfNeeded()) console.log("launcher: compiled to dist/launcher/start.cjs");
