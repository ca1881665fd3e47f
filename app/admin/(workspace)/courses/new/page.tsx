import { CourseForm } from "@/components/admin/course-form";
import { AdminPageHeader } from "@/components/admin/page-header";
import { editorForPage } from "@/lib/auth/session";

export const metadata = { title: "새 훈련과정" };

export default async function NewCoursePage() {
  await editorForPage();
  return (
    <>
      <AdminPageHeader
        title="새 훈련과정"
        back={{ href: "/admin/courses", label: "훈련과정 목록" }}
      />
      <CourseForm />
    </>
  );
}
