import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IssueArticleList } from "@/components/bulletin/issue-article-list";
import { getPublishedIssue } from "@/lib/bulletin/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/issues/[slug]">): Promise<Metadata> {
  const issue = await getPublishedIssue((await params).slug);
  if (!issue) return {};
  return {
    title: issue.title,
    description: issue.summary,
    alternates: { canonical: `/issues/${issue.slug}` },
  };
}

export default async function IssuePage({ params }: PageProps<"/issues/[slug]">) {
  const issue = await getPublishedIssue((await params).slug);
  if (!issue) notFound();
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/issues" className="text-brand-700 font-bold hover:underline">
          인천 경제산업 Issue & Trend
        </Link>
      </p>
      <h1 className="mt-1 text-2xl leading-snug font-bold">{issue.title}</h1>
      <p className="mt-2 mb-6 leading-7 text-slate-600">{issue.summary}</p>
      <h2 className="mb-3 text-lg font-bold">차례</h2>
      <IssueArticleList issue={issue} />
    </div>
  );
}
