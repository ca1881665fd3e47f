import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { articles, auditLog, issues } from "@/lib/db/schema";
import { signInAs, submit } from "@/test/actions";
import { seededDatabase } from "@/test/db";
import { moveArticleToIssue, releaseIssue, setIssuePublication } from "./actions";
import { movedPaths } from "@/lib/db/schema";
import { publishDueSchedules } from "./schedule";

vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders());
vi.mock("next/server", async () => (await import("@/test/next-request")).nextServer());

const chart = (body: string) => `\`\`\`chart\n${body}\n\`\`\``;

/** A draft issue with draft articles, as an editor has made it in the workspace. */
async function draftIssue(slug: string, bodies: string[]) {
  const [issue] = await db
    .insert(issues)
    .values({ slug, title: `${slug.replace("-", "년 ")}월호`, summary: "요약" })
    .returning();
  const made = await db
    .insert(articles)
    .values(
      bodies.map((body, position) => ({
        issueId: issue!.id,
        slug: `article-${position}`,
        section: "issue" as const,
        category: "산업",
        title: `기사 ${position + 1}`,
        summary: "요약",
        body,
        position,
      })),
    )
    .returning();
  return { issue: issue!, articles: made };
}

const load = async (id: number) =>
  (await db.select().from(articles).where(eq(articles.id, id)))[0]!;
const loadIssue = async (id: number) =>
  (await db.select().from(issues).where(eq(issues.id, id)))[0]!;

