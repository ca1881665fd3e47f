import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { articles, issues, movedPaths, programs } from "@/lib/db/schema";
import { submit } from "@/test/actions";
import { articleForm } from "@/test/article-form";
import { seededDatabase } from "@/test/db";
import { request } from "@/test/next-request";
import { sessionTokenFor, testUser } from "@/test/session";
import { recordMovedPath } from "./moved";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders());
vi.mock("next/server", async () => (await import("@/test/next-request")).nextServer());

const movedTo = async (from: string) =>
  (await db.select().from(movedPaths).where(eq(movedPaths.fromPath, from)))[0]?.toPath;

describe("changed addresses", () => {
  beforeAll(async () => {
    await seededDatabase();
    request.sessionToken = await sessionTokenFor(await testUser("editor"));
  });

  it("collapse chains and stop redirecting a path that is in use again", async () => {
    await db.transaction((tx) => recordMovedPath(tx, "/courses/a", "/courses/b"));
    await db.transaction((tx) => recordMovedPath(tx, "/courses/b", "/courses/c"));
    expect(await movedTo("/courses/a")).toBe("/courses/c");
    expect(await movedTo("/courses/b")).toBe("/courses/c");
    await db.transaction((tx) => recordMovedPath(tx, "/courses/c", "/courses/a"));
    expect(await movedTo("/courses/a")).toBeUndefined();
    expect(await movedTo("/courses/c")).toBe("/courses/a");
  });

  it("are recorded when an editor changes a program's id or an article's slug", async () => {
    const { saveProgram } = await import("@/lib/programs/actions");
    const [program] = await db
      .select()
      .from(programs)
      .where(eq(programs.externalId, "youth-monthly-rent"));
    const result = await submit(saveProgram, {
      ...Object.fromEntries(
        Object.entries(program!).map(([key, value]) => [
          key,
          Array.isArray(value) ? value.join(", ") : value === null ? "" : String(value),
        ]),
      ),
      externalId: "youth-rent-support",
    });
    expect(result).toMatchObject({ status: "ok" });
    expect(await movedTo("/programs/youth-monthly-rent")).toBe("/programs/youth-rent-support");

    const { saveArticle } = await import("@/lib/bulletin/actions");
    const [article] = await db.select().from(articles).where(eq(articles.slug, "goyang-ollae"));
    const saved = await submit(saveArticle, {
      id: String(article!.id),
      version: String(article!.version),
      title: article!.title,
      slug: "goyang-ollae-renamed",
      section: article!.section,
      category: article!.category,
      summary: article!.summary,
      body: article!.body,
      tags: article!.tags.join(", "),
      sources: "",
    });
    expect(saved).toMatchObject({ status: "ok" });
    expect(await movedTo("/issues/2024-04/goyang-ollae")).toBe(
      "/issues/2024-04/goyang-ollae-renamed",
    );
  });

  it("are kept for an article once public, though a schedule cancelled since cleared its date", async () => {
    const { createArticle, saveArticle, setArticlePublication } =
      await import("@/lib/bulletin/actions");
    const [issue] = await db.select().from(issues).where(eq(issues.slug, "2024-04"));
    await submit(createArticle, {
      issueId: String(issue!.id),
      section: "policy",
      title: "한때 공개된 기사",
      slug: "once-public",
    });
    const [article] = await db.select().from(articles).where(eq(articles.slug, "once-public"));
    const id = String(article!.id);
    const soon = new Date(Date.now() + 9 * 3600_000 + 3600_000).toISOString().slice(0, 16);
    for (const change of [
      { intent: "publish" } as Record<string, string>,
      { intent: "unpublish" },
      { intent: "schedule", publishAt: soon },
      { intent: "cancel-schedule" },
    ])
      expect(await submit(setArticlePublication, { id, ...change })).toMatchObject({
        status: "ok",
      });
    const [draft] = await db.select().from(articles).where(eq(articles.id, article!.id));
    expect(draft).toMatchObject({ status: "draft", publishAt: null });
    const renamed = await submit(saveArticle, articleForm(draft!, { slug: "once-public-renamed" }));
    expect(renamed).toMatchObject({ status: "ok" });
    expect(await movedTo("/issues/2024-04/once-public")).toBe(
      "/issues/2024-04/once-public-renamed",
    );
  });

  it("are left alone by a draft never published, which cannot take another article's old address", async () => {
    const { saveArticle } = await import("@/lib/bulletin/actions");
    const bySlug = async (slug: string) =>
      (await db.select().from(articles).where(eq(articles.slug, slug)))[0]!;
    const published = await bySlug("goyang-ollae-renamed");
    await db.insert(articles).values({
      ...published,
      id: undefined,
      slug: "draft-one",
      status: "draft",
      publishAt: null,
    });
    const draft = await bySlug("draft-one");

    // The renamed article's old address keeps answering for it.
    const taking = await submit(saveArticle, articleForm(draft, { slug: "goyang-ollae" }));
    expect(taking).toMatchObject({
      status: "error",
      fieldErrors: { slug: "다른 기사의 예전 주소입니다" },
    });
    expect(await movedTo("/issues/2024-04/goyang-ollae")).toBe(
      "/issues/2024-04/goyang-ollae-renamed",
    );
    // No one ever saw the draft at its first address: nothing to redirect.
    const renamed = await submit(saveArticle, articleForm(draft, { slug: "draft-two" }));
    expect(renamed).toMatchObject({ status: "ok" });
    expect(await movedTo("/issues/2024-04/draft-one")).toBeUndefined();
    // Once the article it leads to is in the trash, the old address is free to take.
    const renamedArticle = await bySlug("goyang-ollae-renamed");
    await db
      .update(articles)
      .set({ deletedAt: new Date() })
      .where(eq(articles.id, renamedArticle.id));
    const freed = await submit(
      saveArticle,
      articleForm(await bySlug("draft-two"), { slug: "goyang-ollae" }),
    );
    expect(freed).toMatchObject({ status: "ok" });
    await db.update(articles).set({ deletedAt: null }).where(eq(articles.id, renamedArticle.id));
    expect(
      await submit(saveArticle, articleForm(await bySlug("goyang-ollae"), { slug: "draft-three" })),
    ).toMatchObject({ status: "ok" });
    // An article may go back to its own old address.
    const back = await submit(
      saveArticle,
      articleForm(await bySlug("goyang-ollae-renamed"), { slug: "goyang-ollae" }),
    );
    expect(back).toMatchObject({ status: "ok" });
    expect(await movedTo("/issues/2024-04/goyang-ollae")).toBeUndefined();
  });
});
