// @ts-check
import { recordBuild } from "./build-stamp.mjs";
import { hintStartupScripts } from "./compile-hints.mjs";
import { completeStandaloneBuild } from "./standalone.mjs";

/**
 * What both ways of building (`npm run build`, and `npm start` when it builds) do after
 * `next build`: hint the startup scripts, give a standalone server its browser files (hinted
 * ones), and record the build as current, so that `npm start` serves it rather than building again.
 * `startedFrom` is the sources' hash taken before `next build`.
 */
export function finishBuild(/** @type {string} */ startedFrom) {
  const hintedScripts = hintStartupScripts();
  const standalone = completeStandaloneBuild();
  recordBuild(".", startedFrom);
  return { hintedScripts, standalone };
}
