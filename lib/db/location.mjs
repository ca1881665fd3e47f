// @ts-check
import path from "node:path";

export const DEFAULT_DATA_DIR = "./data";

/**
 * Where the database lives: DATABASE_URL, else portal.db under DATA_DIR. Plain JavaScript because
 * the cache handlers (lib/cache/handlers/), which Next loads outside its bundle, need it too.
 * @param {{ DATA_DIR?: string; DATABASE_URL?: string; DATABASE_AUTH_TOKEN?: string }} vars
 */
export function databaseLocation(vars) {
  const dataDir = path.resolve(/*turbopackIgnore: true*/ vars.DATA_DIR ?? DEFAULT_DATA_DIR);
  return {
    dataDir,
    url: vars.DATABASE_URL ?? `file:${path.join(/*turbopackIgnore: true*/ dataDir, "portal.db")}`,
    authToken: vars.DATABASE_AUTH_TOKEN,
  };
}
