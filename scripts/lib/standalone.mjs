// @ts-check
import { cpSync, existsSync } from "node:fs";
import path from "node:path";

// With NEXT_OUTPUT=standalone, `next build` writes a self-contained server to .next/standalone
// but leaves the browser files out: Next's documentation has them copied in after each build.
export const standaloneServer = path.resolve(".next/standalone/server.js");

/** Copies .next/static into a standalone build (no-op for a regular build). */
export function completeStandaloneBuild() {
  if (!existsSync(standaloneServer)) return false;
  cpSync(".next/static", ".next/standalone/.next/static", { recursive: true });
  return true;
}
