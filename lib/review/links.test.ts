import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { articles, auditLog, issues, previewLinks, users } from "@/lib/db/schema";
import { signInAs, submit } from "@/test/actions";
import { seededDatabase } from "@/test/db";
import { createReviewLink, revokeReviewLink } from "./actions";
import { openPreviewLink } from "./links";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders());
vi.mock("next/server", async () => (await import("@/test/next-request")).nextServer());

const tokenOf = (link: string) => new URL(link).pathname.split("/").pop()!;

describe("review links", () => {
  let articleId: number;
  let editorId: number;
  beforeAll(async () => {
    await seededDatabase();
    editorId = (await signInAs("editor")).id;
    const [article] = await db.select({ id: articles.id }).from(articles).limit(1);
    articleId = article!.id;
  });

  it("open the article for 72 hours, and keep only a hash of the token", async () => {
    const made = await submit(createReviewLink, { entity: "article", entityId: String(articleId) });
    expect(made).toMatchObject({
      status: "ok",
      link: expect.stringMatching(/\/preview\/[\w-]{43}$/),
    });
    const token = tokenOf((made as unknown as { link: string }).link);
    const opened = await openPreviewLink(token);
    expect(opened).toMatchObject({ entity: "article", entityId: articleId });
    const stored = await db.select().from(previewLinks);
    expect(JSON.stringify(stored)).not.toContain(token);
    const later = new Date(Date.now() + 71 * 3_600_000);
    expect(await openPreviewLink(token, later)).not.toBeNull();
    expect(await openPreviewLink(token, new Date(Date.now() + 73 * 3_600_000))).toBeNull();
  });

  it("stop working once revoked, and the change log says who did both", async () => {
    const made = await submit(createReviewLink, { entity: "article", entityId: String(articleId) });
    const token = tokenOf((made as unknown as { link: string }).link);
    const link = (await openPreviewLink(token))!;
    expect(await submit(revokeReviewLink, { id: String(link.id) })).toMatchObject({ status: "ok" });
    expect(await openPreviewLink(token)).toBeNull();
    expect(await submit(revokeReviewLink, { id: String(link.id) })).toMatchObject({
      status: "error",
      message: "이미 취소되었거나 없는 링크입니다.",
    });
    const rows = await db.select().from(auditLog).where(eq(auditLog.entity, "article"));
    expect(rows.map(({ action, userId }) => ({ action, userId }))).toEqual(
      expect.arrayContaining([
        { action: "article.share-preview", userId: editorId },
        { action: "article.revoke-preview", userId: editorId },
      ]),
    );
  });

  it("close while the article or its issue is in the trash, and open again once it is restored", async () => {
    const made = await submit(createReviewLink, { entity: "article", entityId: String(articleId) });
    const token = tokenOf((made as unknown as { link: string }).link);
    const [article] = await db.select().from(articles).where(eq(articles.id, articleId));
    const trash = (table: typeof articles | typeof issues, id: number, at: Date | null) =>
      db.update(table).set({ deletedAt: at }).where(eq(table.id, id));
    await trash(articles, articleId, new Date());
    expect(await openPreviewLink(token)).toBeNull();
    // Nor is a new one made for it.
    expect(
      await submit(createReviewLink, { entity: "article", entityId: String(articleId) }),
    ).toMatchObject({ status: "error", message: expect.stringContaining("휴지통에 있을 수") });
    await trash(articles, articleId, null);
    await trash(issues, article!.issueId, new Date());
    expect(await openPreviewLink(token)).toBeNull();
    await trash(issues, article!.issueId, null);
    expect(await openPreviewLink(token)).toMatchObject({ entityId: articleId });
  });

  it("stop working while the editor who made them is disabled or no longer an editor", async () => {
    const made = await submit(createReviewLink, { entity: "article", entityId: String(articleId) });
    const token = tokenOf((made as unknown as { link: string }).link);
    const set = (values: Partial<typeof users.$inferInsert>) =>
      db.update(users).set(values).where(eq(users.id, editorId));
    await set({ disabled: true });
    expect(await openPreviewLink(token)).toBeNull();
    await set({ disabled: false, role: "contributor" });
    expect(await openPreviewLink(token)).toBeNull();
    await set({ role: "editor" });
    expect(await openPreviewLink(token)).toMatchObject({ entityId: articleId });
  });

  it("open nothing for a malformed or unknown token, or a target that does not exist", async () => {
    expect(await openPreviewLink("../../etc/passwd")).toBeNull();
    expect(await openPreviewLink("A".repeat(43))).toBeNull();
    expect(await submit(createReviewLink, { entity: "issue", entityId: "999999" })).toMatchObject({
      status: "error",
      message: expect.stringContaining("찾을 수 없습니다"),
    });
    expect(await submit(createReviewLink, { entity: "course", entityId: "1" })).toMatchObject({
      status: "error",
      code: "invalid",
    });
  });
});
