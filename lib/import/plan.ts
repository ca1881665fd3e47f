import "server-only";
import { createHash } from "node:crypto";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { ActionError } from "@/lib/auth/action";
import { updateAtVersion, type CatalogRecord } from "@/lib/catalog/records";
import { courseFields, courseRecordSchema } from "@/lib/courses/schema";
import type { Transaction } from "@/lib/db/client";
import { sameValue } from "@/lib/db/same-value";
import type { CatalogEntity } from "@/lib/catalog/entities";
import { articles, courses, issues, programs } from "@/lib/db/schema";
import { programFields, programRecordSchema } from "@/lib/programs/schema";
import { enqueueSearchSync } from "@/lib/search/outbox";
import type { ImportFormat } from "./parse";

// `articleSlug` (programs) names the bulletin article a program belongs to, as in
// content/programs.json: its slug, or "issue/slug" (2024-04/k-digital) where several issues have
// an article by that slug.
const definitions = {
  course: {
    table: courses,
    fields: Object.keys(courseFields),
    links: [] as string[],
    schema: courseRecordSchema,
  },
  program: {
    table: programs,
    fields: Object.keys(programFields),
    links: ["articleSlug"],
    schema: programRecordSchema,
  },
};

type Values = Record<string, unknown> & { externalId: string; title: string };

export type ImportPlan = {
  toAdd: { where: string; externalId: string; title: string; values: Values }[];
  toUpdate: {
    where: string;
    id: number;
    version: number;
    externalId: string;
    title: string;
    changed: string[];
    values: Values;
  }[];
  unchanged: number;
  rejected: { where: string; externalId: string | null; reason: string }[];
  /**
   * The versions of the records the file names, as one digest: an apply whose plan reads other
   * versions than its preview did would undo an edit made in between, unseen.
   */
  versions: string;
};

// The portal's own messages name their field in Korean ("개강일은 …"); zod's English fallbacks
// do not, so only those get the column's name in front.
function describeIssues(error: z.ZodError) {
  return error.issues
    .map((issue) =>
      issue.path.length && !/[가-힣]/.test(issue.message)
        ? `${issue.path.join(".")}: ${issue.message}`
        : issue.message,
    )
    .join(" / ");
}

/** The columns (or JSON keys) of a row that the entity does not have. */
export function unknownColumns(entity: CatalogEntity, row: Record<string, unknown>) {
  const { fields, links } = definitions[entity];
  return Object.keys(row).filter((key) => !fields.includes(key) && !links.includes(key));
}

/**
 * What an import would do, row by row: which records it adds, which it changes (and which fields),
 * and which it refuses and why. Reads only; run it inside the transaction that applies it.
 *
 * A column the file does not have leaves that field of an existing record as it is, unless
 * `clearMissing` asks for it to be emptied; an empty cell in a column the file has empties it.
 */
export async function planImport(
  tx: Transaction,
  entity: CatalogEntity,
  format: ImportFormat,
  rows: Record<string, unknown>[],
  { clearMissing = false }: { clearMissing?: boolean } = {},
): Promise<ImportPlan> {
  const { table, fields, links, schema } = definitions[entity];
  const findArticle = articleFinder(
    await tx
      .select({ id: articles.id, slug: articles.slug, issueSlug: issues.slug })
      .from(articles)
      .innerJoin(issues, eq(articles.issueId, issues.id))
      .where(and(isNull(articles.deletedAt), isNull(issues.deletedAt))),
  );
  const plan: ImportPlan = { toAdd: [], toUpdate: [], unchanged: 0, rejected: [], versions: "" };

  // CSV line numbers count the header; JSON items count from 1.
  const named = rows.map((row, index) => ({
    row,
    where: format === "csv" ? `${index + 2}번째 줄` : `${index + 1}번째 항목`,
    externalId: typeof row.externalId === "string" ? row.externalId.trim() : null,
  }));
  const existing = new Map<string, Record<string, unknown> & { id: number; version: number }>();
  const ids = [...new Set(named.flatMap((n) => (n.externalId ? [n.externalId] : [])))];
  for (let i = 0; i < ids.length; i += 500) {
    const found = await tx
      .select()
      .from(table)
      .where(inArray(table.externalId, ids.slice(i, i + 500)));
    for (const row of found) existing.set(row.externalId, row);
  }

  plan.versions = createHash("sha256")
    .update(
      [...existing.values()]
        .map((row) => `${row.externalId}:${row.version}`)
        .sort()
        .join("\n"),
    )
    .digest("hex")
    .slice(0, 16);

  const seen = new Set<string>();
  for (const { row, where, externalId } of named) {
    const unknown = unknownColumns(entity, row);
    if (unknown.length > 0) {
      plan.rejected.push({ where, externalId, reason: `알 수 없는 항목: ${unknown.join(", ")}` });
      continue;
    }
    const current = externalId === null ? undefined : existing.get(externalId);
    const kept = current && !clearMissing ? missingFields(current, row, fields) : {};
    const { articleSlug, ...given } = row;
    const article =
      links.length > 0 && !("articleSlug" in row) && current && !clearMissing
        ? { id: current.articleId as number | null }
        : typeof articleSlug === "string" && articleSlug.trim()
          ? findArticle(articleSlug.trim())
          : { id: null };
    if ("refused" in article) {
      plan.rejected.push({ where, externalId, reason: article.refused });
      continue;
    }
    const articleId = article.id;
    const parsed = schema.safeParse({ ...kept, ...given });
    if (!parsed.success) {
      plan.rejected.push({ where, externalId, reason: describeIssues(parsed.error) });
      continue;
    }
    const values = (links.length > 0 ? { ...parsed.data, articleId } : parsed.data) as Values;
    if (seen.has(values.externalId)) {
      plan.rejected.push({ where, externalId, reason: "파일 안에서 ID가 겹칩니다" });
      continue;
    }
    seen.add(values.externalId);
    if (!current) {
      plan.toAdd.push({ where, externalId: values.externalId, title: values.title, values });
      continue;
    }
    const changed = [...fields, ...(links.length > 0 ? ["articleId"] : [])].filter(
      (field) => !sameValue(current[field], values[field]),
    );
    if (changed.length === 0) plan.unchanged += 1;
    else
      plan.toUpdate.push({
        where,
        id: current.id,
        version: current.version,
        externalId: values.externalId,
        title: values.title,
        changed,
        values,
      });
  }
  return plan;
}

