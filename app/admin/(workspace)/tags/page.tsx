import { AdminOnly } from "@/components/admin/admin-only";
import { AdminPageHeader } from "@/components/admin/page-header";
import { AdminTable } from "@/components/admin/admin-table";
import { TagRenameForm } from "@/components/admin/tag-rename-form";
import { editorForPage } from "@/lib/auth/session";
import { tagUsage } from "@/lib/tags/known";

export const metadata = { title: "태그" };

export default async function TagsPage() {
  const editor = await editorForPage();
  if (editor.role !== "admin") return <AdminOnly />;
  const usage = await tagUsage();
  return (
    <>
      <AdminPageHeader title="태그" />
      <p className="mb-4 max-w-2xl text-slate-700">
        기사·훈련과정·지원사업에 붙은 태그의 이름을 한꺼번에 바꾸거나, 뜻이 같은 두 태그를 하나로
        합칩니다. 바뀐 기록마다 새 버전이 남습니다.
      </p>
      <TagRenameForm tags={usage.map((item) => item.tag)} />
      <h2 className="mt-8 mb-3 text-lg font-bold">쓰이는 태그 ({usage.length}개)</h2>
      <AdminTable label="쓰이는 태그" columns={["태그", "쓰인 기록 수"]}>
        {usage.map((item) => (
          <tr key={item.tag} className="border-t border-slate-200">
            <td className="p-3">{item.tag}</td>
            <td className="p-3 tabular-nums">{item.uses}</td>
          </tr>
        ))}
      </AdminTable>
    </>
  );
}
