import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/bulletin/article-body";
import { Badge } from "@/components/ui/badge";
import { TagList } from "@/components/ui/tag-list";
import { getPublishedArticle, sectionLabels } from "@/lib/bulletin/queries";
import { programsForArticle } from "@/lib/programs/queries";

export const dynamic = "force-dynamic";

type Props = PageProps<"/issues/[slug]/[article]">;

async function load(params: Props["params"]) {
  const { slug, article } = await params;
  return getPublishedArticle(slug, article);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { article, issue } = found;
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: `/issues/${issue.slug}/${article.slug}` },
  };
}

export default async function ArticlePage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { article, issue } = found;
  const programs = await programsForArticle(article.id);
  return (
    <article className="mx-auto max-w-3xl">
      <header className="mb-6 space-y-2">
        <p className="text-sm">
          <Link href={`/issues/${issue.slug}`} className="text-brand-700 font-bold hover:underline">
            {issue.title}
          </Link>
          <span className="text-slate-500"> / {sectionLabels[article.section]}</span>
        </p>
        <Badge tone="brand">{article.category}</Badge>
        <h1 className="text-2xl leading-snug font-bold md:text-3xl">{article.title}</h1>
        <p className="text-lg leading-8 text-slate-600">{article.summary}</p>
        <TagList tags={article.tags} />
      </header>
      <ArticleBody markdown={article.body} />
      {programs.length > 0 && (
        <aside
          aria-labelledby="article-programs"
          className="border-brand-100 bg-brand-50 mt-10 rounded-xl border p-5"
        >
          <h2 id="article-programs" className="mb-2 font-bold">
            이 기사의 지원사업 신청 정보
          </h2>
          <ul className="space-y-1">
            {programs.map((program) => (
              <li key={program.id}>
                <Link
                  href={`/programs/${program.externalId}`}
                  className="text-brand-700 font-bold underline"
                >
                  {program.title}
                </Link>
                <span className="text-sm text-slate-600"> · {program.agency}</span>
              </li>
            ))}
          </ul>
        </aside>
      )}
      {article.sources.length > 0 && (
        <section aria-labelledby="sources" className="mt-10 text-sm text-slate-600">
          <h2 id="sources" className="mb-1 font-bold">
            참고 자료
          </h2>
          <ul className="list-disc pl-5">
            {article.sources.map((source) => (
              <li key={source.title}>
                {source.url ? (
                  <a href={source.url} rel="noopener" className="underline">
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
