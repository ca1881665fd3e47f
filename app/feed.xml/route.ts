import { cacheTag } from "next/cache";
import { allPublishedArticles } from "@/lib/bulletin/queries";
import { articlePublishedAt } from "@/lib/bulletin/visibility";
import { cacheTags } from "@/lib/cache/tags";
import { siteUrl } from "@/lib/env";
import { atomXml } from "@/lib/feed/atom";
import { articlePath, bulletinFeedPath, issuesPath } from "@/lib/routes/public";
import { siteName } from "@/lib/metadata";

/** Atom feed of every published article, newest issue first. */
export async function GET() {
  return new Response(await articleFeed(), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}

async function articleFeed() {
  "use cache";
  cacheTag(cacheTags.issues);
  const rows = await allPublishedArticles();
  const url = (path: string) => new URL(path, siteUrl).toString();
  return atomXml({
    id: url(issuesPath()),
    title: "인천 경제산업 Issue & Trend",
    subtitle: "인천의 산업·고용 이슈와 국내 정책동향",
    link: url(issuesPath()),
    self: url(bulletinFeedPath),
    updated:
      rows.length > 0
        ? new Date(Math.max(...rows.map((r) => r.article.updatedAt.getTime())))
        : new Date(0),
    authors: [siteName],
    entries: rows.map(({ article, issue }) => {
      const link = url(articlePath(issue, article));
      return {
        id: link,
        title: article.title,
        link,
        summary: article.summary,
        updated: article.updatedAt,
        published: articlePublishedAt({ article, issue }),
        categories: [article.category, ...article.tags],
      };
    }),
  });
}
