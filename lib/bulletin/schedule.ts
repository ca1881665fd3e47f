import "server-only";
import { and, eq, inArray, isNull, lte, min } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import { bulletinTags, expireCacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import { articles, issues } from "@/lib/db/schema";
import { articleDocumentId } from "@/lib/search/documents";
import { enqueueSearchSync } from "@/lib/search/outbox";

/** Publishes every issue and article whose scheduled time has come; returns how many. */
export async function publishDueSchedules(now = new Date()) {
  const published = await db.transaction(async (tx) => {
    const dueIssues = await tx
      .update(issues)
      .set({ status: "published", updatedAt: now })
      // Something in the trash keeps its schedule for a restore, but does not go live.
      .where(
        and(eq(issues.status, "scheduled"), lte(issues.publishAt, now), isNull(issues.deletedAt)),
      )
      .returning({ id: issues.id, slug: issues.slug });
    const dueArticles = await tx
      .update(articles)
      .set({ status: "published", updatedAt: now })
      .where(
        and(
          eq(articles.status, "scheduled"),
          lte(articles.publishAt, now),
          isNull(articles.deletedAt),
        ),
      )
      .returning({ id: articles.id, issueId: articles.issueId, title: articles.title });
    const issueArticles =
      dueIssues.length === 0
        ? []
        : await tx
            .select({ id: articles.id })
            .from(articles)
            .where(
              inArray(
                articles.issueId,
                dueIssues.map((i) => i.id),
              ),
            );
    const documentIds = [...new Set([...dueArticles, ...issueArticles].map(articleDocumentId))];
    if (documentIds.length > 0) await enqueueSearchSync(tx, "article", documentIds);
    for (const issue of dueIssues) {
      await recordAudit(tx, {
        userId: null,
        action: "issue.publish-scheduled",
        entity: "issue",
        entityId: issue.id,
        details: { slug: issue.slug },
      });
    }
    for (const article of dueArticles) {
      await recordAudit(tx, {
        userId: null,
        action: "article.publish-scheduled",
        entity: "article",
        entityId: article.id,
        details: { title: article.title },
      });
    }
    return {
      count: dueIssues.length + dueArticles.length,
      tags: [
        ...dueIssues.flatMap((issue) => bulletinTags({ issueId: issue.id })),
        ...dueArticles.flatMap((article) =>
          bulletinTags({ issueId: article.issueId, articleId: article.id }),
        ),
      ],
    };
  });
  await expireCacheTags(published.tags);
  return published.count;
}

/** When the next scheduled issue or article is due (outside the trash), or null if none is. */
export async function nextScheduledAt(): Promise<Date | null> {
  const due = (table: typeof issues | typeof articles) =>
    db
      .select({ at: min(table.publishAt) })
      .from(table)
      .where(and(eq(table.status, "scheduled"), isNull(table.deletedAt)));
  const [[issue], [article]] = await Promise.all([due(issues), due(articles)]);
  const times = [issue?.at, article?.at].filter((at): at is Date => at instanceof Date);
  return times.length === 0 ? null : new Date(Math.min(...times.map((at) => at.getTime())));
}
