import Link from "next/link";
import { notFound } from "next/navigation";
import { ProgramForm } from "@/components/admin/program-form";
import { AdminPageHeader } from "@/components/admin/page-header";
import { StatusBadge } from "@/components/admin/status-badge";
import { ActionForm, SubmitButton } from "@/components/admin/action-form";
import { bulkUpdatePrograms } from "@/lib/programs/actions";
import { getProgramForEditor } from "@/lib/catalog/queries";
import { parseId } from "@/lib/forms/params";

export const metadata = { title: "지원사업 편집" };

export default async function EditProgramPage({
  params,
  searchParams,
}: PageProps<"/admin/programs/[id]">) {
  const id = parseId((await params).id);
  const program = id ? await getProgramForEditor(id) : null;
  if (!program) notFound();
  const { created } = await searchParams;
  return (
    <>
      <AdminPageHeader
        title={program.title}
        back={{ href: "/admin/programs", label: "지원사업 목록" }}
      >
        <StatusBadge status={program.status} />
        {program.status === "published" && (
          <Link href={`/programs/${program.externalId}`}>공개 페이지</Link>
        )}
      </AdminPageHeader>
      {created && (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          초안으로 만들었습니다. 목록에서 골라 발행하면 공개됩니다.
        </p>
      )}
      <ActionForm action={bulkUpdatePrograms} className="mb-6">
        <input type="hidden" name="ids" value={program.id} />
        {program.status === "draft" ? (
          <SubmitButton name="operation" value="publish">
            발행
          </SubmitButton>
        ) : (
          <SubmitButton name="operation" value="unpublish" tone="secondary">
            발행 취소
          </SubmitButton>
        )}
      </ActionForm>
      <ProgramForm program={program} />
    </>
  );
}
