import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNull, lte, or } from "drizzle-orm";
import { db, type Transaction } from "@/lib/db/client";
import { searchOutbox, systemState, type SearchEntity } from "@/lib/db/schema";
import { expireCacheTags, searchedTag } from "@/lib/cache/tags";
import { syncDocuments } from "./published";

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
/**
 * How long a drain holds the rows it claimed; a drain that dies lets them go after this. Longer
 * than one entity's push can take (two task waits of 60 s each, plus their requests), and renewed
 * before each entity's push.
 */
const CLAIM_MS = 5 * 60_000;
/** Synced rows are kept this long, for a rebuild to replay what changed after its snapshot. */
export const SYNCED_RETENTION_MS = 24 * 60 * 60_000;

export function backoffMs(attempts: number) {
  return Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** Math.min(attempts, 20));
}

/** Rows still waiting for Meilisearch (not yet confirmed). */
export const pendingOutbox = isNull(searchOutbox.syncedAt);

export type DrainResult = { synced: number; failed: number; remaining: number };
/** Where a test steps into a drain: after an entity's documents reached Meilisearch. */
type DrainHooks = { afterPush?: (entity: SearchEntity) => Promise<void> };

let running: Promise<DrainResult> | null = null;
let following: Promise<DrainResult> | null = null;

/**
 * Pushes due outbox rows to Meilisearch. A call while a drain runs gets the next drain, started
 * when that one ends (it may have made its last claim before the caller's rows were written);
 * every call meanwhile shares it. Drains in other processes or instances skip the rows this one
 * claimed.
 */
export function drainSearchOutbox(
  now = () => Date.now(),
  hooks: DrainHooks = {},
): Promise<DrainResult> {
  if (!running) {
    running = drainOnce(now, hooks).finally(() => {
      running = null;
    });
    return running;
  }
  following ??= running
    .catch(() => undefined)
    .then(() => {
      following = null;
      return drainSearchOutbox(now, hooks);
    });
  return following;
}

/** Claims up to a batch of due, unclaimed rows for one drain, in one statement. */
export async function claimDueRows(now: number, token: string) {
  const due = and(
    pendingOutbox,
    lte(searchOutbox.nextAttemptAt, new Date(now)),
    or(isNull(searchOutbox.claimedUntil), lte(searchOutbox.claimedUntil, new Date(now))),
  );
  return db
    .update(searchOutbox)
    .set({ claimedUntil: new Date(now + CLAIM_MS), claimToken: token })
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

type OutboxRow = Awaited<ReturnType<typeof claimDueRows>>[number];

/** The rows of these that the drain still holds: its claim has not lapsed into another's. */
const heldBy = (token: string, rows: OutboxRow[]) =>
  and(
    eq(searchOutbox.claimToken, token),
    inArray(
      searchOutbox.id,
      rows.map((row) => row.id),
    ),
  );

async function drainOnce(now: () => number, hooks: DrainHooks): Promise<DrainResult> {
  const token = randomUUID();
  let synced = 0;
  let failed = 0;
  const changed = new Set<SearchEntity>();
  for (;;) {
    const claimed = await claimDueRows(now(), token);
    if (claimed.length === 0) break;

    const byEntity = new Map<SearchEntity, OutboxRow[]>();
    for (const row of claimed) byEntity.set(row.entity, [...(byEntity.get(row.entity) ?? []), row]);

    for (const [entity, claimedRows] of byEntity) {
      // The entities before this one may have taken most of the claim's time.
      const rows = await db
        .update(searchOutbox)
        .set({ claimedUntil: new Date(now() + CLAIM_MS) })
        .where(heldBy(token, claimedRows))
        .returning();
      if (rows.length === 0) continue;
      const ids = [...new Set(rows.map((r) => r.documentId))];
      try {
        await syncDocuments(entity, ids);
        await hooks.afterPush?.(entity);
        const settled = await db
          .update(searchOutbox)
          .set({ syncedAt: new Date(now()), claimedUntil: null, claimToken: null })
          .where(heldBy(token, rows))
          .returning({ id: searchOutbox.id });
        synced += settled.length;
        changed.add(entity);
        const kept = new Set(settled.map((row) => row.id));
        const lost = rows.filter((row) => !kept.has(row.id));
        if (lost.length > 0) {
          // The claim lapsed during the push and another drain took these rows. Its push may have
          // reached Meilisearch before this one, which read the database earlier: the documents
          // are queued once more, so the last push of each reads the database last.
          await db.transaction((tx) =>
            enqueueSearchSync(tx, entity, [...new Set(lost.map((row) => row.documentId))]),
          );
        }
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
              claimToken: null,
            })
            .where(heldBy(token, [row]));
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
