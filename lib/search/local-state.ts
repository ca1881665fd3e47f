import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { systemState } from "@/lib/db/schema";

// What the supervisor of the local Meilisearch (`npm start` without MEILI_URL) is doing, kept in
// the database so that /api/health can say it, whichever copy of lib/ answers.

const KEY = "search.localServer";

export type LocalSearchState = {
  state: "running" | "restarting";
  restarts: number;
  /** How the last process ended, e.g. "signal SIGKILL" or "code 1". */
  lastExit?: string;
  lastError?: string;
  since: string;
};

export async function saveLocalSearchState(state: LocalSearchState | null) {
  if (!state) {
    await db.delete(systemState).where(eq(systemState.key, KEY));
    return;
  }
  const value = JSON.stringify(state);
  await db
    .insert(systemState)
    .values({ key: KEY, value })
    .onConflictDoUpdate({ target: systemState.key, set: { value, updatedAt: new Date() } });
}

export async function loadLocalSearchState(): Promise<LocalSearchState | null> {
  const [row] = await db.select().from(systemState).where(eq(systemState.key, KEY));
  return row ? (JSON.parse(row.value) as LocalSearchState) : null;
}
