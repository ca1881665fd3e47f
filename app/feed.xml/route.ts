import { Feed } from "feed";
import { allPublishedArticles } from "@/lib/bulletin/queries";
import { siteUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

/** Atom feed of every published article, newest issue first. */
export async function GET() {
  const rows = await allPublishedArticles();
  const url = (path: string) => new URL(path, siteUrl).toString();
  const dateOf = (row: (typeof rows)[number]) =>
    row.article.publishAt ?? row.issue.publishAt ?? row.article.createdAt;
  const feed = new Feed({
    id: url("/issues"),
    title: "인천 경제산업 Issue & Trend",
    description: "인천의 산업·고용 이슈와 국내 정책동향",
    link: url("/issues"),
    language: "ko",
    updated:
      rows.length > 0
        ? new Date(Math.max(...rows.map((r) => r.article.updatedAt.getTime())))
        : new Date(0),
    feedLinks: { atom: url("/feed.xml") },
    copyright: "인천 경제·일자리 포털",
    generator: false,
  });
  for (const row of rows) {
    const link = url(`/issues/${row.issue.slug}/${row.article.slug}`);
    feed.addItem({
      id: link,
      title: row.article.title,
      link,
      description: row.article.summary,
      date: row.article.updatedAt,
      published: dateOf(row),
      category: [{ term: row.article.category }, ...row.article.tags.map((tag) => ({ term: tag }))],
    });
  }
  return new Response(feed.atom1(), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
