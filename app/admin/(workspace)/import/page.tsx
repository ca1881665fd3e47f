import { ImportForm } from "@/components/admin/import-form";
import { AdminPageHeader } from "@/components/admin/page-header";
import { editorForPage } from "@/lib/auth/session";

export const metadata = { title: "가져오기" };

export default async function ImportPage() {
  await editorForPage();
  return (
    <>
      <AdminPageHeader title="훈련과정·지원사업 가져오기" />
      <p className="mb-4 max-w-3xl text-slate-700">
        먼저 미리 보기로 추가·변경·거부될 행을 확인하세요. 거부된 행이 하나라도 있으면 적용할 수
        없고, 적용은 전부 되거나 하나도 되지 않습니다.
      </p>
      <ImportForm />
    </>
  );
}
