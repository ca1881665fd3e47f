import { FallbackNotice } from "@/components/ui/fallback-notice";
import { PageLinks } from "@/components/ui/pagination";
import { formatNumber } from "@/lib/format/format";
import { AutoSubmitForm } from "./auto-submit-form";
import { FilterChips } from "./filter-chips";
import { FilterDrawer } from "./filter-drawer";
import { AnnounceResults } from "./results-announcer";
import { SearchBox } from "./search-box";

/**
 * The frame of a catalog page: one GET form holding the search box, the filters (a sidebar, or a
 * bottom sheet on phones) and the results with their count, sort, chips and pages.
 */
export function CatalogShell({
  title,
  lead,
  idPrefix,
  action,
  query,
  search,
  hiddenFields,
  filters,
  chips,
  clearHref,
  fallback,
  count,
  toolbar,
  pagination,
  subscribe,
  children,
}: {
  title: string;
  /** A line under the title (a way into the catalog other than searching). */
  lead?: React.ReactNode;
  /**
   * Starts every id in the catalog: after a client-side navigation Next keeps the page left,
   * hidden, in the document, so two catalogs must not share an id a label or link points to.
   */
  idPrefix: string;
  action: string;
  /** The query string this page was rendered for (the form follows it after a navigation). */
  query: string;
  search: { id: string; label: string; placeholder: string; defaultValue: string };
  hiddenFields?: React.ReactNode;
  filters: React.ReactNode;
  chips: { key: string; label: string; href: string }[];
  clearHref: string;
  fallback: boolean;
  /** What the results are (훈련과정, 기사), counted in what (개, 건), for which query. */
  count: { what: string; unit: "개" | "건"; q?: string; total: number };
  toolbar: React.ReactNode;
  pagination: { page: number; pageSize: number; hrefFor: (page: number) => string };
  /** "이 검색 구독하기" under the results. */
  subscribe?: React.ReactNode;
  children: React.ReactNode;
}) {
  const { page } = pagination;
  const pages = Math.ceil(count.total / pagination.pageSize);
  const headingId = `${idPrefix}-results-heading`;
  const counted = `${count.q ? `‘${count.q}’ 검색 결과` : count.what} ${formatNumber(count.total)}${count.unit}`;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{title}</h1>
      {lead}
      <AutoSubmitForm
        action={action}
        query={query}
        className="group grid grid-cols-1 gap-4 md:grid-cols-[15rem_minmax(0,1fr)] md:gap-6"
      >
        <div className="md:col-span-2">
          <SearchBox {...search} />
          {hiddenFields}
          <a
            href={`#${idPrefix}-results`}
            className="sr-only focus:not-sr-only focus:mt-2 focus:inline-block focus:rounded focus:bg-white focus:p-2 focus:font-bold focus:underline"
          >
            필터를 건너뛰고 결과로 가기
          </a>
        </div>
        <aside aria-label="필터">
          <FilterDrawer idPrefix={idPrefix} activeCount={chips.length}>
            {filters}
          </FilterDrawer>
        </aside>
        {/* While new results load, the old ones dim and say so (data-pending on the form). */}
        <section
          aria-labelledby={`${idPrefix}-results-heading`}
          className="min-w-0 transition-opacity group-data-[pending]:opacity-60"
          id={`${idPrefix}-results`}
        >
          {fallback && <FallbackNotice />}
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            {/* Only the count is announced as results change; announcing the whole list would
                read every card aloud after each keystroke. */}
            <AnnounceResults
              text={page > 1 ? `${counted}, ${pages}페이지 중 ${page}페이지` : counted}
              headingId={headingId}
            />
            <h2 id={headingId} tabIndex={-1} className="text-sm text-slate-700">
              {count.q ? `‘${count.q}’ 검색 결과 ` : `${count.what} `}
              <strong className="text-base text-slate-900">{formatNumber(count.total)}</strong>
              {count.unit}
            </h2>
            <p
              aria-hidden="true"
              className="text-brand-700 hidden text-sm font-bold group-data-[pending]:block"
            >
              결과를 새로 불러오는 중…
            </p>
            <div className="flex flex-wrap items-center gap-2">{toolbar}</div>
          </div>
          <FilterChips chips={chips} clearHref={clearHref} />
          {children}
          <PageLinks page={page} pages={pages} hrefFor={pagination.hrefFor} />
        </section>
      </AutoSubmitForm>
      {subscribe}
    </div>
  );
}
