import type { Article } from "@/lib/db/schema";

/** An article's fields as the editor's form shows them (tags by commas, one source a line). */
export function articleFormValues(
  article: Pick<
    Article,
    "title" | "slug" | "section" | "category" | "summary" | "body" | "tags" | "sources"
  >,
): Record<string, string> {
  return {
    title: article.title,
    slug: article.slug,
    section: article.section,
    category: article.category,
    summary: article.summary,
    tags: article.tags.join(", "),
    sources: article.sources.map((s) => (s.url ? `${s.title} | ${s.url}` : s.title)).join("\n"),
    body: article.body,
  };
}
