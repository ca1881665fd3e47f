import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, gt, max } from "drizzle-orm";
import { MeilisearchApiError } from "meilisearch";
import { expireCacheTags, searchedTag } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import { keepLease, releaseLease, takeLease } from "@/lib/db/lease";
import { searchOutbox } from "@/lib/db/schema";
import { indexUid, searchClient, settle } from "./client";
import { drainSearchOutbox, enqueueSearchSync } from "./outbox";
import { indexEntities, indexNames, type IndexName, type IndexSettings } from "./indexes";
import { publishedDocuments, publishedIds, type Document } from "./published";

// The client wraps errors from its transport (lib/search/http.ts) in a request error.
function apiErrorCode(error: unknown) {
  const api =
    error instanceof MeilisearchApiError
      ? error
      : error instanceof Error && error.cause instanceof MeilisearchApiError
        ? error.cause
        : null;
  return api?.cause?.code;
}

async function indexExists(uid: string) {
  try {
    await searchClient().getIndex(uid);
    return true;
  } catch (error) {
    if (apiErrorCode(error) === "index_not_found") return false;
    throw error;
  }
}

async function ensureIndex(uid: string) {
  const client = searchClient();
  if (!(await indexExists(uid))) await settle(client.createIndex(uid, { primaryKey: "id" }));
  return client.index(uid);
}

/** Creates missing indexes and applies their settings (a no-op task when nothing changed). */
export async function applyIndexSettings(settings: IndexSettings) {
  for (const name of indexNames) {
    await settle((await ensureIndex(indexUid(name))).updateSettings(settings[name]));
  }
}

const BATCH = 1_000;

export class RebuildBusyError extends Error {
  name = "RebuildBusyError";
}

// Two rebuilds at once would build in the same fresh index, each deleting the other's.
const REBUILD_LEASE = "search.rebuild";
const REBUILD_LEASE_MS = 15 * 60_000;

/**
 * Rebuilds every index from the database into a fresh index and swaps it in atomically, so
 * searches never see a half-built index. The snapshot and the outbox position are read in one
 * transaction; once the fresh index is live, every change after that position is queued again and
 * drained into it, so an edit the drain pushed to the old index while the rebuild ran is not lost,
 * even when Meilisearch fails just then (the queued rows wait for the drain's retries). One rebuild
 * runs at a time across instances: another throws RebuildBusyError.
 */
export async function reindexAll(settings: IndexSettings, options: RebuildHooks = {}) {
  const holder = randomUUID();
  const heldUntil = await takeLease(REBUILD_LEASE, holder, REBUILD_LEASE_MS);
  if (heldUntil)
    throw new RebuildBusyError(
      `another rebuild of the search indexes holds them until ${heldUntil.toISOString()}`,
    );
  const stopRenewing = keepLease(REBUILD_LEASE, holder, REBUILD_LEASE_MS);
  try {
    return await rebuildIndexes(settings, options);
  } finally {
    stopRenewing();
    await releaseLease(REBUILD_LEASE, holder);
  }
}

/** Where a test steps into a rebuild: after an index's snapshot is read, and after its swap. */
type RebuildHooks = {
  afterSnapshot?: (name: IndexName) => Promise<void>;
  afterSwap?: (name: IndexName) => Promise<void>;
};

async function rebuildIndexes(settings: IndexSettings, options: RebuildHooks) {
  const client = searchClient();
  const counts: Record<string, number> = {};
  for (const name of indexNames) {
    const entity = indexEntities[name];
    const uid = indexUid(name);
    const fresh = `${uid}__rebuild`;
    if (await indexExists(fresh)) await settle(client.deleteIndex(fresh));
    await settle(client.createIndex(fresh, { primaryKey: "id" }));
    const index = client.index(fresh);
    await settle(index.updateSettings(settings[name]));
    // drizzle's libsql driver begins every transaction as a write (it ignores `behavior`), so
    // writes wait on the busy timeout while the snapshot is read; none lands in between.
    const { documents, position } = await db.transaction(async (tx) => {
      const [last] = await tx.select({ id: max(searchOutbox.id) }).from(searchOutbox);
      return {
        position: last?.id ?? 0,
        documents: await publishedDocuments(entity, undefined, tx),
      };
    });
    await options.afterSnapshot?.(name);
    for (let i = 0; i < documents.length; i += BATCH) {
      await settle(index.addDocuments(documents.slice(i, i + BATCH)));
    }
    if (await indexExists(uid)) {
      await settle(client.swapIndexes([{ indexes: [uid, fresh], rename: false }]));
      await settle(client.deleteIndex(fresh));
    } else {
      await settle(client.swapIndexes([{ indexes: [fresh, uid], rename: true }]));
    }
    await options.afterSwap?.(name);
    const changed = await db
      .selectDistinct({ documentId: searchOutbox.documentId })
      .from(searchOutbox)
      .where(and(eq(searchOutbox.entity, entity), gt(searchOutbox.id, position)));
    if (changed.length > 0) {
      const ids = changed.map((row) => row.documentId);
      await db.transaction((tx) => enqueueSearchSync(tx, entity, ids));
      await drainSearchOutbox();
    }
    // What was read from the old index (catalogs, search answers) is read again from this one.
    await expireCacheTags([searchedTag[entity]]);
    counts[name] = documents.length;
  }
  return counts;
}

/** Every document id an index holds, read in pages. */
async function indexedIds(name: IndexName) {
  const index = searchClient().index(indexUid(name));
  const ids = new Set<string>();
  for (let offset = 0; ; offset += BATCH) {
    const page = await index.getDocuments<Document>({ fields: ["id"], limit: BATCH, offset });
    for (const document of page.results) ids.add(String(document.id));
    if (page.results.length < BATCH) return ids;
  }
}

/**
 * Where an index and the database disagree on which documents exist: ids the public may see that
 * the index lacks, and ids the index holds that the public may not see.
 */
export async function findDrift() {
  const drift: { index: IndexName; missing: string[]; extra: string[] }[] = [];
  for (const name of indexNames) {
    const [indexed, visible] = await Promise.all([
      indexedIds(name),
      publishedIds(indexEntities[name]),
    ]);
    const visibleSet = new Set(visible);
    const missing = visible.filter((id) => !indexed.has(id));
    const extra = [...indexed].filter((id) => !visibleSet.has(id));
    if (missing.length > 0 || extra.length > 0) drift.push({ index: name, missing, extra });
  }
  return drift;
}

export async function warmUp() {
  for (const name of indexNames)
    await searchClient().index(indexUid(name)).search("인천", { limit: 1 });
}
