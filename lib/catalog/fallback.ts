import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { articles, courses, issues, programs } from "@/lib/db/schema";
import { courseCatalogSpec } from "@/lib/courses/catalog-spec";
import { programCatalogSpec } from "@/lib/programs/catalog-spec";
import { articleCatalogSpec } from "@/lib/bulletin/catalog-spec";
import { todayInSeoul } from "@/lib/dates/dates";
import { textMatch } from "./spec";
import { relevanceGroup, relevanceOrderBy } from "./sql";
import { articleDocument, courseDocument, programDocument } from "@/lib/search/documents";
import { articleHit, courseHit, programHit, type SearchResult } from "@/lib/search/hits";
import type { SearchRequest } from "@/lib/search/schema";
import { publicArticle } from "@/lib/bulletin/visibility";

// The database answers a search across everything when Meilisearch cannot: plain substring
// matching, every word required, with the catalogs' own visibility and text rules. No typo
// tolerance or synonyms, which is why the page tells the resident results may be fewer. As in
// Meilisearch's ranking (lib/search/query.ts), records come in their catalogs' relevance groups'
// order: what a resident can join or apply to today first, what is over last; within a group, in
// the order Meilisearch gives records that rank alike.

async function courseHits(q: string, limit: number, today: string) {
  const where = and(courseCatalogSpec.visible, textMatch(courseCatalogSpec, q));
  const group = relevanceGroup(courseCatalogSpec, today)!;
  const [rows, total] = await Promise.all([
    db
      .select({ course: courses, group })
      .from(courses)
      .where(where)
      .orderBy(...relevanceOrderBy(courseCatalogSpec, today))
      .limit(limit),
    db.$count(courses, where),
  ]);
  const hits = rows.map((row) => ({
    hit: courseHit(courseDocument(row.course), today),
    group: row.group,
  }));
  return { hits, total };
}

async function programHits(q: string, limit: number, today: string) {
  const where = and(programCatalogSpec.visible, textMatch(programCatalogSpec, q));
  const group = relevanceGroup(programCatalogSpec, today)!;
  const [rows, total] = await Promise.all([
    db
      .select({ program: programs, group })
      .from(programs)
      .where(where)
      .orderBy(...relevanceOrderBy(programCatalogSpec, today))
      .limit(limit),
    db.$count(programs, where),
  ]);
  const hits = rows.map((row) => ({
    hit: programHit(programDocument(row.program), today),
    group: row.group,
  }));
  return { hits, total };
}

async function articleHits(q: string, limit: number, today: string) {
  const where = and(publicArticle, textMatch(articleCatalogSpec, q));
  const [rows, [count]] = await Promise.all([
    db
      .select({ article: articles, issue: issues })
      .from(articles)
      .innerJoin(issues, eq(articles.issueId, issues.id))
      .where(where)
      .orderBy(...relevanceOrderBy(articleCatalogSpec, today))
      .limit(limit),
    db
      .select({ n: sql<number>`count(*)` })
      .from(articles)
      .innerJoin(issues, eq(articles.issueId, issues.id))
      .where(where),
  ]);
  return {
    hits: rows.map(({ article, issue }) => ({
      hit: articleHit(articleDocument(article, issue)),
      group: 0,
    })),
    total: count?.n ?? 0,
  };
}

export async function searchDatabase(
  request: SearchRequest,
): Promise<Omit<SearchResult, "fallback">> {
  const { q, index, page, pageSize } = request;
  const offset = (page - 1) * pageSize;
  const limit = offset + pageSize;
  const today = todayInSeoul();
  const [articles, courses, programs] = await Promise.all([
    index === "all" || index === "articles" ? articleHits(q, limit, today) : null,
    index === "all" || index === "courses" ? courseHits(q, limit, today) : null,
    index === "all" || index === "programs" ? programHits(q, limit, today) : null,
  ]);
  const parts = [articles, courses, programs].filter((part) => part !== null);
  // Each part lists its records group by group, so the first `limit` of this order are among
  // theirs: every part's first group, then every part's second, and so on (the sort is stable).
  const ranked = parts.flatMap((part) => part.hits).sort((a, b) => a.group - b.group);
  return {
    query: q,
    hits: ranked.slice(offset, offset + pageSize).map(({ hit }) => hit),
    total: parts.reduce((sum, p) => sum + p.total, 0),
    ...(index === "all" && {
      counts: { article: articles!.total, course: courses!.total, program: programs!.total },
    }),
    page,
    pageSize,
  };
}
