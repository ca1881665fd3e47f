"use client";

import {
  createColumnHelper,
  rowSelectionFeature,
  tableFeatures,
  useTable,
  type RowSelectionState,
} from "@tanstack/react-table";
import Link from "next/link";
import { useState } from "react";
import { bulkOperationLabels } from "@/lib/catalog/operations";
import type { RecordRow } from "@/lib/catalog/queries";
import { formatDateTime } from "@/lib/dates/dates";
import type { FormState } from "@/lib/forms/state";
import { ActionForm, FieldError, SubmitButton } from "./action-form";
import { StatusBadge } from "./status-badge";
import { ScrollRegion } from "@/components/ui/scroll-region";

const features = tableFeatures({ rowSelectionFeature });
const helper = createColumnHelper<typeof features, RecordRow>();

export type SortLink = { href: string; direction: "ascending" | "descending" | null };

/**
 * The editors' list of courses or programs. Rows, sorting and paging come from the server through
 * the URL; the table itself only keeps which rows are checked for a bulk action.
 */
export function RecordTable({
  rows,
  basePath,
  ownerLabel,
  dateLabel,
  sortLinks,
  bulkAction,
}: {
  rows: RecordRow[];
  basePath: string;
  ownerLabel: string;
  dateLabel: string;
  sortLinks: Record<string, SortLink>;
  bulkAction: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [shownRows, setShownRows] = useState(rows);
  if (shownRows !== rows) {
    // A new page or a finished bulk action: nothing stays checked that is no longer shown.
    setShownRows(rows);
    setRowSelection({});
  }

  const columns = helper.columns([
    helper.display({
      id: "select",
      header: ({ table }) => (
        <input
          type="checkbox"
          aria-label="이 쪽 모두 선택"
          checked={table.getIsAllPageRowsSelected()}
          ref={(input) => {
            if (input)
              input.indeterminate =
                table.getIsSomePageRowsSelected() && !table.getIsAllPageRowsSelected();
          }}
          onChange={table.getToggleAllPageRowsSelectedHandler()}
          className="size-5"
        />
      ),
      cell: ({ row }) => (
        <input
          type="checkbox"
          name="ids"
          value={row.original.id}
          aria-label={`${row.original.title} 선택`}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
          className="size-5"
        />
      ),
    }),
    helper.accessor("title", {
      header: "제목",
      cell: (info) => (
        <Link
          href={`${basePath}/${info.row.original.id}`}
          className="inline-block min-w-48 font-bold"
        >
          {info.getValue()}
        </Link>
      ),
    }),
    helper.accessor("externalId", {
      header: "ID",
      cell: (info) => (
        <span className="font-mono text-xs whitespace-nowrap">{info.getValue()}</span>
      ),
    }),
    helper.accessor("status", {
      header: "상태",
      cell: (info) => <StatusBadge status={info.getValue()} />,
    }),
    helper.accessor("owner", { header: ownerLabel }),
    helper.accessor("date", { header: dateLabel, cell: (info) => info.getValue() ?? "–" }),
    helper.accessor("updatedAt", {
      header: "수정",
      cell: (info) => formatDateTime(new Date(info.getValue())),
    }),
  ]);

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => String(row.id),
    state: { rowSelection },
    onRowSelectionChange: setRowSelection,
  });
  const selected = Object.values(rowSelection).filter(Boolean).length;

  return (
    <ActionForm
      action={bulkAction}
      confirmMessage={(submitter) =>
        submitter?.value === "delete"
          ? `고른 ${selected}개를 삭제할까요? 공개 페이지와 검색에서도 사라지며 되돌릴 수 없습니다.`
          : null
      }
    >
      <div className="mb-2 flex flex-wrap items-center gap-2" aria-live="polite">
        <span className="text-sm text-slate-700">{selected}개 선택</span>
        {(["publish", "unpublish", "delete"] as const).map((operation) => (
          <SubmitButton
            key={operation}
            name="operation"
            value={operation}
            tone={operation === "delete" ? "danger" : "secondary"}
          >
            {`선택 ${bulkOperationLabels[operation]}`}
          </SubmitButton>
        ))}
      </div>
      {/* Nothing ticked: said beside the buttons, not only as the form's general message. */}
      <FieldError name="ids" id="bulk-ids-error" />
      <ScrollRegion label="목록">
        <table className="w-full min-w-3xl text-left text-sm">
          <thead className="bg-slate-100">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sort = sortLinks[header.column.id];
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="p-3 whitespace-nowrap"
                      aria-sort={sort?.direction ?? undefined}
                    >
                      {sort ? (
                        <Link href={sort.href} className="text-slate-900">
                          <table.FlexRender header={header} />
                          {sort.direction === "ascending"
                            ? " ▲"
                            : sort.direction === "descending"
                              ? " ▼"
                              : ""}
                        </Link>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-200">
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className="p-3">
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && (
          <p className="p-6 text-center text-slate-600">조건에 맞는 항목이 없습니다.</p>
        )}
      </ScrollRegion>
    </ActionForm>
  );
}
