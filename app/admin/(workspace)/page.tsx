import Link from "next/link";
import { AdminPageHeader } from "@/components/admin/page-header";
import { workspaceSummary } from "@/lib/admin/queries";
import { auditLines } from "@/lib/audit/sentence";
import { listScheduled } from "@/lib/bulletin/queries";
import { formatDateTime } from "@/lib/dates/dates";
import { editorForPage } from "@/lib/auth/session";

export const metadata = { title: "현황" };

export default async function WorkspaceHome() {
  const viewer = await editorForPage();
  const [summary, scheduled] = await Promise.all([workspaceSummary(viewer), listScheduled()]);
  const cards = [
    { label: "초안 기사", value: summary.drafts.articles, href: "/admin/issues" },
    { label: "초안 훈련과정", value: summary.drafts.courses, href: "/admin/courses?status=draft" },
    {
      label: "초안 지원사업",
      value: summary.drafts.programs,
      href: "/admin/programs?status=draft",
    },
    { label: "검색 색인 대기", value: summary.backlog, href: "/admin/search" },
  ];
  return (
    <>
      <AdminPageHeader title="현황" />
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {cards.map((card) => (
          <li key={card.label}>
            <Link
              href={card.href}
              className="block rounded-xl border border-slate-200 bg-white p-4 no-underline hover:border-slate-400"
            >
              <span className="block text-sm text-slate-600">{card.label}</span>
              <span className="text-2xl font-bold text-slate-900 tabular-nums">{card.value}</span>
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="scheduled" className="mt-8">
        <h2 id="scheduled" className="mb-2 text-lg font-bold">
          발행 예약
        </h2>
        {scheduled.issues.length + scheduled.articles.length === 0 ? (
          <p className="text-slate-600">예약된 호나 기사가 없습니다.</p>
        ) : (
          <ul className="space-y-1">
            {scheduled.issues.map((issue) => (
              <li key={`i${issue.id}`}>
                <Link href={`/admin/issues/${issue.id}`}>{issue.title}</Link> ·{" "}
                {issue.publishAt && formatDateTime(issue.publishAt)}
              </li>
            ))}
            {scheduled.articles.map((article) => (
              <li key={`a${article.id}`}>
                <Link href={`/admin/articles/${article.id}`}>{article.title}</Link> ·{" "}
                {article.publishAt && formatDateTime(article.publishAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="recent" className="mt-8">
        <h2 id="recent" className="mb-2 text-lg font-bold">
          최근 변경
        </h2>
        <ul className="space-y-1 text-sm">
          {auditLines(summary.recent).map((line) => (
            <li key={line.id}>
              {formatDateTime(line.at)} · {line.sentence}
            </li>
          ))}
        </ul>
        <Link href="/admin/audit" className="mt-2 inline-block text-sm">
          변경 기록 전체 보기
        </Link>
      </section>
    </>
  );
}
