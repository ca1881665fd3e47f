import "server-only";
import { asc, eq, inArray, lte } from "drizzle-orm";
import { db, type Transaction } from "@/lib/db/client";
import { searchOutbox, systemState, type SearchEntity } from "@/lib/db/schema";
import { syncDocuments } from "./sync";

/** Records, inside the caller's write transaction, that a document's index copy must be refreshed. */
export async function enqueueSearchSync(
  tx: Transaction,
  entity: SearchEntity,
  documentIds: string[],
) {
  // In slices: one statement with 100,000 rows (an import or a reseed) overflows the query builder.
  for (let i = 0; i < documentIds.length; i += 500) {
    const slice = documentIds.slice(i, i + 500);
    await tx.insert(searchOutbox).values(slice.map((documentId) => ({ entity, documentId })));
  }
}

const BATCH = 500;
const MAX_BACKOFF_MS = 10 * 60_000;

export function backoffMs(attempts: number) {
  return Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** Math.min(attempts, 20));
}

export type DrainResult = { synced: number; failed: number; remaining: number };

let running: Promise<DrainResult> | null = null;

/**
 * Pushes due outbox rows to Meilisearch. Concurrent calls share one run, so a burst of writes
 * does not start parallel drains that race on the same rows.
 */
export function drainSearchOutbox(now = () => Date.now()): Promise<DrainResult> {
  running ??= drainOnce(now).finally(() => {
    running = null;
  });
  return running;
}

async function drainOnce(now: () => number): Promise<DrainResult> {
  let synced = 0;
  let failed = 0;
  for (;;) {
    const due = await db
      .select()
      .from(searchOutbox)
      .where(lte(searchOutbox.nextAttemptAt, new Date(now())))
      .orderBy(asc(searchOutbox.id))
      .limit(BATCH);
    if (due.length === 0) break;

    const byEntity = new Map<SearchEntity, typeof due>();
    for (const row of due) byEntity.set(row.entity, [...(byEntity.get(row.entity) ?? []), row]);

    for (const [entity, rows] of byEntity) {
      const ids = [...new Set(rows.map((r) => r.documentId))];
      try {
        await syncDocuments(entity, ids);
        await db.delete(searchOutbox).where(
          inArray(
            searchOutbox.id,
            rows.map((r) => r.id),
          ),
        );
        synced += rows.length;
      } catch (error) {
        failed += rows.length;
        const message = error instanceof Error ? error.message : String(error);
        for (const row of rows) {
          await db
            .update(searchOutbox)
            .set({
              attempts: row.attempts + 1,
              nextAttemptAt: new Date(now() + backoffMs(row.attempts + 1)),
              lastError: message.slice(0, 1_000),
            })
            .where(eq(searchOutbox.id, row.id));
        }
      }
    }
  }
  if (synced > 0) await recordSuccessfulSync(now());
  const remaining = await db.$count(searchOutbox);
  return { synced, failed, remaining };
}

async function recordSuccessfulSync(at: number) {
  const value = new Date(at).toISOString();
  await db
    .insert(systemState)
    .values({ key: "search.lastSuccessfulSync", value })
    .onConflictDoUpdate({ target: systemState.key, set: { value, updatedAt: new Date(at) } });
}
