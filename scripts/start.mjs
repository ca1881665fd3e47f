// @ts-check
import { compileLauncherIfNeeded, launcherFile } from "./lib/launcher.mjs";

// `npm start` runs the compiled launcher (scripts/start.ts), compiling it first when its sources
// changed since the last compile; `npm run build` compiles it too.
await compileLauncherIfNeeded();
await import(launcherFile);
