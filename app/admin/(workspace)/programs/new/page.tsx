import { ProgramForm } from "@/components/admin/program-form";
import { AdminPageHeader } from "@/components/admin/page-header";

export const metadata = { title: "새 지원사업" };

export default function NewProgramPage() {
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
