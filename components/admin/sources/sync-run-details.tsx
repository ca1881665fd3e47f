import Link from "next/link";
import type { CatalogEntity } from "@/lib/catalog/entities";
import type { SyncDiff } from "@/lib/db/schema";
import { sourceFieldLabels } from "@/lib/sources/provenance";

const fieldsText = (fields: string[]) =>
  fields.map((field) => sourceFieldLabels[field] ?? field).join(", ");

/** What one run found: rejected rows with reasons and the records it added, changed, closed or kept. */
export function SyncRunDetails({
  feeds,
  diff,
  rejected,
}: {
  feeds: CatalogEntity;
  diff: SyncDiff | null;
  rejected: { id: string; reason: string }[] | null;
}) {
  const href = (id: string) => `/${feeds === "course" ? "courses" : "programs"}/${id}`;
  const lists: { title: string; items: { id: string; note?: string }[] }[] = [
    { title: "추가", items: (diff?.added ?? []).map((id) => ({ id })) },
    {
      title: "변경",
      items: (diff?.changed ?? []).map((change) => ({
        id: change.id,
        note: fieldsText(change.fields),
      })),
    },
    {
      title: "종료 (원천에서 사라지거나 접수 마감)",
      items: (diff?.closed ?? []).map((id) => ({ id })),
    },
    {
      title: "편집자 값 유지 (원천과 다름)",
      items: (diff?.kept ?? []).map((kept) => ({ id: kept.id, note: fieldsText(kept.fields) })),
    },
    { title: "거부", items: (rejected ?? []).map((row) => ({ id: row.id, note: row.reason })) },
  ];
  const shown = lists.filter((list) => list.items.length > 0);
  if (shown.length === 0) return <p className="text-sm text-slate-600">바뀐 항목이 없습니다.</p>;
  return (
    <div className="space-y-2">
      {shown.map((list) => (
        <details key={list.title} className="rounded-lg border border-slate-200 bg-white p-3">
          <summary className="min-h-6 cursor-pointer font-bold">
            {list.title} {list.items.length.toLocaleString("ko-KR")}건
            {list.items.length >= 200 && " (앞 200건)"}
          </summary>
          <ul className="mt-2 max-h-80 space-y-1 overflow-y-auto text-sm">
            {list.items.map((item) => (
              <li key={`${list.title}-${item.id}`}>
                {list.title === "거부" ? (
                  <span className="font-mono">{item.id}</span>
                ) : (
                  <Link href={href(item.id)} className="text-brand-700 font-mono hover:underline">
                    {item.id}
                  </Link>
                )}
                {item.note && <span className="text-slate-700"> — {item.note}</span>}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
