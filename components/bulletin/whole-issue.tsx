import { ArticleBody } from "@/components/bulletin/article-body";
import { Badge } from "@/components/ui/badge";
import { sectionLabels } from "@/lib/bulletin/sections";
import type { Article, Issue } from "@/lib/db/schema";

/**
 * Every article of an issue on one page, in the bulletin's order: the public "전체 보기" and the
 * editors' whole-issue preview (which marks each article's status) are this one view.
 */
export function WholeIssue({
  issue,
  articles,
  back,
  markOf,
}: {
  issue: Pick<Issue, "title" | "summary">;
  articles: Article[];
  back: React.ReactNode;
  markOf?: (article: Article) => React.ReactNode;
}) {
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm print:hidden">{back}</p>
      <h1 className="mt-1 text-2xl leading-snug font-bold">{issue.title}</h1>
      <p className="mt-2 mb-8 leading-7 text-slate-600">{issue.summary}</p>
      {articles.map((article, i) => (
        <article
          key={article.id}
          className={`mb-12 ${i > 0 ? "print-break" : ""}`}
          aria-labelledby={`article-${article.id}`}
        >
          <p className="text-brand-700 text-sm font-bold">{sectionLabels[article.section]}</p>
          <div className="flex flex-wrap gap-1.5">
            <Badge tone="brand">{article.category}</Badge>
            {markOf?.(article)}
          </div>
          <h2 id={`article-${article.id}`} className="mt-1 mb-2 text-xl leading-snug font-bold">
            {article.title}
          </h2>
          <ArticleBody markdown={article.body} idPrefix={`a${article.id}-`} nested />
        </article>
      ))}
    </div>
  );
}
