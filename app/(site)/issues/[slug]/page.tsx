import type { Metadata } from "next";
import { movedOrNotFound } from "@/lib/routes/moved";
import { notFoundMetadata, pageMetadata } from "@/lib/metadata";
import { Link } from "@/components/navigation/link";
import { IssueArticleList } from "@/components/bulletin/issue-article-list";
import { publishedIssue } from "@/lib/bulletin/cached";
import { buildPlaceholder } from "@/lib/routes/build-placeholder";
import { issuePath, issuesPath, wholeIssuePath } from "@/lib/routes/public";

export const generateStaticParams = buildPlaceholder("slug");

export async function generateMetadata({ params }: PageProps<"/issues/[slug]">): Promise<Metadata> {
  const found = await publishedIssue((await params).slug);
  if (!found) return notFoundMetadata;
  const { issue } = found;
  return pageMetadata({
    title: issue.title,
    description: issue.summary,
    path: issuePath(issue),
  });
}

export default async function IssuePage({ params }: PageProps<"/issues/[slug]">) {
  const { slug } = await params;
  const found = await publishedIssue(slug);
  if (!found) return movedOrNotFound(issuePath({ slug }));
  const { issue, previous, next } = found;
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={issuesPath()} className="text-brand-700 font-bold hover:underline">
          인천 경제산업 Issue & Trend
        </Link>
      </p>
      <h1 className="mt-1 text-2xl leading-snug font-bold">{issue.title}</h1>
      <p className="mt-2 mb-6 leading-7 text-slate-600">{issue.summary}</p>
      <p className="mb-6 print:hidden">
        <Link
          href={wholeIssuePath(issue)}
          className="border-brand-700 text-brand-700 hover:bg-brand-50 inline-flex min-h-11 items-center rounded-lg border px-4 font-bold"
        >
          전체 기사 한 페이지로 보기·인쇄
        </Link>
      </p>
      <h2 className="mb-3 text-lg font-bold">차례</h2>
      <IssueArticleList issue={issue} showTags />
      <nav
        aria-label="다른 호"
        className="mt-10 flex justify-between gap-4 border-t border-slate-200 pt-4 text-sm print:hidden"
      >
        {previous ? (
          <Link
            href={issuePath(previous)}
            rel="prev"
            className="text-brand-700 font-bold hover:underline"
          >
            ← {previous.title}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link
            href={issuePath(next)}
            rel="next"
            className="text-brand-700 font-bold hover:underline"
          >
            {next.title} →
          </Link>
        )}
      </nav>
    </div>
  );
}
