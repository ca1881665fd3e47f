import Link from "next/link";
import { PageLinks } from "@/components/ui/pagination";
import {
  RECORDS_PER_PAGE,
  recordListHref,
  recordSortKeys,
  type RecordListParams,
} from "@/lib/catalog/list-params";
import { publicationStatusLabels, recordStatuses } from "@/lib/admin/statuses";
import type { RecordRow } from "@/lib/catalog/queries";
import type { FormState } from "@/lib/forms/state";
import { RecordTable, type SortLink } from "./record-table";
import { FilterField, filterControlClass } from "./filter-field";

/** Search box, status filter, the table and its pages: all state in the URL. */
export function RecordList({
  basePath,
  params,
  rows,
  total,
  ownerLabel,
  dateLabel,
  bulkAction,
}: {
  basePath: string;
  params: RecordListParams;
  rows: RecordRow[];
  total: number;
  ownerLabel: string;
  dateLabel: string;
  bulkAction: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const sortLinks: Record<string, SortLink> = {};
  for (const key of recordSortKeys) {
    const active = params.sort === key;
    sortLinks[key] = {
      href: recordListHref(basePath, params, {
        sort: key,
        dir: active && params.dir === "asc" ? "desc" : "asc",
      }),
      direction: active ? (params.dir === "asc" ? "ascending" : "descending") : null,
    };
  }
  const pages = Math.max(1, Math.ceil(total / RECORDS_PER_PAGE));
  return (
    <>
      <form
        method="get"
        action={basePath}
        className="mb-4 flex flex-wrap items-end gap-2"
        role="search"
      >
        <FilterField id="record-q" label="검색">
          <input
            id="record-q"
            name="q"
            defaultValue={params.q}
            placeholder={`제목, ID, ${ownerLabel}`}
            className={filterControlClass}
          />
        </FilterField>
        <FilterField id="record-status" label="상태">
          <select
            id="record-status"
            name="status"
            defaultValue={params.status ?? ""}
            className={filterControlClass}
          >
            <option value="">전체</option>
            {recordStatuses.map((status) => (
              <option key={status} value={status}>
                {publicationStatusLabels[status]}
              </option>
            ))}
          </select>
        </FilterField>
        {params.sort !== "updatedAt" && <input type="hidden" name="sort" value={params.sort} />}
        {params.dir !== "desc" && <input type="hidden" name="dir" value={params.dir} />}
        <button
          type="submit"
          className="min-h-11 rounded-md border border-slate-300 bg-white px-4 font-bold"
        >
          찾기
        </button>
        <Link
          href={`${basePath}/new`}
          className="bg-brand-700 ml-auto flex min-h-11 items-center rounded-md px-4 font-bold text-white no-underline"
        >
          새로 만들기
        </Link>
      </form>
      <p className="mb-2 text-sm text-slate-600">{total.toLocaleString("ko-KR")}개</p>
      <RecordTable
        rows={rows}
        basePath={basePath}
        ownerLabel={ownerLabel}
        dateLabel={dateLabel}
        sortLinks={sortLinks}
        bulkAction={bulkAction}
      />
      <PageLinks
        page={params.page}
        pages={pages}
        hrefFor={(page) => recordListHref(basePath, params, { page })}
      />
    </>
  );
}
