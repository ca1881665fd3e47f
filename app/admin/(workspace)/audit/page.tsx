import { AdminPageHeader } from "@/components/admin/page-header";
import { PageLinks } from "@/components/ui/pagination";
import { auditActionLabel, auditEntityOptions } from "@/lib/audit/labels";
import {
  AUDIT_PER_PAGE,
  auditFilterSchema,
  listAuditEntries,
  listAuditUsers,
  type AuditFilter,
} from "@/lib/audit/queries";
import { formatDateTime } from "@/lib/dates/dates";
import { editorForPage } from "@/lib/auth/session";
import { AdminTable } from "@/components/admin/admin-table";
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
      <AdminTable
        label="변경 기록"
        columns={["언제", "누가", "무엇을", "대상", "내용"]}
        emptyMessage={entries.length === 0 ? "기록이 없습니다." : undefined}
      >
        {entries.map(({ entry, userName, userEmail }) => (
          <tr key={entry.id} className="border-t border-slate-200 align-top">
            <td className="p-3 whitespace-nowrap">{formatDateTime(entry.createdAt)}</td>
            <td className="p-3">
              {userName ? (userEmail ? `${userName} (${userEmail})` : userName) : "시스템"}
            </td>
            <td className="p-3">{auditActionLabel(entry.action)}</td>
            <td className="p-3 font-mono text-xs">{entry.entityId ?? "–"}</td>
            <td className="p-3 text-xs break-all text-slate-700">
              {entry.details ? JSON.stringify(entry.details) : ""}
            </td>
          </tr>
        ))}
      </AdminTable>
      <PageLinks
        page={filter.page}
        pages={Math.max(1, Math.ceil(total / AUDIT_PER_PAGE))}
        hrefFor={(page) => hrefFor(filter, page)}
      />
    </>
  );
}
