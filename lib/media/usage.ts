import "server-only";
import { eq, like } from "drizzle-orm";
import type { Database, Transaction } from "@/lib/db/client";
import { articleAutosaves, articleRevisions, articles } from "@/lib/db/schema";

export type MediaUse = { articleId: number; title: string };

const idsIn = (text: string) =>
  new Set([...text.matchAll(/\/media\/([0-9a-f]{16})\//g)].map((match) => match[1]!));

/**
 * Which articles use each image: their text as saved (drafts and the trash included, since both
 * can come back), their earlier versions (any can be restored) and any editor's autosaved text,
 * so an image inserted but not yet saved is not deleted from under its editor.
 */
export async function mediaUses(tx: Database | Transaction): Promise<Map<string, MediaUse[]>> {
  const [saved, revised, autosaved] = await Promise.all([
    tx
      .select({ id: articles.id, title: articles.title, body: articles.body })
      .from(articles)
      .where(like(articles.body, "%/media/%")),
    tx
      .select({
        id: articleRevisions.articleId,
        title: articles.title,
        body: articleRevisions.body,
      })
      .from(articleRevisions)
      .innerJoin(articles, eq(articles.id, articleRevisions.articleId))
      .where(like(articleRevisions.body, "%/media/%")),
    tx
      .select({ id: articleAutosaves.articleId, fields: articleAutosaves.fields })
      .from(articleAutosaves)
      .where(like(articleAutosaves.fields, "%/media/%")),
  ]);
  const titles = new Map(saved.map((row) => [row.id, row.title]));
  const uses = new Map<string, MediaUse[]>();
  const add = (mediaId: string, articleId: number, title: string) => {
    const list = uses.get(mediaId) ?? [];
    if (!list.some((use) => use.articleId === articleId)) list.push({ articleId, title });
    uses.set(mediaId, list);
  };
  for (const row of [...saved, ...revised])
    for (const id of idsIn(row.body)) add(id, row.id, row.title);
  for (const row of autosaved) {
    for (const id of idsIn(row.fields.body ?? ""))
      add(id, row.id, titles.get(row.id) ?? row.fields.title ?? `기사 #${row.id}`);
  }
  return uses;
}
