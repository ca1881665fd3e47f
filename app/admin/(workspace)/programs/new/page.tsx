import { ProgramForm } from "@/components/admin/program-form";
import { AdminPageHeader } from "@/components/admin/page-header";
import { editorForPage } from "@/lib/auth/session";

export const metadata = { title: "새 지원사업" };

export default async function NewProgramPage() {
  await editorForPage();
  return (
    <>
      <AdminPageHeader
        title="새 지원사업"
        back={{ href: "/admin/programs", label: "지원사업 목록" }}
      />
      <ProgramForm />
    </>
  );
}
