import type { Article } from "@/lib/db/schema";

/** An article's edit form as the browser sends it, with some fields changed. */
export function articleForm(article: Article, change: Record<string, string> = {}) {
  return {
    id: String(article.id),
    version: String(article.version),
    title: article.title,
    slug: article.slug,
    section: article.section,
    category: article.category,
    summary: article.summary,
    body: article.body,
    tags: article.tags.join(", "),
    sources: "",
    ...change,
  };
}
