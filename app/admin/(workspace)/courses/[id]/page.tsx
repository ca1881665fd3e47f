import Link from "next/link";
import { notFound } from "next/navigation";
import { CourseForm } from "@/components/admin/course-form";
import { AdminPageHeader } from "@/components/admin/page-header";
import { StatusBadge } from "@/components/admin/status-badge";
import { ActionForm, SubmitButton } from "@/components/admin/action-form";
import { bulkUpdateCourses } from "@/lib/courses/actions";
import { getCourseForEditor } from "@/lib/catalog/queries";
import { parseId } from "@/lib/forms/params";

export const metadata = { title: "훈련과정 편집" };

export default async function EditCoursePage({
  params,
  searchParams,
}: PageProps<"/admin/courses/[id]">) {
  const id = parseId((await params).id);
  const course = id ? await getCourseForEditor(id) : null;
  if (!course) notFound();
  const { created } = await searchParams;
  return (
    <>
      <AdminPageHeader
        title={course.title}
        back={{ href: "/admin/courses", label: "훈련과정 목록" }}
      >
        <StatusBadge status={course.status} />
        {course.status === "published" && (
          <Link href={`/courses/${course.externalId}`}>공개 페이지</Link>
        )}
      </AdminPageHeader>
      {created && (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          초안으로 만들었습니다. 목록에서 골라 발행하면 공개됩니다.
        </p>
      )}
      <ActionForm action={bulkUpdateCourses} className="mb-6">
        <input type="hidden" name="ids" value={course.id} />
        {course.status === "draft" ? (
          <SubmitButton name="operation" value="publish">
            발행
          </SubmitButton>
        ) : (
          <SubmitButton name="operation" value="unpublish" tone="secondary">
            발행 취소
          </SubmitButton>
        )}
      </ActionForm>
      <CourseForm course={course} />
    </>
  );
}
