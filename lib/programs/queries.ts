import "server-only";
import { and, asc, eq, inArray, lte, ne, or, sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { articles, issues, programs, type Course, type Program } from "@/lib/db/schema";
import { fundingTags } from "@/lib/courses/enums";
import { hasAnyTag } from "@/lib/db/tags";
import { programCatalogSpec } from "./catalog-spec";
import { published } from "./visibility";
import { publishedArticle, publishedIssue } from "@/lib/bulletin/visibility";
import { articlePath } from "@/lib/routes/public";

export type ProgramWithArticle = Program & { article: { title: string; url: string } | null };

export async function getPublishedProgram(externalId: string): Promise<ProgramWithArticle | null> {
  const [row] = await db
    .select({ program: programs, article: articles, issue: issues })
    .from(programs)
    .leftJoin(articles, and(eq(programs.articleId, articles.id), publishedArticle))
    .leftJoin(issues, and(eq(articles.issueId, issues.id), publishedIssue))
    .where(and(published, eq(programs.externalId, externalId)));
  if (!row) return null;
  const article =
    row.article && row.issue
      ? { title: row.article.title, url: articlePath(row.issue, row.article) }
      : null;
  return { ...row.program, article };
}

/** Published programs with these ids, in this order (a catalog page). */
export async function programsInOrder(ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(programs)
    .where(and(published, inArray(programs.externalId, ids)));
  const byId = new Map(rows.map((row) => [row.externalId, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Open programs (접수중, as the catalog's status filter means it) whose deadline falls by `until`,
 * soonest first. A plan's or pilot's end is not a deadline.
 */
export async function programsClosingSoon(today: string, until: string, limit = 6) {
  return db
    .select()
    .from(programs)
    .where(
      and(
        published,
        programCatalogSpec.status.sql("open", today),
        lte(programs.applyEnd, until),
        eq(programs.periodKind, "application"),
      ),
    )
    .orderBy(asc(programs.applyEnd))
    .limit(limit);
}

// The category editors file training-fee programs under (국민내일배움카드, K-디지털 트레이닝).
// A shared topic tag alone is not funding: an AI course is not paid for by an AI adoption grant.
const trainingCategory = "고용·훈련";
// The program every card-eligible course is paid through. K-디지털 트레이닝 also carries the
// card's tag (its trainees use the card), so the tag would name it for any card course.
const learningCardProgram = "national-learning-card";

/**
 * Programs that pay for a course: training programs sharing one of its tags (a K-디지털 트레이닝
 * course names that program), and 국민내일배움카드 when the course accepts the card.
 */
export async function programsFundingCourse(course: Pick<Course, "tags" | "cardEligible">) {
  return db
    .select()
    .from(programs)
    .where(
      and(
        published,
        eq(programs.category, trainingCategory),
        or(
          hasAnyTag(
            programs.tags,
            course.tags.filter((tag) => tag !== fundingTags.card),
          ),
          course.cardEligible ? eq(programs.externalId, learningCardProgram) : undefined,
        ),
      ),
    )
    .orderBy(asc(programs.title));
}

/** Published programs that link to one article (the policy item they came from). */
export async function programsForArticle(articleId: number) {
  return db
    .select()
    .from(programs)
    .where(and(published, eq(programs.articleId, articleId)));
}

/** How many published programs carry any of the tags (a tag page lists only the first few). */
export function countProgramsWithTags(tags: string[]) {
  return db.$count(programs, and(published, hasAnyTag(programs.tags, tags)));
}

export async function programsWithTags(tags: string[], limit = 6) {
  return db
    .select()
    .from(programs)
    .where(and(published, hasAnyTag(programs.tags, tags)))
    .orderBy(asc(programs.title))
    .limit(limit);
}

/**
 * Programs a resident can apply to today (접수중 or 상시): alternatives to a closed one. Real
 * programs come before demo samples (their pages say they take no application), then the same
 * category first, the nearest deadline first.
 */
export async function openProgramsLike(
  program: Pick<Program, "id" | "category">,
  today: string,
  limit = 3,
) {
  return db
    .select()
    .from(programs)
    .where(
      and(
        published,
        ne(programs.id, program.id),
        or(
          programCatalogSpec.status.sql("open", today),
          programCatalogSpec.status.sql("always", today),
        ),
      ),
    )
    .orderBy(
      asc(programs.isSample),
      sql`${programs.category} = ${program.category} desc`,
      asc(programs.applyEnd),
    )
    .limit(limit);
}
