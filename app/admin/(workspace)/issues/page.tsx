import Link from "next/link";
import { ActionForm, SubmitButton, TextField } from "@/components/admin/action-form";
import { AdminPageHeader } from "@/components/admin/page-header";
import { StatusBadge } from "@/components/admin/status-badge";
import { createIssue } from "@/lib/bulletin/actions";
import { listIssuesForEditors } from "@/lib/bulletin/queries";
import { formatDateTime } from "@/lib/dates/dates";
import { TRASH_DAYS, trashedBulletin } from "@/lib/bulletin/trash";
import { RestoreFromTrashForm } from "@/components/admin/trash-controls";
import { TrashNotice } from "@/components/admin/trash-notice";
import { canActAs, editorForPage } from "@/lib/auth/session";
import { AdminTable } from "@/components/admin/admin-table";

export const metadata = { title: "소식지" };

export default async function AdminIssuesPage({ searchParams }: PageProps<"/admin/issues">) {
  const editor = await editorForPage({ contributors: true });
  const isEditor = canActAs(editor.role, "editor");
  const [issues, trash, { trashed }] = await Promise.all([
    listIssuesForEditors(),
    trashedBulletin(),
    searchParams,
  ]);
  return (
    <>
      <AdminPageHeader title="인천 경제산업 Issue & Trend" />
      <TrashNotice trashed={Boolean(trashed)} />
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
      {isEditor && trash.length > 0 && (
        <section aria-labelledby="trash" className="mt-8 max-w-3xl">
          <h2 id="trash" className="mb-1 text-lg font-bold">
            휴지통
          </h2>
          <p className="mb-3 text-sm text-slate-600">
            되살리면 지우기 전의 발행 상태로 돌아갑니다. 옮긴 지 {TRASH_DAYS}일이 지나면 영구
            삭제됩니다.
          </p>
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
            {trash.map((item) => (
              <li
                key={`${item.entity}-${item.id}`}
                className="flex flex-wrap items-center justify-between gap-2 p-3"
              >
                <span>
                  <span className="font-bold">{item.title}</span>{" "}
                  <span className="text-sm text-slate-600">
                    ({item.entity === "issue" ? "호" : `기사 · ${item.issueTitle}`}) ·{" "}
                    {formatDateTime(item.purgeAt)} 영구 삭제
                  </span>
                </span>
                <RestoreFromTrashForm
                  target={{ entity: item.entity, id: item.id }}
                  label={`${item.title} 되살리기`}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {isEditor && (
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
      )}
    </>
  );
}
