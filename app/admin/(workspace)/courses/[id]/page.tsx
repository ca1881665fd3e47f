import { notFound } from "next/navigation";
import { CourseForm } from "@/components/admin/course-form";
import { SourceDifferences } from "@/components/admin/sources/source-differences";
import { RecordEditorFrame } from "@/components/admin/record-editor-frame";
import { getCourseForEditor } from "@/lib/catalog/queries";
import { parseId } from "@/lib/forms/params";
import { bulkUpdateCourses } from "@/lib/courses/actions";
import { editorForPage } from "@/lib/auth/session";
import { sourceDisplayName } from "@/lib/sources/status";
import { coursePath } from "@/lib/routes/public";

export const metadata = { title: "훈련과정 편집" };

export default async function EditCoursePage({
  params,
  searchParams,
}: PageProps<"/admin/courses/[id]">) {
  await editorForPage();
  const id = parseId((await params).id);
  const course = id ? await getCourseForEditor(id) : null;
  if (!course) notFound();
  const { created, took, v } = await searchParams;
  return (
    <RecordEditorFrame
      record={course}
      list={{ href: "/admin/courses", label: "훈련과정 목록" }}
      publicPath={coursePath(course)}
      created={created !== undefined}
      bulkAction={bulkUpdateCourses}
    >
      <SourceDifferences
        entity="course"
        row={course}
        took={typeof took === "string" ? took : undefined}
      />
      {/* Taking a source's value re-creates the form, so its fields show that value. */}
      <CourseForm
        key={took ? `took-${took}-${v}` : "edit"}
        course={course}
        sourceName={course.source ? sourceDisplayName(course.source) : undefined}
      />
    </RecordEditorFrame>
  );
}
