import "server-only";
import { and, asc, desc, eq, gte, inArray, lte } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { articles, issues, programs, type Program } from "@/lib/db/schema";
import { search } from "@/lib/search/query";
import { hasAnyTag } from "@/lib/db/tags";

const published = eq(programs.status, "published");

export type ProgramWithArticle = Program & { article: { title: string; url: string } | null };

export async function getPublishedProgram(externalId: string): Promise<ProgramWithArticle | null> {
  const [row] = await db
    .select({ program: programs, article: articles, issue: issues })
    .from(programs)
    .leftJoin(articles, and(eq(programs.articleId, articles.id), eq(articles.status, "published")))
    .leftJoin(issues, and(eq(articles.issueId, issues.id), eq(issues.status, "published")))
    .where(and(published, eq(programs.externalId, externalId)));
  if (!row) return null;
  const article =
    row.article && row.issue
      ? { title: row.article.title, url: `/issues/${row.issue.slug}/${row.article.slug}` }
      : null;
  return { ...row.program, article };
}

async function programsInOrder(ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(programs)
    .where(and(published, inArray(programs.externalId, ids)));
  const byId = new Map(rows.map((row) => [row.externalId, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type ProgramList = {
  programs: Program[];
  total: number;
  page: number;
  pageSize: number;
  fallback: boolean;
};

export async function listPrograms({
  q,
  page,
  pageSize = 20,
}: {
  q: string;
  page: number;
  pageSize?: number;
}): Promise<ProgramList> {
  if (q) {
    const result = await search({ q, index: "programs", page, pageSize });
    return {
      programs: await programsInOrder(result.hits.map((hit) => hit.id)),
      total: result.total,
      page,
      pageSize,
      fallback: result.fallback,
    };
  }
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(programs)
      .where(published)
      .orderBy(desc(programs.applyEnd), asc(programs.title))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.$count(programs, published),
  ]);
  return { programs: rows, total, page, pageSize, fallback: false };
}

/** Open programs whose deadline falls within the next `days` days, soonest first. */
export async function programsClosingSoon(today: string, until: string, limit = 6) {
  return db
    .select()
    .from(programs)
    .where(and(published, gte(programs.applyEnd, today), lte(programs.applyEnd, until)))
    .orderBy(asc(programs.applyEnd))
    .limit(limit);
}

/** Published programs that link to one article (the policy item they came from). */
export async function programsForArticle(articleId: number) {
  return db
    .select()
    .from(programs)
    .where(and(published, eq(programs.articleId, articleId)));
}

export async function programsWithTags(tags: string[], limit = 6) {
  return db
    .select()
    .from(programs)
    .where(and(published, hasAnyTag(programs.tags, tags)))
    .orderBy(asc(programs.title))
    .limit(limit);
}
