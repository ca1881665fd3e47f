import "server-only";
import { randomUUID } from "node:crypto";
import { and, count, eq, gt, inArray, max } from "drizzle-orm";
import { MeilisearchApiError } from "meilisearch";
import { expireCacheTags, searchedTag } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import { keepLease, releaseLease, takeLease } from "@/lib/db/lease";
import {
  articles,
  courses,
  issues,
  programs,
  searchOutbox,
  type SearchEntity,
} from "@/lib/db/schema";
import { indexUid, searchClient, settle } from "./client";
import { drainSearchOutbox, enqueueSearchSync } from "./outbox";
import { articleDocument, courseDocument, programDocument } from "./documents";
import {
  indexEntities,
  indexForEntity,
  indexNames,
  type IndexName,
  type IndexSettings,
} from "./indexes";
import { publicArticle } from "@/lib/bulletin/visibility";
import { published as coursePublished } from "@/lib/courses/visibility";
import { published as programPublished } from "@/lib/programs/visibility";

type Document = { id: string };

// What the public may see: published records only (drafts and scheduled ones never reach an index).
const published = {
  course: coursePublished,
  program: programPublished,
  article: publicArticle,
};

type Reader = Pick<typeof db, "select">;

async function publishedDocuments(
  entity: SearchEntity,
  ids?: string[],
  reader: Reader = db,
): Promise<Document[]> {
  if (ids?.length === 0) return [];
  if (entity === "course") {
    const rows = await reader
      .select()
      .from(courses)
      .where(ids ? and(published.course, inArray(courses.externalId, ids)) : published.course);
    return rows.map(courseDocument);
  }
  if (entity === "program") {
    const rows = await reader
      .select()
      .from(programs)
      .where(ids ? and(published.program, inArray(programs.externalId, ids)) : published.program);
    return rows.map(programDocument);
  }
  const rows = await reader
    .select({ article: articles, issue: issues })
    .from(articles)
    .innerJoin(issues, eq(articles.issueId, issues.id))
    .where(ids ? and(published.article, inArray(articles.id, ids.map(Number))) : published.article);
  return rows.map(({ article, issue }) => articleDocument(article, issue));
}

/** How many documents an index should hold, counted in SQL (no rows loaded). */
export async function publishedCount(entity: SearchEntity) {
  if (entity === "course") return db.$count(courses, published.course);
  if (entity === "program") return db.$count(programs, published.program);
  const [row] = await db
    .select({ n: count() })
    .from(articles)
    .innerJoin(issues, eq(articles.issueId, issues.id))
    .where(published.article);
  return row?.n ?? 0;
}

/** Makes the index copy of these documents equal the database: upsert the published, delete the rest. */
export async function syncDocuments(entity: SearchEntity, ids: string[]) {
  const index = searchClient().index(indexUid(indexForEntity(entity)));
  const documents = await publishedDocuments(entity, ids);
  const present = new Set(documents.map((d) => d.id));
  const gone = ids.filter((id) => !present.has(id));
  if (documents.length > 0) await settle(index.addDocuments(documents, { primaryKey: "id" }));
  if (gone.length > 0) await settle(index.deleteDocuments(gone));
}

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

/** Every id the public may see for an entity, as its index names it. */
async function publishedIds(entity: SearchEntity) {
  if (entity === "course")
    return (await db.select({ id: courses.externalId }).from(courses).where(published.course)).map(
      (row) => row.id,
    );
  if (entity === "program")
    return (
      await db.select({ id: programs.externalId }).from(programs).where(published.program)
    ).map((row) => row.id);
  return (
    await db
      .select({ id: articles.id })
      .from(articles)
      .innerJoin(issues, eq(articles.issueId, issues.id))
      .where(published.article)
  ).map((row) => String(row.id));
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
