import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import Link from "next/link";
import { IssueArticleList } from "@/components/bulletin/issue-article-list";
import { publishedIssues } from "@/lib/bulletin/cached";
import { issuePath, issuesPath } from "@/lib/routes/public";

export const metadata: Metadata = pageMetadata({
  title: "인천 경제산업 Issue & Trend",
  description: "매월 발행하는 「인천 경제산업 Issue & Trend」의 모든 호와 기사.",
  path: issuesPath,
});

export default async function IssuesPage() {
  const issues = await publishedIssues();
  return (
    <div>
      <h1 className="mb-1 text-2xl font-bold">인천 경제산업 Issue & Trend</h1>
      <p className="mb-6 text-slate-600">
        인천의 산업·고용 이슈와 국내 정책동향을 매월 정리합니다.
      </p>
      {issues.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-5 text-slate-600">
          아직 발행된 호가 없습니다.
        </p>
      ) : (
        <ol className="space-y-8">
          {issues.map((issue) => (
            <li key={issue.id} className="rounded-xl border border-slate-200 bg-white p-5">
              <h2 className="text-xl font-bold">
                <Link href={issuePath(issue)} className="hover:text-brand-700 hover:underline">
                  {issue.title}
                </Link>
              </h2>
              <p className="mt-1 mb-4 leading-7 text-slate-600">{issue.summary}</p>
              <IssueArticleList issue={issue} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
