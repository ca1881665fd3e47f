import { AdminPageHeader } from "@/components/admin/page-header";
import { RecordList } from "@/components/admin/record-list";
import { recordListSchema } from "@/lib/catalog/list-params";
import { listRecordsForEditors } from "@/lib/catalog/queries";
import { bulkUpdateCourses } from "@/lib/courses/actions";
import { editorForPage } from "@/lib/auth/session";

export const metadata = { title: "훈련과정 관리" };

export default async function AdminCoursesPage({ searchParams }: PageProps<"/admin/courses">) {
  await editorForPage();
  const query = await searchParams;
  const params = recordListSchema.parse(query);
  const { rows, total } = await listRecordsForEditors("course", params);
  return (
    <>
      <AdminPageHeader title="훈련과정" />
      {query.deleted && (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          삭제했습니다. 검색에서도 곧 사라집니다.
        </p>
      )}
      <RecordList
        basePath="/admin/courses"
        params={params}
        rows={rows}
        total={total}
        ownerLabel="훈련기관"
        dateLabel="개강일"
        bulkAction={bulkUpdateCourses}
      />
    </>
  );
}
