import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, type Transaction } from "@/lib/db/client";
import { articleAutosaves } from "@/lib/db/schema";
import { id, plainLineBreaks, version } from "@/lib/forms/fields";

/** The fields an autosave keeps, as typed: partial text is fine, only sizes are bounded. */
export const autosavedFields = [
  "title",
  "slug",
  "section",
  "category",
  "summary",
  "tags",
  "sources",
  "body",
] as const;

const typed = (max: number) =>
  z
    .string()
    .max(max, `${max.toLocaleString("ko-KR")}자 이하로 입력하세요`)
    .transform(plainLineBreaks);

export const autosaveSchema = z.object({
  id,
  version,
  title: typed(1_000),
  slug: typed(1_000),
  section: typed(40),
  category: typed(1_000),
  summary: typed(5_000),
  tags: typed(5_000),
  sources: typed(20_000),
  body: typed(200_000),
});

export type Autosave = { fields: Record<string, string>; baseVersion: number; savedAt: Date };

/** This editor's autosaved text of an article, if any. */
export async function autosaveOf(articleId: number, userId: number): Promise<Autosave | null> {
  const [row] = await db
    .select()
    .from(articleAutosaves)
    .where(and(eq(articleAutosaves.articleId, articleId), eq(articleAutosaves.userId, userId)));
  return row ? { fields: row.fields, baseVersion: row.baseVersion, savedAt: row.savedAt } : null;
}

/** Clears an editor's autosave, inside the write that saved the article (or on 버리기). */
export async function clearAutosave(tx: Transaction, articleId: number, userId: number) {
  await tx
    .delete(articleAutosaves)
    .where(and(eq(articleAutosaves.articleId, articleId), eq(articleAutosaves.userId, userId)));
}
