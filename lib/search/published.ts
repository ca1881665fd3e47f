import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { articles, courses, issues, programs, type SearchEntity } from "@/lib/db/schema";
import { publicArticle } from "@/lib/bulletin/visibility";
import { published as coursePublished } from "@/lib/courses/visibility";
import { published as programPublished } from "@/lib/programs/visibility";
import { indexUid, searchClient, settle } from "./client";
import { articleDocument, courseDocument, programDocument } from "./documents";
import { indexForEntity } from "./indexes";

// The documents the public may see, read from the database, and how a set of them reaches its
// index: the outbox's drain and the start-up check push through here, the rebuild reads here.

export type Document = { id: string };

// What the public may see: published records only (drafts and scheduled ones never reach an index).
const published = {
  course: coursePublished,
  program: programPublished,
  article: publicArticle,
};

export type Reader = Pick<typeof db, "select">;

export async function publishedDocuments(
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

/** Every id the public may see for an entity, as its index names it. */
export async function publishedIds(entity: SearchEntity) {
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
