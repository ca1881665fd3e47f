import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import { MeilisearchApiError, type Index } from "meilisearch";
import { db } from "@/lib/db/client";
import { articles, courses, issues, programs, type SearchEntity } from "@/lib/db/schema";
import { indexUid, searchClient, settle } from "./client";
import { articleDocument, courseDocument, programDocument } from "./documents";
import { indexDefinitions, indexForEntity, indexNames, type IndexName } from "./indexes";

type Document = { id: string };

// What the public may see: published records only (drafts and scheduled ones never reach an index).
const published = {
  course: eq(courses.status, "published"),
  program: eq(programs.status, "published"),
  article: and(eq(articles.status, "published"), eq(issues.status, "published")),
};

async function publishedDocuments(entity: SearchEntity, ids?: string[]): Promise<Document[]> {
  if (ids?.length === 0) return [];
  if (entity === "course") {
    const rows = await db
      .select()
      .from(courses)
      .where(ids ? and(published.course, inArray(courses.externalId, ids)) : published.course);
    return rows.map(courseDocument);
  }
  if (entity === "program") {
    const rows = await db
      .select()
      .from(programs)
      .where(ids ? and(published.program, inArray(programs.externalId, ids)) : published.program);
    return rows.map(programDocument);
  }
  const rows = await db
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

async function applySettings(index: Index, name: IndexName) {
  await settle(index.updateSettings(indexDefinitions[name].settings));
}

/** Creates missing indexes and applies the declared settings (a no-op task when nothing changed). */
export async function applyIndexSettings() {
  for (const name of indexNames) {
    await applySettings(await ensureIndex(indexUid(name)), name);
  }
}

const BATCH = 1_000;

/**
 * Rebuilds every index from the database into a fresh index and swaps it in atomically, so
 * searches never see a half-built index. Writes made meanwhile stay in the outbox and follow.
 */
export async function reindexAll() {
  const client = searchClient();
  const counts: Record<string, number> = {};
  for (const name of indexNames) {
    const uid = indexUid(name);
    const fresh = `${uid}__rebuild`;
    if (await indexExists(fresh)) await settle(client.deleteIndex(fresh));
    await settle(client.createIndex(fresh, { primaryKey: "id" }));
    const index = client.index(fresh);
    await applySettings(index, name);
    const documents = await publishedDocuments(indexDefinitions[name].entity);
    for (let i = 0; i < documents.length; i += BATCH) {
      await settle(index.addDocuments(documents.slice(i, i + BATCH)));
    }
    if (await indexExists(uid)) {
      await settle(client.swapIndexes([{ indexes: [uid, fresh], rename: false }]));
      await settle(client.deleteIndex(fresh));
    } else {
      await settle(client.swapIndexes([{ indexes: [fresh, uid], rename: true }]));
    }
    counts[name] = documents.length;
  }
  return counts;
}

/** Index sizes that differ from the published rows mean the index drifted (or is new). */
export async function findDrift() {
  const drift: { index: IndexName; indexed: number; published: number }[] = [];
  for (const name of indexNames) {
    const stats = await searchClient().index(indexUid(name)).getStats();
    const published = await publishedCount(indexDefinitions[name].entity);
    if (stats.numberOfDocuments !== published) {
      drift.push({ index: name, indexed: stats.numberOfDocuments, published });
    }
  }
  return drift;
}

export async function warmUp() {
  for (const name of indexNames)
    await searchClient().index(indexUid(name)).search("인천", { limit: 1 });
}
