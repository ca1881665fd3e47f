import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { articles, issues } from "@/lib/db/schema";
import { seededDatabase } from "@/test/db";
import { planImport } from "./plan";

const plan = (articleSlug: string) =>
  db.transaction((tx) =>
    planImport(tx, "program", "json", [{ externalId: "youth-monthly-rent", articleSlug }]),
  );

describe("the bulletin article an imported program links to", () => {
  let april: { id: number; slug: string; issueSlug: string };
  let mayId: number;
  beforeAll(async () => {
    await seededDatabase();
    const [first] = await db
      .select({ id: articles.id, slug: articles.slug, issueSlug: issues.slug })
      .from(articles)
      .innerJoin(issues, eq(articles.issueId, issues.id))
      .limit(1);
    april = first!;
    // A later issue with a recurring article under the same slug.
    const [may] = await db
      .insert(issues)
      .values({ slug: "2024-05", title: "2024년 5월호", summary: "다음 호" })
      .returning();
    const [recurring] = await db
      .insert(articles)
      .values({
        issueId: may!.id,
        slug: april.slug,
        section: "issue",
        category: "이슈",
        title: "다음 호의 같은 꼭지",
        summary: "요약",
        body: "본문",
      })
      .returning();
    mayId = recurring!.id;
  });

  it("refuses a slug two issues use, naming both, and links the one whose issue is given", async () => {
    const ambiguous = await plan(april.slug);
    expect(ambiguous.toUpdate).toEqual([]);
    expect(ambiguous.rejected).toEqual([
      {
        where: "1번째 항목",
        externalId: "youth-monthly-rent",
        reason: `여러 호에 ‘${april.slug}’ 기사가 있습니다. ${april.issueSlug}/${april.slug}, 2024-05/${april.slug} 중 하나처럼 호를 앞에 붙이세요`,
      },
    ]);
    const named = await plan(`2024-05/${april.slug}`);
    expect(named.rejected).toEqual([]);
    expect(named.toUpdate[0]!.values.articleId).toBe(mayId);
  });

  it("does not link to an article in the trash", async () => {
    await db.update(articles).set({ deletedAt: new Date() }).where(eq(articles.id, mayId));
    expect((await plan(`2024-05/${april.slug}`)).rejected[0]!.reason).toBe(
      `소식지 기사를 찾을 수 없습니다: 2024-05/${april.slug}`,
    );
    // With it gone, the slug is the April article's alone again.
    expect((await plan(april.slug)).toUpdate[0]!.values.articleId).toBe(april.id);
  });
});
