import { and, eq, isNull, sql } from "drizzle-orm";
import { articles, issues, type Article, type Issue } from "@/lib/db/schema";

/**
 * What the public may see of the bulletin: published issues, and their published articles, none
 * of them in the trash (a deleted issue hides its articles with it).
 */
export const publishedIssue = and(eq(issues.status, "published"), isNull(issues.deletedAt))!;
export const publishedArticle = and(eq(articles.status, "published"), isNull(articles.deletedAt))!;

/**
 * An article the public may see: published, in a published issue. Its issue is asked by
 * subquery, so the rule reads the same whether or not a query joins the issues.
 */
export const publicArticle = and(
  publishedArticle,
  sql`${articles.issueId} in (select ${issues.id} from ${issues} where ${publishedIssue})`,
)!;

type Visible = { status: string; deletedAt: Date | null };

/** The same rule for an issue already read (the workspace links to its public page). */
export const isPublicIssue = (issue: Visible) =>
  issue.status === "published" && issue.deletedAt === null;

/** The same rule for an article already read, with its issue. */
export const isPublicArticle = (article: Visible, issue: Visible) =>
  article.status === "published" && article.deletedAt === null && isPublicIssue(issue);

/** The date an article counts as published: its own, else its issue's, else when it was written. */
export function articlePublishedAt({ article, issue }: { article: Article; issue: Issue }) {
  return article.publishAt ?? issue.publishAt ?? article.createdAt;
}
