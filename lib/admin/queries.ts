import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { articles, auditLog, courses, programs, searchOutbox, users } from "@/lib/db/schema";
import { pendingOutbox } from "@/lib/search/outbox";
import { auditEntryFor, type Viewer } from "@/lib/audit/queries";

/** The workspace's front page: what waits for an editor, and the latest changes. */
export async function workspaceSummary(viewer: Viewer) {
  const [[draftArticles], [draftCourses], [draftPrograms], [backlog], recent] = await Promise.all([
    db
      .select({ n: count() })
      .from(articles)
      .where(and(eq(articles.status, "draft"), isNull(articles.deletedAt))),
    db.select({ n: count() }).from(courses).where(eq(courses.status, "draft")),
    db.select({ n: count() }).from(programs).where(eq(programs.status, "draft")),
    db.select({ n: count() }).from(searchOutbox).where(pendingOutbox),
    db
      .select({ entry: auditLog, userName: users.name })
      .from(auditLog)
      .leftJoin(users, eq(auditLog.userId, users.id))
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(10),
  ]);
  return {
    drafts: {
      articles: draftArticles?.n ?? 0,
      courses: draftCourses?.n ?? 0,
      programs: draftPrograms?.n ?? 0,
    },
    backlog: backlog?.n ?? 0,
    recent: recent.map((row) => ({ ...row, entry: auditEntryFor(viewer, row.entry) })),
  };
}
