import { AdminPageHeader } from "@/components/admin/page-header";
import { RecordList } from "@/components/admin/record-list";
import { recordListSchema } from "@/lib/catalog/list-params";
import { listRecordsForEditors } from "@/lib/catalog/queries";
import { bulkUpdatePrograms } from "@/lib/programs/actions";
import { editorForPage } from "@/lib/auth/session";

export const metadata = { title: "지원사업 관리" };

export default async function AdminProgramsPage({ searchParams }: PageProps<"/admin/programs">) {
  await editorForPage();
  const query = await searchParams;
  const params = recordListSchema.parse(query);
  const { rows, total } = await listRecordsForEditors("program", params);
  return (
    <>
      <AdminPageHeader title="지원사업" />
      {query.deleted && (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          삭제했습니다. 검색에서도 곧 사라집니다.
        </p>
      )}
      <RecordList
        basePath="/admin/programs"
        params={params}
        rows={rows}
        total={total}
        ownerLabel="소관기관"
        dateLabel="접수 마감"
        bulkAction={bulkUpdatePrograms}
      />
    </>
  );
}
