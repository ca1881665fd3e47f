import { ActionForm, SubmitButton } from "@/components/admin/action-form";
import { AdminPageHeader } from "@/components/admin/page-header";
import { editorForPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates/dates";
import { rebuildSearchIndexes } from "@/lib/catalog/index-actions";
import { retrySearchSync } from "@/lib/search/actions";
import { searchIndexStatus } from "@/lib/search/status";
import { AdminTable } from "@/components/admin/admin-table";
import { hitTypeLabels } from "@/components/search/hit-type-labels";
import { indexEntities } from "@/lib/search/indexes";

export const metadata = { title: "검색 색인" };

export default async function SearchIndexPage() {
  const editor = await editorForPage();
  const status = await searchIndexStatus();
  return (
    <>
      <AdminPageHeader title="검색 색인" />
      <dl className="grid gap-4 sm:grid-cols-3">
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">색인 대기</dt>
          <dd className="text-2xl font-bold tabular-nums" data-testid="outbox-backlog">
            {status.backlog.toLocaleString("ko-KR")}건
          </dd>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">실패 후 재시도 대기</dt>
          <dd className="text-2xl font-bold tabular-nums">{status.failing.length}건</dd>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">마지막 성공</dt>
          <dd className="font-bold">
            {status.lastSuccessfulSync ? formatDateTime(status.lastSuccessfulSync) : "기록 없음"}
          </dd>
        </div>
      </dl>
      <table className="mt-6 w-full max-w-xl rounded-xl border border-slate-200 bg-white text-left text-sm">
        <caption className="mb-2 text-left font-bold">색인별 문서 수</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-3">
              색인
            </th>
            <th scope="col" className="p-3">
              발행된 항목
            </th>
            <th scope="col" className="p-3">
              검색에 있는 문서
            </th>
          </tr>
        </thead>
        <tbody>
          {status.indexes.map((index) => (
            <tr key={index.name} className="border-t border-slate-200">
              <th scope="row" className="p-3">
                {hitTypeLabels[indexEntities[index.name]]}
              </th>
              <td className="p-3 tabular-nums">{index.published}</td>
              <td className="p-3 tabular-nums">
                {index.indexed === null ? "Meilisearch 응답 없음" : index.indexed}
                {index.indexed !== null && index.indexed !== index.published && " (차이 있음)"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-6 flex flex-wrap gap-6">
        <ActionForm action={retrySearchSync}>
          <SubmitButton>지금 다시 시도</SubmitButton>
        </ActionForm>
        {editor.role === "admin" && (
          <ActionForm
            action={rebuildSearchIndexes}
            confirmMessage="모든 색인을 데이터베이스에서 새로 만들어 바꿉니다. 진행할까요?"
          >
            <SubmitButton tone="secondary">색인 전체 다시 만들기</SubmitButton>
          </ActionForm>
        )}
      </div>
      {status.failing.length > 0 && (
        <section aria-labelledby="failing" className="mt-8">
          <h2 id="failing" className="mb-2 text-lg font-bold">
            실패한 항목
          </h2>
          <AdminTable label="실패한 항목" columns={["종류", "문서", "시도", "다음 시도", "오류"]}>
            {status.failing.map((row) => (
              <tr key={row.id} className="border-t border-slate-200 align-top">
                <td className="p-3">{row.entity}</td>
                <td className="p-3 font-mono">{row.documentId}</td>
                <td className="p-3 tabular-nums">{row.attempts}</td>
                <td className="p-3">{formatDateTime(row.nextAttemptAt)}</td>
                <td className="p-3 break-all text-red-800">{row.lastError}</td>
              </tr>
            ))}
          </AdminTable>
        </section>
      )}
    </>
  );
}
