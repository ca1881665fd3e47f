import "server-only";
import { createHash } from "node:crypto";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { bulletinTags, cacheTags, expireCacheTags } from "@/lib/cache/tags";
import { db, type Transaction } from "@/lib/db/client";
import { articleRevisions, articles, courses, issues, programs } from "@/lib/db/schema";
import { articleDocumentId } from "@/lib/search/documents";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { revisionOf } from "@/lib/bulletin/revisions";
import { loadSeedContent, type SeedContent } from "./loader";

export type SeedReport = {
  inserted: number;
  refreshed: number;
  unchanged: number;
  keptEdited: number;
};

function hashOf(value: unknown) {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}

type Existing = { id: number; seedHash: string | null; version: number } | undefined;

/**
 * Decides what the seed may do with one row: insert it, refresh it (it still holds an older
 * seed and no editor has touched it), or leave it (same seed, or edited by a person).
 */
function plan(existing: Existing, hash: string, report: SeedReport): "insert" | "refresh" | "skip" {
  if (!existing) {
    report.inserted++;
    return "insert";
  }
  if (existing.seedHash === hash) {
    report.unchanged++;
    return "skip";
  }
  if (existing.seedHash === null) {
    report.keptEdited++;
    return "skip";
  }
  report.refreshed++;
  return "refresh";
}

/** Writes the seed content in one transaction: all of it, or nothing. */
export async function seedDatabase(content: SeedContent): Promise<SeedReport> {
  const report: SeedReport = { inserted: 0, refreshed: 0, unchanged: 0, keptEdited: 0 };
  const issueIds: number[] = [];
  await db.transaction(async (tx) => {
    const articleIds = new Map<string, number>();
    for (const { issue, articles: articleSeeds } of content.issues) {
      const issueId = await seedIssue(tx, issue, report);
      issueIds.push(issueId);
      for (const article of articleSeeds) {
        articleIds.set(article.slug, await seedArticle(tx, issueId, article, report));
      }
    }
    await seedCourses(tx, content.courses, report);
    await seedPrograms(tx, content.programs, articleIds, report);
  });
  if (report.inserted + report.refreshed > 0) {
    // Each issue's tag covers its articles' pages too.
    await expireCacheTags([
      ...issueIds.flatMap((issueId) => bulletinTags({ issueId })),
      cacheTags.courses,
      cacheTags.programs,
    ]);
  }
  return report;
}

async function seedIssue(
  tx: Transaction,
  seed: SeedContent["issues"][number]["issue"],
  report: SeedReport,
) {
  const hash = hashOf(seed);
  const [existing] = await tx.select().from(issues).where(eq(issues.slug, seed.slug));
  const values = {
    slug: seed.slug,
    title: seed.title,
    summary: seed.summary,
    status: "published" as const,
    publishAt: new Date(seed.publishAt),
    seedHash: hash,
  };
  const action = plan(existing, hash, report);
  if (action === "insert") {
    const [row] = await tx.insert(issues).values(values).returning({ id: issues.id });
    return row!.id;
  }
  if (action === "refresh") {
    await tx
      .update(issues)
      .set({ ...values, version: existing!.version + 1, updatedAt: new Date() })
      .where(eq(issues.id, existing!.id));
  }
  return existing!.id;
}

async function seedArticle(
  tx: Transaction,
  issueId: number,
  seed: SeedContent["issues"][number]["articles"][number],
  report: SeedReport,
) {
  const hash = hashOf(seed);
  const [existing] = await tx
    .select()
    .from(articles)
    .where(and(eq(articles.issueId, issueId), eq(articles.slug, seed.slug)));
  const values = {
    issueId,
    slug: seed.slug,
    section: seed.section,
    category: seed.category,
    title: seed.title,
    summary: seed.summary,
    body: seed.body,
    tags: seed.tags,
    sources: seed.sources,
    position: seed.position,
    status: "published" as const,
    seedHash: hash,
  };
  const action = plan(existing, hash, report);
  if (action === "skip") return existing!.id;
  const version = action === "insert" ? 1 : existing!.version + 1;
  const id =
    action === "insert"
      ? (await tx.insert(articles).values(values).returning({ id: articles.id }))[0]!.id
      : existing!.id;
  if (action === "refresh") {
    await tx
      .update(articles)
      .set({ ...values, version, updatedAt: new Date() })
      .where(eq(articles.id, id));
  }
  await tx.insert(articleRevisions).values(revisionOf({ ...values, id, version }));
  await enqueueSearchSync(tx, "article", [articleDocumentId({ id })]);
  return id;
}

async function seedCourses(tx: Transaction, seeds: SeedContent["courses"], report: SeedReport) {
  const changed: string[] = [];
  for (const seed of seeds) {
    const hash = hashOf(seed);
    const [existing] = await tx
      .select()
      .from(courses)
      .where(eq(courses.externalId, seed.externalId));
    const action = plan(existing, hash, report);
    if (action === "skip") continue;
    const values = { ...seed, status: "published" as const, seedHash: hash };
    if (action === "insert") await tx.insert(courses).values(values);
    else {
      await tx
        .update(courses)
        .set({ ...values, version: existing!.version + 1, updatedAt: new Date() })
        .where(eq(courses.id, existing!.id));
    }
    changed.push(seed.externalId);
  }
  await enqueueSearchSync(tx, "course", changed);
}

async function seedPrograms(
  tx: Transaction,
  seeds: SeedContent["programs"],
  articleIds: Map<string, number>,
  report: SeedReport,
) {
  const changed: string[] = [];
  for (const { articleSlug, ...seed } of seeds) {
    const hash = hashOf({ articleSlug, ...seed });
    const [existing] = await tx
      .select()
      .from(programs)
      .where(eq(programs.externalId, seed.externalId));
    const action = plan(existing, hash, report);
    if (action === "skip") continue;
    const values = {
      ...seed,
      articleId: articleSlug ? (articleIds.get(articleSlug) ?? null) : null,
      status: "published" as const,
      seedHash: hash,
    };
    if (action === "insert") await tx.insert(programs).values(values);
    else {
      await tx
        .update(programs)
        .set({ ...values, version: existing!.version + 1, updatedAt: new Date() })
        .where(eq(programs.id, existing!.id));
    }
    changed.push(seed.externalId);
  }
  await enqueueSearchSync(tx, "program", changed);
}

export const contentRoot = path.join(process.cwd(), "content");

/** Validates every seed file first, then writes; a broken file stops the seed before any write. */
export async function seedFromContent(root = contentRoot) {
  return seedDatabase(await loadSeedContent(root));
}

export async function isDatabaseEmpty() {
  const [issueCount, courseCount, programCount] = await Promise.all([
    db.$count(issues),
    db.$count(courses),
    db.$count(programs),
  ]);
  return issueCount + courseCount + programCount === 0;
}
