import { Link } from "@/components/navigation/link";
import { Badge } from "@/components/ui/badge";
import { editionOf, sectionLabels } from "@/lib/bulletin/sections";
import type { Article, Issue } from "@/lib/db/schema";
import { articlePath } from "@/lib/routes/public";

/** An article in a list of articles from several issues: where it was printed, and what it says. */
export function ArticleCard({ article, issue }: { article: Article; issue: Issue }) {
  return (
    <article className="card">
      <div className="flex flex-wrap items-center gap-1.5 text-sm text-slate-600">
        <Badge>{article.category}</Badge>
        <span>
          {editionOf(issue)} · {sectionLabels[article.section]}
        </span>
      </div>
      <h3 className="text-base leading-6 font-bold">
        <Link href={articlePath(issue, article)} className="card-link">
          {article.title}
        </Link>
      </h3>
      <p className="line-clamp-3 text-sm leading-6 text-slate-700">{article.summary}</p>
    </article>
  );
}
