// @ts-check
import { finishBuild } from "./lib/finish-build.mjs";
import { compileLauncherIfNeeded } from "./lib/launcher.mjs";

// `npm run build`, after next build: the build is finished as `npm start` finishes its own (see
// finishBuild), and the launcher is compiled with the rest.
const { hintedScripts, standalone } = finishBuild();
console.log(`compile hints: ${hintedScripts} startup scripts`);
if (standalone) console.log("standalone: .next/static copied in");
if (await compileLauncherIfNeeded()) console.log("launcher: compiled to dist/launcher/start.cjs");
