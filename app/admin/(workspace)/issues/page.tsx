import Link from "next/link";
import { ActionForm, SubmitButton, TextField } from "@/components/admin/action-form";
import { AdminPageHeader } from "@/components/admin/page-header";
import { StatusBadge } from "@/components/admin/status-badge";
import { createIssue } from "@/lib/bulletin/actions";
import { listIssuesForEditors } from "@/lib/bulletin/queries";
import { formatDateTime } from "@/lib/dates/dates";
import { editorForPage } from "@/lib/auth/session";
import { AdminTable } from "@/components/admin/admin-table";

export const metadata = { title: "소식지" };

export default async function AdminIssuesPage() {
  await editorForPage();
  const issues = await listIssuesForEditors();
  return (
    <>
      <AdminPageHeader title="인천 경제산업 Issue & Trend" />
      <AdminTable label="호 목록" columns={["호", "제목", "상태", "기사 (발행/전체)"]}>
        {issues.map((issue) => (
          <tr key={issue.id} className="border-t border-slate-200">
            <td className="p-3 font-mono">{issue.slug}</td>
            <td className="p-3">
              <Link href={`/admin/issues/${issue.id}`} className="font-bold">
                {issue.title}
              </Link>
            </td>
            <td className="p-3">
              <StatusBadge status={issue.status} />
              {issue.publishAt && (
                <span className="block text-xs text-slate-600">
                  {formatDateTime(issue.publishAt)}
                </span>
              )}
            </td>
            <td className="p-3 tabular-nums">
              {issue.publishedCount} / {issue.articleCount}
            </td>
          </tr>
        ))}
      </AdminTable>
      <section aria-labelledby="new-issue" className="mt-8 max-w-2xl">
        <h2 id="new-issue" className="mb-3 text-lg font-bold">
          새 호 만들기
        </h2>
        <ActionForm
          action={createIssue}
          className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
        >
          <TextField name="slug" label="호 (연도-월)" placeholder="2024-05" required />
          <TextField
            name="title"
            label="제목"
            placeholder="인천 경제산업 Issue & Trend 2024년 5월호"
            required
          />
          <TextField name="summary" label="요약" rows={3} required />
          <SubmitButton>초안으로 만들기</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
