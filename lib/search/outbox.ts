import "server-only";
import { and, asc, eq, inArray, isNull, lte, or } from "drizzle-orm";
import { db, type Transaction } from "@/lib/db/client";
import { searchOutbox, systemState, type SearchEntity } from "@/lib/db/schema";
import { expireCacheTags, searchedTag } from "@/lib/cache/tags";
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
/** How long a drain holds the rows it claimed; a drain that dies lets them go after this. */
const CLAIM_MS = 2 * 60_000;
/** Synced rows are kept this long, for a rebuild to replay what changed after its snapshot. */
export const SYNCED_RETENTION_MS = 24 * 60 * 60_000;

export function backoffMs(attempts: number) {
  return Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** Math.min(attempts, 20));
}

/** Rows still waiting for Meilisearch (not yet confirmed). */
export const pendingOutbox = isNull(searchOutbox.syncedAt);

export type DrainResult = { synced: number; failed: number; remaining: number };

let running: Promise<DrainResult> | null = null;
let following: Promise<DrainResult> | null = null;

/**
 * Pushes due outbox rows to Meilisearch. A call while a drain runs gets the next drain, started
 * when that one ends (it may have made its last claim before the caller's rows were written);
 * every call meanwhile shares it. Drains in other processes or instances skip the rows this one
 * claimed.
 */
export function drainSearchOutbox(now = () => Date.now()): Promise<DrainResult> {
  if (!running) {
    running = drainOnce(now).finally(() => {
      running = null;
    });
    return running;
  }
  following ??= running
    .catch(() => undefined)
    .then(() => {
      following = null;
      return drainSearchOutbox(now);
    });
  return following;
}

/** Claims up to a batch of due, unclaimed rows for one drain, in one statement. */
export async function claimDueRows(now: number) {
  const due = and(
    pendingOutbox,
    lte(searchOutbox.nextAttemptAt, new Date(now)),
    or(isNull(searchOutbox.claimedUntil), lte(searchOutbox.claimedUntil, new Date(now))),
  );
  return db
    .update(searchOutbox)
    .set({ claimedUntil: new Date(now + CLAIM_MS) })
    .where(
      inArray(
        searchOutbox.id,
        db
          .select({ id: searchOutbox.id })
          .from(searchOutbox)
          .where(due)
          .orderBy(asc(searchOutbox.id))
          .limit(BATCH),
      ),
    )
    .returning();
}

async function drainOnce(now: () => number): Promise<DrainResult> {
  let synced = 0;
  let failed = 0;
  const changed = new Set<SearchEntity>();
  for (;;) {
    const claimed = await claimDueRows(now());
    if (claimed.length === 0) break;

    const byEntity = new Map<SearchEntity, typeof claimed>();
    for (const row of claimed) byEntity.set(row.entity, [...(byEntity.get(row.entity) ?? []), row]);

    for (const [entity, rows] of byEntity) {
      const ids = [...new Set(rows.map((r) => r.documentId))];
      try {
        await syncDocuments(entity, ids);
        await db
          .update(searchOutbox)
          .set({ syncedAt: new Date(now()), claimedUntil: null })
          .where(
            inArray(
              searchOutbox.id,
              rows.map((r) => r.id),
            ),
          );
        synced += rows.length;
        changed.add(entity);
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
              claimedUntil: null,
            })
            .where(eq(searchOutbox.id, row.id));
        }
      }
    }
  }
  if (synced > 0) await recordSuccessfulSync(now());
  // A write expires its pages' tags when it commits, but a catalog rendered between that and this
  // push searched the old index and was cached: once the index has the change, those reads are
  // expired again.
  await expireCacheTags([...changed].map((entity) => searchedTag[entity]));
  await db
    .delete(searchOutbox)
    .where(lte(searchOutbox.syncedAt, new Date(now() - SYNCED_RETENTION_MS)));
  const remaining = await db.$count(searchOutbox, pendingOutbox);
  return { synced, failed, remaining };
}

async function recordSuccessfulSync(at: number) {
  const value = new Date(at).toISOString();
  await db
    .insert(systemState)
    .values({ key: "search.lastSuccessfulSync", value })
    .onConflictDoUpdate({ target: systemState.key, set: { value, updatedAt: new Date(at) } });
}