/** The record's values for the fields a row does not name (its file has no such column). */
function missingFields(
  current: Record<string, unknown>,
  row: Record<string, unknown>,
  fields: string[],
) {
  return Object.fromEntries(
    fields.filter((field) => !(field in row)).map((field) => [field, current[field]]),
  );
}

/**
 * Finds the article a row names by slug, or by "issue/slug". Articles in the trash are not
 * offered; a slug several issues use must name its issue, not link to whichever comes first.
 */
function articleFinder(all: { id: number; slug: string; issueSlug: string }[]) {
  return (given: string): { id: number } | { refused: string } => {
    const [issueSlug, slug] = given.includes("/") ? given.split("/", 2) : [null, given];
    const found = all.filter(
      (article) => article.slug === slug && (issueSlug === null || article.issueSlug === issueSlug),
    );
    if (found.length === 1) return { id: found[0]!.id };
    if (found.length === 0) return { refused: `소식지 기사를 찾을 수 없습니다: ${given}` };
    return {
      refused: `여러 호에 ‘${given}’ 기사가 있습니다. ${found
        .map((article) => `${article.issueSlug}/${article.slug}`)
        .join(", ")} 중 하나처럼 호를 앞에 붙이세요`,
    };
  };
}

/** The columns an import of this entity reads, in order (the template's header). */
export function importColumns(entity: CatalogEntity) {
  const { fields, links } = definitions[entity];
  return [...fields, ...links];
}

/** Applies a plan with no refused rows: every add and update, or (on any error) none of them. */
export async function applyImport(
  tx: Transaction,
  entity: CatalogEntity,
  plan: ImportPlan,
  userId: number,
  fileName: string,
) {
  const { table } = definitions[entity];
  for (let i = 0; i < plan.toAdd.length; i += 100) {
    // New records arrive as drafts: an editor publishes them after a look.
    const batch = plan.toAdd.slice(i, i + 100).map((row) => ({ ...row.values, status: "draft" }));
    // Each row passed this entity's record schema; drizzle cannot type a table chosen at run time.
    await tx.insert(table).values(batch as never[]);
  }
  for (const row of plan.toUpdate) {
    // Each row passed this entity's record schema (planImport).
    const values = row.values as CatalogRecord<typeof entity>;
    const updated = await updateAtVersion(tx, entity, row.id, row.version, values);
    if (!updated) {
      throw new ActionError(
        `${row.where}(${row.externalId}): 다른 편집자가 방금 바꿨습니다. 아무것도 적용하지 않았습니다. 다시 미리 보세요.`,
        "conflict",
      );
    }
  }
  await enqueueSearchSync(tx, entity, [
    ...plan.toAdd.map((r) => r.externalId),
    ...plan.toUpdate.map((r) => r.externalId),
  ]);
  await recordAudit(tx, {
    userId,
    action: "import.apply",
    entity: "import",
    entityId: entity,
    details: {
      file: fileName,
      added: plan.toAdd.map((r) => r.externalId),
      updated: plan.toUpdate.map((r) => r.externalId),
    },
  });
}
