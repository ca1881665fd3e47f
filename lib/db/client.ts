import "server-only";
import { chmodSync, closeSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import { databaseUrl, env } from "@/lib/env";
import * as schema from "./schema";

function connect() {
  if (databaseUrl.startsWith("file:")) {
    // Only this user may read the database: created 0600 in a 0700 folder (SQLite gives its
    // -wal and -shm files the database file's mode).
    const file = databaseUrl.slice("file:".length);
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    closeSync(openSync(file, "a", 0o600));
    chmodSync(file, 0o600);
  }
  const client = createClient({
    url: databaseUrl,
    authToken: env.DATABASE_AUTH_TOKEN,
    timeout: 5_000,
  });
  return drizzle(client, { schema });
}

export type Database = ReturnType<typeof connect>;
/**
 * A transaction's body awaits only its own statements: a local file runs them synchronously, so a
 * write from elsewhere in the process while the body waits on a timer or the network busy-waits
 * the whole process for the 5 s timeout and fails (measured: one 10 ms timer tick in 5,058 ms).
 */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { portalDb?: Database };
export const db = (globalForDb.portalDb ??= connect());

const migrationsFolder = path.join(process.cwd(), "lib/db/migrations");

export async function migrateDatabase() {
  if (databaseUrl.startsWith("file:")) {
    // WAL lets readers run while a writer commits; it is stored in the file, so set it once here.
    await db.$client.execute("PRAGMA journal_mode = WAL");
  }
  await migrate(db, { migrationsFolder });
}
