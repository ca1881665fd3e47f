import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { articles, issues } from "@/lib/db/schema";
import { signInAs, submit } from "@/test/actions";
import { articleForm } from "@/test/article-form";
import { seededDatabase } from "@/test/db";
import { createArticle, requestReview, saveArticle, setArticlePublication } from "./actions";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders());
vi.mock("next/server", async () => (await import("@/test/next-request")).nextServer());

describe("a contributor (기고자)", () => {
  let draftId: number;
  beforeAll(async () => {
    await seededDatabase();
    await signInAs("contributor");
  });

  it("writes a draft and asks an editor to review it", async () => {
    const [issue] = await db.select().from(issues).limit(1);
    const created = await submit(createArticle, {
      issueId: String(issue!.id),
      section: "policy",
      title: "기고: 청년 창업 공간",
      slug: "contributed-startup-space",
    });
    expect(created.status).toBe("redirect");
    draftId = Number(created.message.match(/\/admin\/articles\/(\d+)/)![1]);
    const [draft] = await db.select().from(articles).where(eq(articles.id, draftId));
    expect(
      await submit(saveArticle, articleForm(draft!, { body: "본문을 썼습니다." })),
    ).toMatchObject({
      status: "ok",
    });
    expect(await submit(requestReview, { id: String(draftId) })).toMatchObject({ status: "ok" });
    const [asked] = await db.select().from(articles).where(eq(articles.id, draftId));
    expect(asked!.reviewRequestedAt).toBeInstanceOf(Date);
  });

  it("cannot publish, nor change what is published; the editor's publishing closes the request", async () => {
    expect(
      await submit(setArticlePublication, { id: String(draftId), intent: "publish" }),
    ).toMatchObject({ status: "error", code: "forbidden" });
    const [published] = await db.select().from(articles).where(eq(articles.status, "published"));
    const refused = await submit(
      saveArticle,
      articleForm(published!, { title: "기고자가 바꾼 제목" }),
    );
    expect(refused).toMatchObject({
      status: "error",
      message: expect.stringContaining("기고자는"),
    });
    const [unchanged] = await db.select().from(articles).where(eq(articles.id, published!.id));
    expect(unchanged!.title).toBe(published!.title);

    await signInAs("editor");
    await submit(setArticlePublication, { id: String(draftId), intent: "publish" });
    const [done] = await db.select().from(articles).where(eq(articles.id, draftId));
    expect(done).toMatchObject({ status: "published", reviewRequestedAt: null });
  });
});
