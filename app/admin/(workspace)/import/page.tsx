import { ImportForm } from "@/components/admin/import-form";
import { AdminPageHeader } from "@/components/admin/page-header";
import { editorForPage } from "@/lib/auth/session";
import { catalogEntities, catalogEntityLabels } from "@/lib/catalog/entities";
import { importColumns } from "@/lib/import/plan";

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
      <section aria-labelledby="import-columns" className="mt-6 max-w-3xl space-y-3">
        <h2 id="import-columns" className="font-bold">
          열 이름
        </h2>
        <p className="text-sm text-slate-700">
          첫 줄에 아래 열 이름을 씁니다. externalId는 늘 있어야 하고, 새로 추가하는 항목에는 필수
          항목도 있어야 합니다. 파일에 없는 열은 기존 항목의 값을 그대로 둡니다(‘파일에 없는 열은
          비우기’를 고르지 않는 한). 지원사업의 articleSlug는 관련 소식지 기사의 주소 끝부분(예:
          trade-indicators)이며, 여러 호에 같은 주소가 있으면 2024-04/trade-indicators처럼 호를 앞에
          붙입니다.
        </p>
        {catalogEntities.map((entity) => (
          <div key={entity}>
            <p className="text-sm font-bold">
              {catalogEntityLabels[entity]}{" "}
              <a
                href={`/admin/import/template?entity=${entity}`}
                className="text-brand-700 inline-flex min-h-11 items-center underline"
              >
                빈 양식 받기 (CSV)
              </a>
            </p>
            <p className="font-mono text-sm break-words text-slate-700">
              {importColumns(entity).join(", ")}
            </p>
          </div>
        ))}
      </section>
    </>
  );
}
