import "server-only";
import { eq } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { recordAudit } from "@/lib/audit/record";
import { revisionOf } from "@/lib/bulletin/revisions";
import type { Transaction } from "@/lib/db/client";
import { articleRevisions, articles, courses, programs } from "@/lib/db/schema";
import { hasAnyTag } from "@/lib/db/tags";
import { articleDocumentId } from "@/lib/search/documents";
import { enqueueSearchSync } from "@/lib/search/outbox";

const holding = (column: SQLiteColumn, tag: string) => hasAnyTag(column, [tag]);

const renamed = (tags: string[], from: string, to: string) => [
  ...new Set(tags.map((tag) => (tag === from ? to : tag))),
];

/**
 * Renames a tag on every article, course and program, or merges it into a tag already in use:
 * each record gets a new version (articles a revision too) and goes to the search outbox. A
 * record from an official source keeps the new tags: its sync sees an editor's change.
 */
export async function renameTag(tx: Transaction, from: string, to: string, userId: number) {
  const counts = { articles: 0, courses: 0, programs: 0 };
  /** The articles renamed, whose own pages are cached by article and issue. */
  const changedArticles: { articleId: number; issueId: number }[] = [];
  const now = new Date();
  for (const article of await tx.select().from(articles).where(holding(articles.tags, from))) {
    const [updated] = await tx
      .update(articles)
      .set({
        tags: renamed(article.tags, from, to),
        version: article.version + 1,
        seedHash: null,
        updatedAt: now,
      })
      .where(eq(articles.id, article.id))
      .returning();
    await tx.insert(articleRevisions).values({ ...revisionOf(updated!), authorId: userId });
    await enqueueSearchSync(tx, "article", [articleDocumentId(article)]);
    changedArticles.push({ articleId: article.id, issueId: article.issueId });
    counts.articles++;
  }
  for (const [entity, table] of [
    ["course", courses],
    ["program", programs],
  ] as const) {
    const rows = await tx
      .select({
        id: table.id,
        externalId: table.externalId,
        tags: table.tags,
        version: table.version,
      })
      .from(table)
      .where(holding(table.tags, from));
    for (const row of rows)
      await tx
        .update(table)
        .set({
          tags: renamed(row.tags, from, to),
          version: row.version + 1,
          seedHash: null,
          updatedAt: now,
        })
        .where(eq(table.id, row.id));
    await enqueueSearchSync(
      tx,
      entity,
      rows.map((row) => row.externalId),
    );
    counts[`${entity}s`] = rows.length;
  }
  await recordAudit(tx, {
    userId,
    action: "tag.rename",
    entity: "tag",
    entityId: null,
    details: { title: from, to, ...counts },
  });
  return { counts, changedArticles };
}
