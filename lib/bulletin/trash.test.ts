import { and, asc, eq, isNull, ne } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { articleRevisions, articles, issues } from "@/lib/db/schema";
import { signInAs, submit } from "@/test/actions";
import { seededDatabase } from "@/test/db";
import {
  createIssue,
  moveArticle,
  moveToTrash,
  releaseIssue,
  restoreFromTrash,
  setArticlePublication,
  setIssuePublication,
} from "./actions";
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

  it("says a new issue's address is held by one in the trash, which the lists do not show", async () => {
    const [issue] = await db.select().from(issues).where(eq(issues.id, issueId));
    await submit(moveToTrash, { entity: "issue", id: String(issueId) });
    const refused = await submit(createIssue, {
      slug: issue!.slug,
      title: "다시 만드는 호",
      summary: "휴지통에 있는 호와 같은 주소",
    });
    expect(refused).toMatchObject({
      status: "error",
      fieldErrors: { slug: expect.stringContaining("휴지통에 있는 호가 이 주소를 쓰고 있습니다") },
    });
    await submit(restoreFromTrash, { entity: "issue", id: String(issueId) });
    expect(
      await submit(createIssue, { slug: issue!.slug, title: "같은 호", summary: "같은 주소" }),
    ).toMatchObject({ fieldErrors: { slug: "이미 있는 호입니다" } });
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

  it("refuses to publish or schedule what is in the trash, and changes nothing", async () => {
    // The article is still in the trash, scheduled, from the test above. Its title ends on a
    // final consonant, so a particle picked after the closing quote would read wrong.
    await db
      .update(articles)
      .set({ title: "휴지통 속 시장 동향" })
      .where(eq(articles.id, articleId));
    const [before] = await db.select().from(articles).where(eq(articles.id, articleId));
    expect(
      await submit(setArticlePublication, { id: String(articleId), intent: "publish" }),
    ).toMatchObject({
      status: "error",
      message: "이 기사가 휴지통에 있어 발행하거나 예약할 수 없습니다. 먼저 되살리세요.",
    });
    const [after] = await db.select().from(articles).where(eq(articles.id, articleId));
    expect(after).toEqual(before);
    // Released with its issue, it is named, with the particle its title takes.
    expect(
      await submit(releaseIssue, { id: String(issueId), articleIds: [String(articleId)] }),
    ).toMatchObject({
      status: "error",
      message:
        "‘휴지통 속 시장 동향’이 휴지통에 있어 발행하거나 예약할 수 없습니다. 먼저 되살리세요.",
    });

    const [issue] = await db.select().from(issues).where(eq(issues.id, issueId));
    await db.update(issues).set({ deletedAt: new Date() }).where(eq(issues.id, issueId));
    const [other] = await db
      .select()
      .from(articles)
      .where(and(eq(articles.issueId, issueId), ne(articles.id, articleId)))
      .limit(1);
    for (const refused of [
      await submit(setIssuePublication, { id: String(issueId), intent: "publish" }),
      await submit(releaseIssue, { id: String(issueId), articleIds: [] }),
      await submit(setArticlePublication, { id: String(other!.id), intent: "publish" }),
    ])
      expect(refused).toMatchObject({
        status: "error",
        message: expect.stringContaining("휴지통에 있어 발행하거나 예약할 수 없습니다"),
      });
    await db.update(issues).set({ deletedAt: null }).where(eq(issues.id, issueId));
    const [issueAfter] = await db.select().from(issues).where(eq(issues.id, issueId));
    expect(issueAfter).toEqual(issue);
  });

  it("moves an article past one in the trash, as the list the editor sees it in", async () => {
    const all = await db
      .select()
      .from(articles)
      .where(and(eq(articles.issueId, issueId), isNull(articles.deletedAt)))
      .orderBy(asc(articles.position));
    const inSection = (article: (typeof all)[number]) =>
      all.filter((other) => other.section === article.section);
    const [top, middle, bottom] = inSection(all.find((article) => inSection(article).length >= 3)!);
    await submit(moveToTrash, { entity: "article", id: String(middle!.id) });
    expect(await submit(moveArticle, { id: String(bottom!.id), direction: "up" })).toMatchObject({
      status: "ok",
    });
    const visible = await db
      .select({ id: articles.id })
      .from(articles)
      .where(
        and(
          eq(articles.issueId, issueId),
          eq(articles.section, top!.section),
          isNull(articles.deletedAt),
        ),
      )
      .orderBy(asc(articles.position));
    // One press, one step in the list: it is now above the article that was above it.
    const order = visible.map((row) => row.id);
    expect(order.indexOf(bottom!.id)).toBe(order.indexOf(top!.id) - 1);
    await submit(restoreFromTrash, { entity: "article", id: String(middle!.id) });
  });

  it("says so when an article restored after its scheduled time went live at once", async () => {
    const [other] = await db
      .select()
      .from(articles)
      .where(
        and(eq(articles.issueId, issueId), ne(articles.id, articleId), isNull(articles.deletedAt)),
      )
      .limit(1);
    await db
      .update(articles)
      .set({ status: "scheduled", publishAt: new Date(Date.now() + 60_000) })
      .where(eq(articles.id, other!.id));
    await submit(moveToTrash, { entity: "article", id: String(other!.id) });
    // Its time passes while it is in the trash.
    await db
      .update(articles)
      .set({ publishAt: new Date(Date.now() - 60_000) })
      .where(eq(articles.id, other!.id));
    expect(
      await submit(restoreFromTrash, { entity: "article", id: String(other!.id) }),
    ).toMatchObject({ status: "redirect", message: `/admin/articles/${other!.id}?untrashed=due` });
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
