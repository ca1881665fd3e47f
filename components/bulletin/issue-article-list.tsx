import { Link } from "@/components/navigation/link";
import { Badge } from "@/components/ui/badge";
import { TagList } from "@/components/ui/tag-list";
import { type IssueWithArticles } from "@/lib/bulletin/queries";
import { sectionLabels } from "@/lib/bulletin/sections";
import { sections } from "@/lib/db/schema";
import { articlePath } from "@/lib/routes/public";

/** An issue's articles grouped by the bulletin's sections (Ⅰ 이슈 … 부록), in order. */
export function IssueArticleList({
  issue,
  headingLevel = "h3",
  showTags = false,
}: {
  issue: IssueWithArticles;
  headingLevel?: "h2" | "h3";
  showTags?: boolean;
}) {
  const Heading = headingLevel;
  return (
    <div className="space-y-5">
      {sections.map((section) => {
        const inSection = issue.articles.filter((a) => a.section === section);
        if (inSection.length === 0) return null;
        return (
          <section key={section} aria-labelledby={`${issue.slug}-${section}`}>
            <Heading
              id={`${issue.slug}-${section}`}
              className="text-brand-700 mb-2 text-sm font-bold tracking-wide"
            >
              {sectionLabels[section]}
            </Heading>
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
              {inSection.map((article) => (
                <li
                  key={article.id}
                  className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:gap-3"
                >
                  <Badge>{article.category}</Badge>
                  <Link
                    href={articlePath(issue, article)}
                    className="hover:text-brand-700 min-h-6 font-bold hover:underline"
                  >
                    {article.title}
                  </Link>
                  {showTags && (
                    <div className="sm:ml-auto">
                      <TagList tags={article.tags} />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
