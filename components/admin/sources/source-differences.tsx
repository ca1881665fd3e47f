import { josa } from "es-hangul";
import { ActionForm, SubmitButton } from "@/components/admin/action-form";
import type { CatalogEntity } from "@/lib/catalog/entities";
import type { SourceName } from "@/lib/db/schema";
import { takeSourceValue } from "@/lib/sources/actions";
import { sourceDisplayName } from "@/lib/sources/status";
import { editedSourceFields, sourceFieldLabels, sourceValueText } from "@/lib/sources/provenance";

type SourcedRow = Record<string, unknown> & {
  id: number;
  version: number;
  source: SourceName | null;
  lastSeenAt: Date | null;
  closedAt: Date | null;
  sourceValues: Record<string, unknown> | null;
};

/**
 * Where a synced record came from, and each field an editor changed that its source now says
 * otherwise ("원천과 다름"), with the source's value and a way to take it.
 */
export function SourceDifferences({
  entity,
  row,
  took,
}: {
  entity: CatalogEntity;
  row: SourcedRow;
  /** The field whose source value the editor just took. */
  took?: string;
}) {
  if (!row.source) return null;
  const fields = editedSourceFields(entity, row);
  return (
    <section
      aria-labelledby="source-values"
      className="mb-6 rounded-xl border border-slate-200 bg-slate-50 p-4"
    >
      <h2 id="source-values" className="font-bold">
        원천: {sourceDisplayName(row.source)}
        {row.closedAt && (
          <span className="ml-2 text-red-800">원천에서 사라지거나 접수가 끝나 종료로 표시 중</span>
        )}
      </h2>
      {took && (
        <p role="status" className="mt-2 rounded-md bg-emerald-50 p-2 text-sm text-emerald-900">
          ‘{sourceFieldLabels[took] ?? took}’{josa.pick(sourceFieldLabels[took] ?? took, "을/를")}{" "}
          원천의 값으로 바꿨습니다. 이후 동기화가 이 항목을 따라갑니다.
        </p>
      )}
      {fields.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">
          모든 항목이 원천의 값과 같습니다. 다음 동기화가 이 항목을 원천에 맞춥니다.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">
            아래 항목은 편집자가 고친 값이라 동기화가 덮어쓰지 않습니다(원천과 다름). 원천의 값을
            쓰려면 바꾸세요.
          </p>
          <ul className="mt-3 space-y-3">
            {fields.map((field) => (
              <li key={field} className="rounded-lg border border-amber-300 bg-white p-3 text-sm">
                <p className="font-bold">
                  {sourceFieldLabels[field] ?? field}{" "}
                  <span className="text-amber-800">원천과 다름</span>
                </p>
                <p className="mt-1 break-words">지금 값: {sourceValueText(field, row[field])}</p>
                <p className="break-words">
                  원천 값: {sourceValueText(field, row.sourceValues?.[field])}
                </p>
                <ActionForm
                  action={takeSourceValue}
                  className="mt-2"
                  confirmIfUnsaved="아래 양식에 저장하지 않은 변경이 있습니다. 원천 값으로 바꾸면 양식을 저장된 내용으로 다시 불러와 그 변경은 사라집니다. 바꿀까요?"
                >
                  <input type="hidden" name="entity" value={entity} />
                  <input type="hidden" name="id" value={row.id} />
                  <input type="hidden" name="version" value={row.version} />
                  <input type="hidden" name="field" value={field} />
                  <SubmitButton tone="secondary">원천 값으로 바꾸기</SubmitButton>
                </ActionForm>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
