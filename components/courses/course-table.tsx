import { constructTable, createColumnHelper, tableFeatures } from "@tanstack/table-core";
import { FlexRender } from "@tanstack/table-core/flex-render";
import { storeReactivityBindings } from "@tanstack/table-core/store-reactivity-bindings";
import { Link } from "@/components/navigation/link";
import { sortableCourseColumns, type CourseSort } from "@/lib/courses/filters";
import { CompareCheckbox } from "./compare-checkbox";
import { coursePath } from "@/lib/routes/public";

export type CourseRow = {
  id: string;
  title: string;
  provider: string;
  district: string | null;
  startDate: string | null;
  totalHours: number;
  fillRate: number | null;
  employmentRate: number | null;
  status: string;
  isSample: boolean;
};

const features = tableFeatures({ coreReactivityFeature: storeReactivityBindings() });
const helper = createColumnHelper<typeof features, CourseRow>();

const columns = (compareForm: string) =>
  helper.columns([
    helper.display({
      id: "compare",
      header: "비교",
      cell: (info) => (
        <CompareCheckbox
          course={info.row.original}
          form={compareForm}
          className="-my-1 flex size-9 cursor-pointer items-center justify-center"
        />
      ),
    }),
    helper.accessor("title", {
      header: "과정명",
      cell: (info) => (
        <Link
          href={coursePath(info.row.original.id)}
          className="text-brand-700 font-bold hover:underline"
        >
          {info.getValue()}
          {info.row.original.isSample && (
            <span className="ml-1 text-xs font-bold text-amber-800">(예시)</span>
          )}
        </Link>
      ),
    }),
    helper.accessor("provider", { header: "훈련기관" }),
    helper.accessor("district", { header: "지역", cell: (info) => info.getValue() ?? "–" }),
    helper.accessor("status", { header: "상태" }),
    helper.accessor("startDate", { header: "시작일", cell: (info) => info.getValue() ?? "미정" }),
    helper.accessor("totalHours", {
      header: "훈련시간",
      cell: (info) => `${info.getValue().toLocaleString("ko-KR")}시간`,
    }),
    helper.accessor("fillRate", {
      header: "정원충족률",
      cell: (info) => (info.getValue() === null ? "–" : `${Math.round(info.getValue()!)}%`),
    }),
    helper.accessor("employmentRate", {
      header: "취업률",
      cell: (info) => (info.getValue() === null ? "–" : `${info.getValue()!.toFixed(1)}%`),
    }),
  ]);

// Cells keep to one line (set once on the table): short values (구, 상태, dates, figures). Only
// names wrap, between words (Korean otherwise breaks between any two syllables), and keep enough
// width to stay readable on a phone, where the table scrolls sideways.
const cellWidth: Record<string, string> = {
  title: "min-w-44 break-keep whitespace-normal!",
  provider: "min-w-28 break-keep whitespace-normal!",
};

export function CourseTable({
  rows,
  compareForm,
  sort,
  hrefForSort,
}: {
  rows: CourseRow[];
  /** The compare tray's form id, which each row's checkbox belongs to. */
  compareForm: string;
  sort: CourseSort;
  hrefForSort: Record<string, string>;
}) {
  // Built on the server: sorting and paging come from the URL, so the table needs no client code.
  // Rows keyed by course, so a row (and its compare checkbox) is never reused for another course.
  const table = constructTable({
    features,
    columns: columns(compareForm),
    data: rows,
    getRowId: (row) => row.id,
  });
  return (
    <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
      {/* Cell padding set once here rather than on each of a page's ~170 cells. */}
      <table className="w-full text-left text-sm [&_td]:px-2 [&_td]:py-2 [&_td]:align-top [&_td]:whitespace-nowrap">
        <caption className="sr-only">훈련과정 목록 (머리글을 눌러 정렬)</caption>
        <thead className="bg-slate-50">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const order = sortableCourseColumns[header.column.id];
                const active =
                  order && (sort === order.asc || sort === order.desc)
                    ? sort === order.asc && order.asc !== order.desc
                      ? "ascending"
                      : "descending"
                    : undefined;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={active ?? (order ? "none" : undefined)}
                    className="px-2 py-2 font-bold whitespace-nowrap"
                  >
                    {order ? (
                      <Link
                        href={hrefForSort[header.column.id]!}
                        scroll={false}
                        className="hover:text-brand-700 inline-flex min-h-8 items-center gap-1"
                      >
                        {FlexRender({ header }) as React.ReactNode}
                        <span aria-hidden="true">
                          {active === "ascending" ? "▲" : active === "descending" ? "▼" : "↕"}
                        </span>
                      </Link>
                    ) : (
                      (FlexRender({ header }) as React.ReactNode)
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="hover:bg-slate-50">
              {row.getAllCells().map((cell) =>
                // The course's title heads its row: a screen reader names it with each figure.
                cell.column.id === "title" ? (
                  <th
                    key={cell.id}
                    scope="row"
                    className={`px-2 py-2 align-top font-normal ${cellWidth.title}`}
                  >
                    {FlexRender({ cell }) as React.ReactNode}
                  </th>
                ) : (
                  <td key={cell.id} className={cellWidth[cell.column.id]}>
                    {FlexRender({ cell }) as React.ReactNode}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
