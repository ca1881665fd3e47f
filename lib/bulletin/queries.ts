import "server-only";
import { and, asc, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { hasAnyTag } from "@/lib/db/tags";
import {
  articleRevisions,
  articles,
  issues,
  users,
  type Article,
  type Issue,
} from "@/lib/db/schema";
import { issueOrder } from "./sections";
import { publicArticle, publishedArticle, publishedIssue } from "./visibility";

function bySectionThenPosition(
  a: Pick<Article, "section" | "position">,
  b: Pick<Article, "section" | "position">,
) {
  return issueOrder(a) - issueOrder(b);
}

export type IssueWithArticles = Issue & { articles: Article[] };

async function withArticles(issueRows: Issue[]): Promise<IssueWithArticles[]> {
  if (issueRows.length === 0) return [];
  const rows = await db.select().from(articles).where(publishedArticle);
  return issueRows.map((issue) => ({
    ...issue,
    articles: rows.filter((a) => a.issueId === issue.id).sort(bySectionThenPosition),
  }));
}

export async function listPublishedIssues(): Promise<IssueWithArticles[]> {
  return withArticles(
    await db.select().from(issues).where(publishedIssue).orderBy(desc(issues.slug)),
  );
}

export async function latestIssue(): Promise<IssueWithArticles | null> {
  const [issue] = await db
    .select()
    .from(issues)
    .where(publishedIssue)
    .orderBy(desc(issues.slug))
    .limit(1);
  return issue ? ((await withArticles([issue]))[0] ?? null) : null;
}

export async function getPublishedIssue(slug: string): Promise<IssueWithArticles | null> {
  const [issue] = await db
    .select()
    .from(issues)
    .where(and(publishedIssue, eq(issues.slug, slug)));
  return issue ? ((await withArticles([issue]))[0] ?? null) : null;
}

export async function getPublishedArticle(issueSlug: string, articleSlug: string) {
  const [row] = await db
    .select({ article: articles, issue: issues })
    .from(articles)
    .innerJoin(issues, eq(articles.issueId, issues.id))
    .where(and(publicArticle, eq(issues.slug, issueSlug), eq(articles.slug, articleSlug)))
    .orderBy(asc(articles.position));
  return row ?? null;
}

/** How many published articles carry any of the tags (a tag page lists only the first few). */
export async function countArticlesWithTags(tags: string[]) {
  const [row] = await db
    .select({ total: count() })
    .from(articles)
    .innerJoin(issues, eq(articles.issueId, issues.id))
    .where(and(publicArticle, hasAnyTag(articles.tags, tags)));
  return row?.total ?? 0;
}

/** Published articles sharing any of these tags, newest issue first. */
export async function articlesWithTags(tags: string[], limit = 5) {
  return db
    .select({ article: articles, issue: issues })
    .from(articles)
    .innerJoin(issues, eq(articles.issueId, issues.id))
    .where(and(publicArticle, hasAnyTag(articles.tags, tags)))
    .orderBy(desc(issues.slug), asc(articles.position))
    .limit(limit);
}

/** Published articles with these ids, with their issues, in this order (a catalog page). */
export async function articlesInOrder(ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ article: articles, issue: issues })
    .from(articles)
    .innerJoin(issues, eq(articles.issueId, issues.id))
    .where(and(publicArticle, inArray(articles.id, ids.map(Number))));
  const byId = new Map(rows.map((row) => [String(row.article.id), row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The published issues before and after one, for previous / next links. */
export async function adjacentIssues(slug: string) {
  const all = await db
    .select({ slug: issues.slug, title: issues.title })
    .from(issues)
    .where(publishedIssue)
    .orderBy(asc(issues.slug));
  const i = all.findIndex((issue) => issue.slug === slug);
  return {
    previous: i > 0 ? all[i - 1]! : null,
    next: i >= 0 && i < all.length - 1 ? all[i + 1]! : null,
  };
}

/** Every published article with its issue, newest first (feeds and the sitemap). */
export async function allPublishedArticles() {
  return db
    .select({ article: articles, issue: issues })
    .from(articles)
    .innerJoin(issues, eq(articles.issueId, issues.id))
    .where(publicArticle)
    .orderBy(desc(issues.slug), asc(articles.section), asc(articles.position));
}

// Editors' reads: every status, for the workspace only.

export async function listIssuesForEditors() {
  const [issueRows, counts] = await Promise.all([
    db.select().from(issues).where(isNull(issues.deletedAt)).orderBy(desc(issues.slug)),
    db
      .select({ issueId: articles.issueId, status: articles.status, count: count() })
      .from(articles)
      .where(isNull(articles.deletedAt))
      .groupBy(articles.issueId, articles.status),
  ]);
  return issueRows.map((issue) => {
    const mine = counts.filter((c) => c.issueId === issue.id);
    return {
      ...issue,
      articleCount: mine.reduce((sum, c) => sum + c.count, 0),
      publishedCount: mine.find((c) => c.status === "published")?.count ?? 0,
    };
  });
}

export async function getIssueForEditor(id: number): Promise<IssueWithArticles | null> {
  const [issue] = await db.select().from(issues).where(eq(issues.id, id));
  if (!issue) return null;
  const rows = await db
    .select()
    .from(articles)
    .where(and(eq(articles.issueId, id), isNull(articles.deletedAt)));
  return { ...issue, articles: rows.sort(bySectionThenPosition) };
}

export async function getArticleForEditor(id: number) {
  const [row] = await db
    .select({ article: articles, issue: issues })
    .from(articles)
    .innerJoin(issues, eq(articles.issueId, issues.id))
    .where(eq(articles.id, id));
  return row ?? null;
}

export async function listArticleRevisions(articleId: number) {
  return db
    .select({ revision: articleRevisions, authorName: users.name })
    .from(articleRevisions)
    .leftJoin(users, eq(articleRevisions.authorId, users.id))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.version));
}

export async function listScheduled() {
  const [issueRows, articleRows] = await Promise.all([
    db
      .select()
      .from(issues)
      .where(and(eq(issues.status, "scheduled"), isNull(issues.deletedAt)))
      .orderBy(asc(issues.publishAt)),
    db
      .select()
      .from(articles)
      .where(and(eq(articles.status, "scheduled"), isNull(articles.deletedAt)))
      .orderBy(asc(articles.publishAt)),
  ]);
  return { issues: issueRows, articles: articleRows };
}
