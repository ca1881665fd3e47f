import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { articleRevisions, articles, issues } from "@/lib/db/schema";
import { signInAs, submit } from "@/test/actions";
import { seededDatabase } from "@/test/db";
import { moveToTrash, restoreFromTrash } from "./actions";
import { allPublishedArticles, getPublishedIssue } from "./queries";
import { publishDueSchedules } from "./schedule";
import { purgeTrash } from "./trash";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders());
vi.mock("next/server", async () => (await import("@/test/next-request")).nextServer());

const publicSlugs = async () => (await allPublishedArticles()).map(({ article }) => article.slug);
const DAY = 86_400_000;

describe("the bulletin's trash", () => {
  let issueId: number;
  let slug: string;
  let articleId: number;
  beforeAll(async () => {
    await seededDatabase();
    await signInAs("editor");
    const [article] = await db.select().from(articles).limit(1);
    [articleId, issueId, slug] = [article!.id, article!.issueId, article!.slug];
  });

  it("takes a deleted article off the public pages at once, and gives it back as it was", async () => {
    expect(await submit(moveToTrash, { entity: "article", id: String(articleId) })).toMatchObject({
      status: "redirect",
      message: `/admin/issues/${issueId}?trashed=1`,
    });
    expect(await publicSlugs()).not.toContain(slug);
    expect(await submit(moveToTrash, { entity: "article", id: String(articleId) })).toMatchObject({
      status: "error",
      message: expect.stringContaining("이미 휴지통에 있거나"),
    });
    const restored = await submit(restoreFromTrash, { entity: "article", id: String(articleId) });
    expect(restored).toMatchObject({
      status: "redirect",
      message: `/admin/articles/${articleId}?untrashed=1`,
    });
    expect(await publicSlugs()).toContain(slug);
  });

  it("hides a deleted issue with every article in it", async () => {
    const [issue] = await db.select().from(issues).where(eq(issues.id, issueId));
    await submit(moveToTrash, { entity: "issue", id: String(issueId) });
    expect(await getPublishedIssue(issue!.slug)).toBeNull();
    expect(await publicSlugs()).toEqual([]);
    await submit(restoreFromTrash, { entity: "issue", id: String(issueId) });
    expect(await getPublishedIssue(issue!.slug)).not.toBeNull();
  });

  it("does not publish a scheduled article while it is in the trash", async () => {
    const soon = new Date(Date.now() + 60_000);
    await db
      .update(articles)
      .set({ status: "scheduled", publishAt: soon })
      .where(eq(articles.id, articleId));
    await submit(moveToTrash, { entity: "article", id: String(articleId) });
    expect(await publishDueSchedules(new Date(soon.getTime() + 60_000))).toBe(0);
    const [kept] = await db.select().from(articles).where(eq(articles.id, articleId));
    expect(kept!.status).toBe("scheduled");
  });

  it("purges what has been there 30 days, with its revisions, and nothing younger", async () => {
    const [trashed] = await db.select().from(articles).where(eq(articles.id, articleId));
    expect(await purgeTrash(new Date(trashed!.deletedAt!.getTime() + 29 * DAY))).toBe(0);
    expect(await purgeTrash(new Date(trashed!.deletedAt!.getTime() + 31 * DAY))).toBe(1);
    expect(await db.select().from(articles).where(eq(articles.id, articleId))).toEqual([]);
    expect(
      await db.select().from(articleRevisions).where(eq(articleRevisions.articleId, articleId)),
    ).toEqual([]);
  });
});
