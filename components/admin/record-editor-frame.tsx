import { josa } from "es-hangul";
import Link from "next/link";
import type { RecordStatus } from "@/lib/admin/statuses";
import type { FormState } from "@/lib/forms/state";
import { ActionForm, SubmitButton } from "./action-form";
import { AdminPageHeader } from "./page-header";
import { StatusBadge } from "./status-badge";
import { isPublicRecord } from "@/lib/catalog/visibility";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Heading, status, public link and publish toggle around a course or program form. */
export function RecordEditorFrame({
  record,
  list,
  publicPath,
  created,
  bulkAction,
  children,
}: {
  record: { id: number; title: string; status: RecordStatus };
  list: { href: string; label: string };
  publicPath: string;
  created: boolean;
  bulkAction: Action;
  children: React.ReactNode;
}) {
  return (
    <>
      <AdminPageHeader title={record.title} back={list}>
        <StatusBadge status={record.status} />
        {isPublicRecord(record) && <Link href={publicPath}>공개 페이지</Link>}
      </AdminPageHeader>
      {/* Only while it is one: once published, "made a draft" is no longer news. */}
      {created && record.status === "draft" && (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          초안으로 만들었습니다. 발행하면 공개 페이지와 검색에 나옵니다.
        </p>
      )}
      <ActionForm action={bulkAction} className="mb-6">
        <input type="hidden" name="ids" value={record.id} />
        {record.status === "draft" ? (
          <SubmitButton name="operation" value="publish">
            발행
          </SubmitButton>
        ) : (
          <SubmitButton name="operation" value="unpublish" tone="secondary">
            발행 취소
          </SubmitButton>
        )}
      </ActionForm>
      {children}
    </>
  );
}

/**
 * The delete button under a record's form; asks first, because it cannot be undone. A record an
 * official source feeds has none: its next sync would bring it back (lib/catalog/records.ts).
 */
export function DeleteRecordForm({
  id,
  title,
  label,
  action,
  sourceName,
}: {
  id: number;
  title: string;
  label: string;
  action: Action;
  /** The source that feeds the record, as editors read it; none for the editors' own records. */
  sourceName?: string;
}) {
  if (sourceName)
    return (
      <p className="mt-10 max-w-4xl border-t border-slate-200 pt-6 text-sm text-slate-700">
        {sourceName}에서 가져온 {josa(label, "이라/라")} 삭제할 수 없습니다. 삭제해도 다음 동기화 때
        다시 들어옵니다. 공개하지 않으려면 초안으로 두세요(발행된 것은 위의 ‘발행 취소’). 동기화는
        발행 상태를 바꾸지 않습니다.
      </p>
    );
  return (
    <ActionForm
      action={action}
      className="mt-10 max-w-4xl border-t border-slate-200 pt-6"
      confirmMessage={`"${title}" ${josa(label, "을/를")} 삭제할까요? 공개 페이지와 검색에서도 사라지며 되돌릴 수 없습니다.`}
    >
      <input type="hidden" name="id" value={id} />
      <SubmitButton tone="danger">{`${label} 삭제`}</SubmitButton>
    </ActionForm>
  );
}
