import "server-only";
import { and, desc, eq, inArray, isNotNull, isNull, lt, or } from "drizzle-orm";
import { josa } from "es-hangul";
import { recordAudit } from "@/lib/audit/record";
import { db, type Transaction } from "@/lib/db/client";
import { articles, issues } from "@/lib/db/schema";
import { articleDocumentId } from "@/lib/search/documents";
import { enqueueSearchSync } from "@/lib/search/outbox";

// Deleting an article or an issue moves it to the trash: hidden from readers, search and the
// workspace lists, restorable as it was (status and date kept) for this long, then purged.
export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

export const purgeDate = (deletedAt: Date) => new Date(deletedAt.getTime() + TRASH_DAYS * DAY_MS);

/**
 * Why something in the trash cannot be published or scheduled: the action's refusal and the note
 * its page shows in place of those buttons. `what` is "이 기사", "이 호" or a quoted title.
 */
export function trashedReleaseRefusal(what: string) {
  // The particle follows the last word, not a closing quote around a title.
  const particle = josa.pick(what.replace(/’$/, ""), "이/가");
  return `${what}${particle} 휴지통에 있어 발행하거나 예약할 수 없습니다. 먼저 되살리세요.`;
}

type Target = { entity: "article" | "issue"; id: number };

/** Moves one article or issue into the trash, or out of it; returns what changed for the caches. */
export async function setTrashed(
  tx: Transaction,
  target: Target,
  trashed: boolean,
  userId: number,
  now = new Date(),
) {
  const deletedAt = trashed ? now : null;
  const table = target.entity === "article" ? articles : issues;
  const [row] = await tx
    .update(table)
    .set({ deletedAt, updatedAt: now })
    .where(
      and(eq(table.id, target.id), trashed ? isNull(table.deletedAt) : isNotNull(table.deletedAt)),
    )
    .returning();
  if (!row) return null;
  const issueId = "issueId" in row ? row.issueId : row.id;
  // The index follows the visibility rule: a trashed issue takes its articles out with it.
  const affected =
    target.entity === "article"
      ? [{ id: row.id }]
      : await tx.select({ id: articles.id }).from(articles).where(eq(articles.issueId, row.id));
  await enqueueSearchSync(tx, "article", affected.map(articleDocumentId));
  await recordAudit(tx, {
    userId,
    action: `${target.entity}.${trashed ? "trash" : "untrash"}`,
    entity: target.entity,
    entityId: row.id,
    details: { title: row.title, ...("slug" in row ? { slug: row.slug } : {}) },
  });
  return {
    issueId,
    articleId: target.entity === "article" ? row.id : undefined,
    title: row.title,
    // Scheduled for a time that passed while it was in the trash: restored, it goes live at once.
    due: row.status === "scheduled" && row.publishAt !== null && row.publishAt <= now,
  };
}

/** What is in the trash, newest first, with the date each goes for good. */
export async function trashedBulletin() {
  const [trashedIssues, trashedArticles] = await Promise.all([
    db
      .select({ id: issues.id, title: issues.title, deletedAt: issues.deletedAt })
      .from(issues)
      .where(isNotNull(issues.deletedAt))
      .orderBy(desc(issues.deletedAt)),
    db
      .select({
        id: articles.id,
        title: articles.title,
        deletedAt: articles.deletedAt,
        issueTitle: issues.title,
      })
      .from(articles)
      .innerJoin(issues, eq(articles.issueId, issues.id))
      .where(isNotNull(articles.deletedAt))
      .orderBy(desc(articles.deletedAt)),
  ]);
  return [
    ...trashedIssues.map((row) => ({ entity: "issue" as const, ...row, issueTitle: null })),
    ...trashedArticles.map((row) => ({ entity: "article" as const, ...row })),
  ].map((item) => ({ ...item, purgeAt: purgeDate(item.deletedAt!) }));
}

/** Deletes for good what has been in the trash longer than TRASH_DAYS (revisions go with it). */
export async function purgeTrash(now = new Date()) {
  const before = new Date(now.getTime() - TRASH_DAYS * DAY_MS);
  return db.transaction(async (tx) => {
    const expired = (deletedAt: typeof articles.deletedAt | typeof issues.deletedAt) =>
      and(isNotNull(deletedAt), lt(deletedAt, before));
    const goneIssues = await tx
      .select({ id: issues.id, title: issues.title })
      .from(issues)
      .where(expired(issues.deletedAt));
    const issueIds = goneIssues.map((issue) => issue.id);
    // An issue's articles go with it, whether or not each was trashed on its own.
    const goneArticles = await tx
      .delete(articles)
      .where(or(expired(articles.deletedAt), inArray(articles.issueId, issueIds)))
      .returning({ id: articles.id, title: articles.title });
    if (issueIds.length > 0) await tx.delete(issues).where(inArray(issues.id, issueIds));
    for (const [entity, rows] of [
      ["article", goneArticles],
      ["issue", goneIssues],
    ] as const)
      for (const row of rows)
        await recordAudit(tx, {
          userId: null,
          action: `${entity}.purge`,
          entity,
          entityId: row.id,
          details: { title: row.title },
        });
    return goneArticles.length + goneIssues.length;
  });
}