describe("releasing an issue with its articles", () => {
  beforeAll(async () => {
    await seededDatabase();
    await signInAs("editor");
  });

  it("publishes a back issue and the ticked articles dated in the past, leaving the rest as drafts", async () => {
    const {
      issue,
      articles: [a, b, c],
    } = await draftIssue("2024-05", ["본문 1", "본문 2", "본문 3"]);
    const result = await submit(releaseIssue, {
      id: String(issue.id),
      articleIds: [String(a!.id), String(b!.id)],
      publishAt: "2024-05-20T09:00",
    });
    expect(result).toMatchObject({ status: "ok" });
    expect(result.message).toContain(
      "2024년 05월호와 기사 2개를 발행했습니다. 발행일: 2024년 5월 20일 09:00",
    );
    expect(result.message).toContain("초안으로 남은 기사: ‘기사 3’");
    const dated = new Date("2024-05-20T00:00:00Z");
    expect(await loadIssue(issue.id)).toMatchObject({ status: "published", publishAt: dated });
    expect(await load(a!.id)).toMatchObject({ status: "published", publishAt: dated });
    expect(await load(b!.id)).toMatchObject({ status: "published", publishAt: dated });
    expect(await load(c!.id)).toMatchObject({ status: "draft", publishAt: null });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "issue"), eq(auditLog.entityId, String(issue.id))));
    expect(audit!.details).toMatchObject({ leftAsDrafts: ["기사 3"] });
  });

  it("names an article left out that is scheduled as going live at its own time, not as a draft", async () => {
    const {
      issue,
      articles: [a, b],
    } = await draftIssue("2024-12", ["본문 1", "본문 2"]);
    const later = new Date(Date.now() + 7 * 86_400_000);
    await db
      .update(articles)
      .set({ status: "scheduled", publishAt: later })
      .where(eq(articles.id, b!.id));
    const result = await submit(releaseIssue, {
      id: String(issue.id),
      articleIds: [String(a!.id)],
    });
    expect(result.message).toContain("예약한 때에 따로 발행될 기사: ‘기사 2’");
    expect(result.message).not.toContain("초안으로 남은 기사");
    expect(await load(b!.id)).toMatchObject({ status: "scheduled", publishAt: later });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "issue"), eq(auditLog.entityId, String(issue.id))));
    expect(audit!.details).toMatchObject({ leftAsDrafts: [], leftScheduled: ["기사 2"] });
  });

  it("schedules an issue and its articles for one time to come, and they go live together", async () => {
    const {
      issue,
      articles: [a],
    } = await draftIssue("2024-06", ["본문"]);
    const at = new Date(Date.now() + 2 * 86_400_000);
    const local = new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 16);
    const result = await submit(releaseIssue, {
      id: String(issue.id),
      articleIds: [String(a!.id)],
      publishAt: local,
    });
    expect(result.message).toContain("예약했습니다");
    expect(await loadIssue(issue.id)).toMatchObject({ status: "scheduled" });
    expect(await load(a!.id)).toMatchObject({ status: "scheduled" });
    await publishDueSchedules(new Date(at.getTime() + 60_000));
    expect(await loadIssue(issue.id)).toMatchObject({ status: "published" });
    expect(await load(a!.id)).toMatchObject({ status: "published" });
  });

  it("says what 지금 발행 of a scheduled issue leaves unseen: its scheduled and draft articles", async () => {
    const {
      issue,
      articles: [a, b],
    } = await draftIssue("2023-08", ["본문 1", "본문 2"]);
    const at = new Date(Date.now() + 2 * 86_400_000);
    const local = new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 16);
    await submit(releaseIssue, {
      id: String(issue.id),
      articleIds: [String(a!.id)],
      publishAt: local,
    });
    const result = await submit(setIssuePublication, { id: String(issue.id), intent: "publish" });
    expect(result).toMatchObject({ status: "ok" });
    expect(result.message).toContain("예약된 기사 1건은 예약한 시각에 공개됩니다");
    expect(result.message).toContain("초안 기사 1건은 공개되지 않습니다");
    expect(result.message).toContain("아직 공개된 기사가 없어");
    expect(await loadIssue(issue.id)).toMatchObject({ status: "published" });
    expect(await load(a!.id)).toMatchObject({ status: "scheduled" });
    expect(await load(b!.id)).toMatchObject({ status: "draft" });
  });

  it("schedules a late article of a published issue without re-dating or hiding the issue", async () => {
    const {
      issue,
      articles: [first, late],
    } = await draftIssue("2024-11", ["본문 1", "본문 2"]);
    await submit(releaseIssue, {
      id: String(issue.id),
      articleIds: [String(first!.id)],
      publishAt: "2024-11-25T09:00",
    });
    const printed = new Date("2024-11-25T00:00:00Z");
    const at = new Date(Date.now() + 2 * 86_400_000);
    const result = await submit(releaseIssue, {
      id: String(issue.id),
      articleIds: [String(late!.id)],
      publishAt: new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 16),
    });
    expect(result.message).toMatch(/^2024년 11월호의 기사 1개를 .+에 발행하도록 예약했습니다/);
    expect(await loadIssue(issue.id)).toMatchObject({ status: "published", publishAt: printed });
    expect(await load(first!.id)).toMatchObject({ status: "published", publishAt: printed });
    expect(await load(late!.id)).toMatchObject({ status: "scheduled" });

    // Nothing ticked: there is nothing to release, and the issue's date is not the editor's to move here.
    const empty = await submit(releaseIssue, {
      id: String(issue.id),
      publishAt: "2024-12-01T09:00",
    });
    expect(empty).toMatchObject({ status: "error", code: "invalid" });
    expect(await loadIssue(issue.id)).toMatchObject({ publishAt: printed });
  });

  it("refuses an article of another issue, or one whose chart is broken, and changes nothing", async () => {
    const {
      issue,
      articles: [a],
    } = await draftIssue("2024-07", [chart("type: pie\nx: [1]")]);
    const other = await draftIssue("2024-08", ["본문"]);
    const foreign = await submit(releaseIssue, {
      id: String(issue.id),
      articleIds: [String(other.articles[0]!.id)],
    });
    expect(foreign).toMatchObject({
      status: "error",
      message: expect.stringContaining("이 호에 없는 기사"),
    });
    const broken = await submit(releaseIssue, {
      id: String(issue.id),
      articleIds: [String(a!.id)],
    });
    expect(broken).toMatchObject({
      status: "error",
      message: expect.stringContaining("‘기사 1’ 기사의 차트·그림"),
    });
    expect(await loadIssue(issue.id)).toMatchObject({ status: "draft", publishAt: null });
    expect(await load(a!.id)).toMatchObject({ status: "draft" });
  });

  it("moves an article to another issue, leaving its old address redirecting, and refuses a slug taken there", async () => {
    const from = await draftIssue("2024-09", ["본문"]);
    const to = await draftIssue("2024-10", ["본문"]);
    const moved = await submit(moveArticleToIssue, {
      id: String(from.articles[0]!.id),
      issueId: String(to.issue.id),
    });
    // Both issues hold an article-0: the second article of each would clash.
    expect(moved).toMatchObject({
      status: "error",
      message: expect.stringContaining("주소가 같은 기사"),
    });
    await db
      .update(articles)
      .set({ slug: "moving-on" })
      .where(eq(articles.id, from.articles[0]!.id));
    expect(
      await submit(moveArticleToIssue, {
        id: String(from.articles[0]!.id),
        issueId: String(to.issue.id),
      }),
    ).toMatchObject({ status: "ok", message: expect.stringContaining("옮겼습니다") });
    expect(await load(from.articles[0]!.id)).toMatchObject({ issueId: to.issue.id, position: 1 });
    const [redirect] = await db
      .select()
      .from(movedPaths)
      .where(eq(movedPaths.fromPath, "/issues/2024-09/moving-on"));
    expect(redirect!.toPath).toBe("/issues/2024-10/moving-on");
  });

  it("says a public article moved into an issue not yet published leaves the site until it is", async () => {
    const [published] = await db
      .select()
      .from(articles)
      .where(eq(articles.status, "published"))
      .limit(1);
    const to = await draftIssue("2025-01", ["본문"]);
    const moved = await submit(moveArticleToIssue, {
      id: String(published!.id),
      issueId: String(to.issue.id),
    });
    expect(moved).toMatchObject({
      status: "ok",
      message: expect.stringContaining("그 호가 발행될 때까지 공개 화면에서 내려갑니다"),
    });
    expect(moved.message).not.toContain("예전 주소는 새 주소로 이어집니다.");
  });
});
