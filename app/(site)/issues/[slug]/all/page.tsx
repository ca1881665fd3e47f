import type { Metadata } from "next";
import { movedOrNotFound } from "@/lib/routes/moved";
import Link from "next/link";
import { ArticleBody } from "@/components/bulletin/article-body";
import { Badge } from "@/components/ui/badge";
import { publishedIssue } from "@/lib/bulletin/cached";
import { sectionLabels } from "@/lib/bulletin/queries";
import { buildPlaceholder } from "@/lib/routes/build-placeholder";

export const generateStaticParams = buildPlaceholder("slug");

export async function generateMetadata({
  params,
}: PageProps<"/issues/[slug]/all">): Promise<Metadata> {
  const issue = (await publishedIssue((await params).slug))?.issue;
  if (!issue) return {};
  return { title: `${issue.title} 전체 보기`, alternates: { canonical: `/issues/${issue.slug}` } };
}

/** Every article of an issue on one page, in the bulletin's order, for reading through or printing. */
export default async function WholeIssuePage({ params }: PageProps<"/issues/[slug]/all">) {
  const { slug } = await params;
  const issue = (await publishedIssue(slug))?.issue;
  if (!issue) return movedOrNotFound(`/issues/${slug}/all`);
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm print:hidden">
        <Link href={`/issues/${issue.slug}`} className="text-brand-700 font-bold hover:underline">
          차례로 돌아가기
        </Link>
      </p>
      <h1 className="mt-1 text-2xl leading-snug font-bold">{issue.title}</h1>
      <p className="mt-2 mb-8 leading-7 text-slate-600">{issue.summary}</p>
      {issue.articles.map((article, i) => (
        <article
          key={article.id}
          className={`mb-12 ${i > 0 ? "print-break" : ""}`}
          aria-labelledby={`article-${article.id}`}
        >
          <p className="text-brand-700 text-sm font-bold">{sectionLabels[article.section]}</p>
          <Badge tone="brand">{article.category}</Badge>
          <h2 id={`article-${article.id}`} className="mt-1 mb-2 text-xl leading-snug font-bold">
            {article.title}
          </h2>
          <ArticleBody markdown={article.body} idPrefix={`a${article.id}-`} />
        </article>
      ))}
    </div>
  );
}
