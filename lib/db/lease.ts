import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "./client";
import { systemState } from "./schema";

/**
 * A named lease in the database, so that one run at a time does a job across every instance
 * serving the portal. It lapses after `ms`, so a run that died does not hold the job forever.
 * Returns null once taken, or the time until which another holder has it.
 */
export async function takeLease(key: string, holder: string, ms: number, now = new Date()) {
  const value = JSON.stringify({ holder, until: now.getTime() + ms });
  // One statement, so two runs asking at once cannot both read the lease as free (a read then a
  // write in a transaction had the second fail with SQLITE_BUSY instead).
  const [taken] = await db
    .insert(systemState)
    .values({ key, value, updatedAt: now })
    .onConflictDoUpdate({
      target: systemState.key,
      set: { value, updatedAt: now },
      setWhere: sql`json_extract(${systemState.value}, '$.until') <= ${now.getTime()}`,
    })
    .returning({ key: systemState.key });
  if (taken) return null;
  const [row] = await db.select().from(systemState).where(eq(systemState.key, key));
  // Given back in between: ask again.
  if (!row) return takeLease(key, holder, ms, now);
  return new Date((JSON.parse(row.value) as { until: number }).until);
}

/**
 * Gives the lease back, unless it lapsed and another holder has taken it since: one statement,
 * so another holder taking it between a read and the delete keeps it.
 */
export async function releaseLease(key: string, holder: string) {
  await db.delete(systemState).where(and(eq(systemState.key, key), heldBy(holder)));
}

const heldBy = (holder: string) => sql`json_extract(${systemState.value}, '$.holder') = ${holder}`;

/**
 * Renews a held lease every third of its length until the returned function is called, so a run
 * that outlasts the lease keeps it, while one that died still lets it go. A renewal that fails
 * (the database busy) leaves the lease until its current end, and the next one tries again.
 */
export function keepLease(key: string, holder: string, ms: number) {
  const timer = setInterval(() => {
    const value = JSON.stringify({ holder, until: Date.now() + ms });
    db.update(systemState)
      .set({ value, updatedAt: new Date() })
      .where(and(eq(systemState.key, key), heldBy(holder)))
      .catch(() => undefined);
  }, ms / 3);
  timer.unref();
  return () => clearInterval(timer);
}
