import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { articleRevisions, articles, issues } from "@/lib/db/schema";
import { signInAs, submit } from "@/test/actions";
import { articleForm } from "@/test/article-form";
import { seededDatabase } from "@/test/db";
import {
  saveArticle,
  restoreArticleRevision,
  setArticlePublication,
  createArticle,
  updateIssue,
} from "./actions";
import { publishDueSchedules } from "./schedule";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders());
vi.mock("next/server", async () => (await import("@/test/next-request")).nextServer());

async function anArticle() {
  const [article] = await db.select().from(articles).limit(1);
  return article!;
}

describe("bulletin actions", () => {
  beforeAll(async () => {
    await seededDatabase();
    await signInAs("editor");
  });

  it("saves a new version with a revision, and refuses a save made on an older version", async () => {
    const article = await anArticle();
    const first = await submit(saveArticle, articleForm(article, { title: "첫 편집자의 제목" }));
    expect(first).toMatchObject({ status: "ok" });

    // A second editor still holds the version the first one started from.
    const second = await submit(
      saveArticle,
      articleForm(article, { title: "두 번째 편집자의 제목" }),
    );
    expect(second).toMatchObject({ status: "error", code: "conflict" });
    expect(second.values?.title).toBe("두 번째 편집자의 제목");

    const [saved] = await db.select().from(articles).where(eq(articles.id, article.id));
    expect(saved).toMatchObject({
      title: "첫 편집자의 제목",
      version: article.version + 1,
      seedHash: null,
    });
    const revisions = await db
      .select()
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, article.id));
    expect(revisions.map((r) => r.version)).toContain(article.version + 1);
  });

  it("makes no version when a save changes nothing, seeded article or saved one", async () => {
    const article = await anArticle();
    const [current] = await db.select().from(articles).where(eq(articles.id, article.id));
    const revisionCount = async () =>
      (await db.select().from(articleRevisions).where(eq(articleRevisions.articleId, article.id)))
        .length;
    const before = await revisionCount();
    const same = await submit(saveArticle, articleForm(current!, {}));
    expect(same).toMatchObject({ status: "ok", message: "바뀐 내용이 없어 그대로 두었습니다." });
    const [after] = await db.select().from(articles).where(eq(articles.id, article.id));
    expect(after!.version).toBe(current!.version);
    expect(await revisionCount()).toBe(before);
    // A change still makes one.
    const changed = await submit(saveArticle, articleForm(current!, { summary: "바뀐 요약" }));
    expect(changed).toMatchObject({ message: `저장했습니다 (버전 ${current!.version + 1}).` });
  });

  it("records the address, section and sources in each revision, so a slug change shows", async () => {
    const article = await anArticle();
    const result = await submit(
      saveArticle,
      articleForm(article, { slug: `${article.slug}-moved`, section: "appendix" }),
    );
    expect(result).toMatchObject({ status: "ok" });
    const [revision] = await db
      .select()
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, article.id))
      .orderBy(desc(articleRevisions.version))
      .limit(1);
    expect(revision).toMatchObject({
      slug: `${article.slug}-moved`,
      section: "appendix",
      sources: [],
    });
  });

  it("stores the body a browser submits with CRLF line breaks as the editor sees it (LF)", async () => {
    const [article] = await db.select().from(articles).limit(1);
    const body = "## 첫 문단\r\n\r\n둘째 줄\r\n셋째 줄";
    const result = await submit(
      saveArticle,
      articleForm(article!, { body, summary: "요약 첫 줄\r\n요약 둘째 줄" }),
    );
    expect(result).toMatchObject({ status: "ok" });
    const [saved] = await db.select().from(articles).where(eq(articles.id, article!.id));
    expect(saved!.body).toBe("## 첫 문단\n\n둘째 줄\n셋째 줄");
    expect(saved!.summary).toBe("요약 첫 줄\n요약 둘째 줄");
  });

  it("answers bad input field by field and writes nothing", async () => {
    const article = await anArticle();
    const result = await submit(
      saveArticle,
      articleForm(article, { title: " ", slug: "Not A Slug", body: "" }),
    );
    expect(result).toMatchObject({ status: "error", code: "invalid" });
    expect(Object.keys(result.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(["title", "slug", "body"]),
    );
    const [unchanged] = await db.select().from(articles).where(eq(articles.id, article.id));
    expect(unchanged!.version).toBe(article.version);
  });

  it("restores an old revision as a new version", async () => {
    const article = await anArticle();
    const [oldest] = await db
      .select()
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, article.id))
      .orderBy(articleRevisions.version)
      .limit(1);
    const result = await submit(restoreArticleRevision, {
      id: String(article.id),
      version: String(article.version),
      revisionId: String(oldest!.id),
    });
    expect(result.status).toBe("redirect");
    const [restored] = await db.select().from(articles).where(eq(articles.id, article.id));
    expect(restored).toMatchObject({
      title: oldest!.title,
      body: oldest!.body,
      version: article.version + 1,
    });
  });

  it("refuses to publish a draft whose chart block is broken, naming the line", async () => {
    const [issue] = await db.select().from(issues).limit(1);
    const created = await submit(createArticle, {
      issueId: String(issue!.id),
      section: "policy",
      title: "차트가 깨진 기사",
      slug: "broken-chart",
    });
    expect(created.status).toBe("redirect");
    const [draft] = await db.select().from(articles).where(eq(articles.slug, "broken-chart"));
    await submit(
      saveArticle,
      articleForm(draft!, { body: '첫 줄\n\n```chart\n{ "type": "bar" }\n```\n' }),
    );
    const result = await submit(setArticlePublication, {
      id: String(draft!.id),
      intent: "publish",
    });
    expect(result).toMatchObject({ status: "error", code: "invalid" });
    expect(result.message).toContain("3번째 줄");
    const [still] = await db.select().from(articles).where(eq(articles.id, draft!.id));
    expect(still!.status).toBe("draft");
  });

  it("schedules an article, publishes it when due, and refuses a time in the past", async () => {
    const [issue] = await db.select().from(issues).limit(1);
    await submit(createArticle, {
      issueId: String(issue!.id),
      section: "policy",
      title: "예약 기사",
      slug: "scheduled-article",
    });
    const [draft] = await db.select().from(articles).where(eq(articles.slug, "scheduled-article"));
    const past = await submit(setArticlePublication, {
      id: String(draft!.id),
      intent: "schedule",
      publishAt: "2020-01-01T09:00",
    });
    expect(past).toMatchObject({
      status: "error",
      fieldErrors: { publishAt: "예약 시각은 지금 이후여야 합니다" },
    });
    const slip = await submit(setArticlePublication, {
      id: String(draft!.id),
      intent: "schedule",
      publishAt: "9999-12-31T23:59",
    });
    expect(slip).toMatchObject({
      status: "error",
      fieldErrors: { publishAt: "예약은 1년 안의 날짜로 정하세요" },
    });
    // Hand-made: a picker cannot send these, and Date would read them as 3월 1일 and the next day.
    for (const impossible of ["2027-02-29T09:00", "2026-12-31T24:00"]) {
      const rolled = await submit(setArticlePublication, {
        id: String(draft!.id),
        intent: "schedule",
        publishAt: impossible,
      });
      expect(rolled).toMatchObject({
        status: "error",
        fieldErrors: { publishAt: "올바른 날짜가 아닙니다" },
      });
    }
    expect((await db.select().from(articles).where(eq(articles.id, draft!.id)))[0]).toMatchObject({
      status: "draft",
      publishAt: null,
    });

    const soon = new Date(Date.now() + 60 * 60_000);
    const local = new Date(soon.getTime() + 9 * 3600_000).toISOString().slice(0, 16);
    const scheduled = await submit(setArticlePublication, {
      id: String(draft!.id),
      intent: "schedule",
      publishAt: local,
    });
    expect(scheduled.status).toBe("ok");
    expect(await publishDueSchedules(new Date())).toBe(0);
    expect(await publishDueSchedules(new Date(soon.getTime() + 60_000))).toBe(1);
    const [published] = await db.select().from(articles).where(eq(articles.id, draft!.id));
    expect(published!.status).toBe("published");
  });

  it("refuses to schedule an article already published elsewhere, leaving it on the site", async () => {
    // Another editor published it after this tab was opened; the tab still offers 예약.
    const article = await anArticle();
    await submit(setArticlePublication, { id: String(article.id), intent: "publish" });
    const [before] = await db.select().from(articles).where(eq(articles.id, article.id));
    const later = new Date(Date.now() + 3 * 86_400_000);
    const result = await submit(setArticlePublication, {
      id: String(article.id),
      intent: "schedule",
      publishAt: new Date(later.getTime() + 9 * 3600_000).toISOString().slice(0, 16),
    });
    expect(result).toMatchObject({ status: "error", code: "conflict" });
    expect(result.message).toContain("먼저 발행을 취소하세요");
    const [after] = await db.select().from(articles).where(eq(articles.id, article.id));
    expect(after).toMatchObject({ status: "published", publishAt: before!.publishAt });
  });

  it("refuses an issue saved on an older version, pointing where an issue can be compared", async () => {
    const [issue] = await db.select().from(issues).limit(1);
    const form = {
      id: String(issue!.id),
      slug: issue!.slug,
      title: issue!.title,
      summary: issue!.summary,
    };
    expect(
      await submit(updateIssue, {
        ...form,
        version: String(issue!.version),
        title: "먼저 고친 제목",
      }),
    ).toMatchObject({ status: "ok" });
    const stale = await submit(updateIssue, {
      ...form,
      version: String(issue!.version),
      title: "나중에 고친 제목",
    });
    // Issues keep no revisions: the refusal does not send the editor to look for them.
    expect(stale).toMatchObject({
      status: "error",
      code: "conflict",
      message: expect.stringContaining("새 탭에서 이 화면을 열어 차이를 확인한 뒤"),
      values: { title: "나중에 고친 제목" },
    });
    expect(stale.message).not.toContain("변경 기록");
  });
});
