import { AdminPageHeader } from "@/components/admin/page-header";
import { PageLinks } from "@/components/ui/pagination";
import { auditEntityOptions } from "@/lib/audit/labels";
import { auditLines } from "@/lib/audit/sentence";
import {
  AUDIT_PER_PAGE,
  auditFilterSchema,
  listAuditEntries,
  listAuditUsers,
  type AuditFilter,
} from "@/lib/audit/queries";
import { formatDateTime } from "@/lib/dates/dates";
import { editorForPage } from "@/lib/auth/session";
import Link from "next/link";
import { FilterField, filterControlClass } from "@/components/admin/filter-field";

export const metadata = { title: "변경 기록" };

function hrefFor(filter: AuditFilter, page: number) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, page })) {
    if (value !== undefined && !(key === "page" && value === 1)) search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `/admin/audit?${query}` : "/admin/audit";
}

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const viewer = await editorForPage();
  const filter = auditFilterSchema.parse(await searchParams);
  const [{ entries, total }, people] = await Promise.all([
    listAuditEntries(filter, viewer),
    listAuditUsers(viewer),
  ]);
  const lines = auditLines(entries);
  return (
    <>
      <AdminPageHeader title="변경 기록" />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
        <FilterField id="audit-user" label="누가">
          <select
            id="audit-user"
            name="user"
            defaultValue={filter.user ?? ""}
            className={filterControlClass}
          >
            <option value="">전체</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.email ? `${person.name} (${person.email})` : person.name}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="audit-entity" label="무엇을">
          <select
            id="audit-entity"
            name="entity"
            defaultValue={filter.entity ?? ""}
            className={filterControlClass}
          >
            <option value="">전체</option>
            {auditEntityOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="audit-from" label="시작일">
          <input
            id="audit-from"
            type="date"
            name="from"
            defaultValue={filter.from}
            className={filterControlClass}
          />
        </FilterField>
        <FilterField id="audit-to" label="종료일">
          <input
            id="audit-to"
            type="date"
            name="to"
            defaultValue={filter.to}
            className={filterControlClass}
          />
        </FilterField>
        <button type="submit" className={`${filterControlClass} font-bold`}>
          보기
        </button>
      </form>
      <p className="mb-2 text-sm text-slate-600">{total.toLocaleString("ko-KR")}건</p>
      <ol
        aria-label="변경 기록"
        className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white"
      >
        {lines.length === 0 && <li className="p-4 text-slate-600">기록이 없습니다.</li>}
        {lines.map((line) => (
          <li key={line.id} className="space-y-1 p-4">
            <p className="text-sm text-slate-600">
              <time dateTime={line.at.toISOString()}>{formatDateTime(line.at)}</time>
            </p>
            <p>{line.sentence}</p>
            {line.targets.length === 1 && line.targets[0]!.href ? (
              <p className="text-sm">
                <Link href={line.targets[0]!.href} className="text-brand-700 underline">
                  {line.targets[0]!.label} 열기
                </Link>
              </p>
            ) : line.targets.length > 1 ? (
              <details className="text-sm">
                <summary className="min-h-6 cursor-pointer">대상 {line.targets.length}개</summary>
                <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
                  {line.targets.map((target, i) => (
                    <li key={i}>
                      {target.href ? (
                        <Link href={target.href} className="text-brand-700 underline">
                          {target.label}
                        </Link>
                      ) : (
                        <span className="font-mono text-xs">{target.label}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            <details className="text-xs text-slate-600">
              <summary className="min-h-6 cursor-pointer text-sm">기록 원문</summary>
              <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-2 break-all whitespace-pre-wrap">
                {JSON.stringify(
                  line.rows.map(({ entry }) => ({
                    action: entry.action,
                    entityId: entry.entityId,
                    ...entry.details,
                  })),
                  null,
                  2,
                )}
              </pre>
            </details>
          </li>
        ))}
      </ol>
      <PageLinks
        page={filter.page}
        pages={Math.max(1, Math.ceil(total / AUDIT_PER_PAGE))}
        hrefFor={(page) => hrefFor(filter, page)}
      />
    </>
  );
}
