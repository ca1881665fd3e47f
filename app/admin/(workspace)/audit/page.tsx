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
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata = { title: "변경 기록" };

function hrefFor(filter: AuditFilter, page: number) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, page })) {
    if (value !== undefined && !(key === "page" && value === 1)) search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `/admin/audit?${query}` : "/admin/audit";
}

const inputClass = "min-h-11 rounded-md border border-slate-300 bg-white px-3";

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  await editorForPage();
  const filter = auditFilterSchema.parse(await searchParams);
  const [{ entries, total }, people] = await Promise.all([
    listAuditEntries(filter),
    listAuditUsers(),
  ]);
  return (
    <>
      <AdminPageHeader title="변경 기록" />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="audit-user" className="block text-sm font-bold">
            누가
          </label>
          <select
            id="audit-user"
            name="user"
            defaultValue={filter.user ?? ""}
            className={inputClass}
          >
            <option value="">전체</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name} ({person.email})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-entity" className="block text-sm font-bold">
            무엇을
          </label>
          <select
            id="audit-entity"
            name="entity"
            defaultValue={filter.entity ?? ""}
            className={inputClass}
          >
            <option value="">전체</option>
            {auditEntityOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className="block text-sm font-bold">
            시작일
          </label>
          <input
            id="audit-from"
            type="date"
            name="from"
            defaultValue={filter.from}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="audit-to" className="block text-sm font-bold">
            종료일
          </label>
          <input
            id="audit-to"
            type="date"
            name="to"
            defaultValue={filter.to}
            className={inputClass}
          />
        </div>
        <button type="submit" className={`${inputClass} font-bold`}>
          보기
        </button>
      </form>
      <p className="mb-2 text-sm text-slate-600">{total.toLocaleString("ko-KR")}건</p>
      <ScrollRegion label="변경 기록">
        <table className="w-full min-w-3xl text-left text-sm">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-3">
                언제
              </th>
              <th scope="col" className="p-3">
                누가
              </th>
              <th scope="col" className="p-3">
                무엇을
              </th>
              <th scope="col" className="p-3">
                대상
              </th>
              <th scope="col" className="p-3">
                내용
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ entry, userName, userEmail }) => (
              <tr key={entry.id} className="border-t border-slate-200 align-top">
                <td className="p-3 whitespace-nowrap">{formatDateTime(entry.createdAt)}</td>
                <td className="p-3">{userName ? `${userName} (${userEmail})` : "시스템"}</td>
                <td className="p-3">{auditActionLabel(entry.action)}</td>
                <td className="p-3 font-mono text-xs">{entry.entityId ?? "–"}</td>
                <td className="p-3 text-xs break-all text-slate-700">
                  {entry.details ? JSON.stringify(entry.details) : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {entries.length === 0 && <p className="p-6 text-center text-slate-600">기록이 없습니다.</p>}
      </ScrollRegion>
      <PageLinks
        page={filter.page}
        pages={Math.max(1, Math.ceil(total / AUDIT_PER_PAGE))}
        hrefFor={(page) => hrefFor(filter, page)}
      />
    </>
  );
}
