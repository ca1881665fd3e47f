import { notFound } from "next/navigation";
import { ProgramForm } from "@/components/admin/program-form";
import { SourceDifferences } from "@/components/admin/sources/source-differences";
import { RecordEditorFrame } from "@/components/admin/record-editor-frame";
import { getProgramForEditor } from "@/lib/catalog/queries";
import { parseId } from "@/lib/forms/params";
import { bulkUpdatePrograms } from "@/lib/programs/actions";
import { editorForPage } from "@/lib/auth/session";
import { sourceDisplayName } from "@/lib/sources/status";
import { programPath } from "@/lib/routes/public";

export const metadata = { title: "지원사업 편집" };

export default async function EditProgramPage({
  params,
  searchParams,
}: PageProps<"/admin/programs/[id]">) {
  await editorForPage();
  const id = parseId((await params).id);
  const program = id ? await getProgramForEditor(id) : null;
  if (!program) notFound();
  const { created, took, v } = await searchParams;
  return (
    <RecordEditorFrame
      record={program}
      list={{ href: "/admin/programs", label: "지원사업 목록" }}
      publicPath={programPath(program)}
      created={created !== undefined}
      bulkAction={bulkUpdatePrograms}
    >
      <SourceDifferences
        entity="program"
        row={program}
        took={typeof took === "string" ? took : undefined}
      />
      {/* Taking a source's value re-creates the form, so its fields show that value. */}
      <ProgramForm
        key={took ? `took-${took}-${v}` : "edit"}
        program={program}
        sourceName={program.source ? sourceDisplayName(program.source) : undefined}
      />
    </RecordEditorFrame>
  );
}
