import { cacheLife, cacheTag } from "next/cache";
import { loadCatalogPage } from "@/lib/catalog/page";
import { cacheTags } from "@/lib/cache/tags";
import { pageMetadata } from "@/lib/metadata";
import { Link } from "@/components/navigation/link";
import { ComparePicker } from "@/components/courses/compare-picker";
import { CourseCard } from "@/components/courses/course-card";
import { CourseFilterPanel } from "@/components/courses/course-filter-panel";
import { CourseTable, type CourseRow } from "@/components/courses/course-table";
import { QuerySuggestionHint } from "@/components/search/query-suggestion";
import { CatalogShell } from "@/components/search/catalog-shell";
import { SubscribeLinks } from "@/components/search/subscribe-links";
import { SortSelect } from "@/components/search/sort-select";
import { filtersInQuery } from "@/lib/catalog/spec";
import { listCourses, searchCourseCatalog, suggestWithoutFilters } from "@/lib/courses/catalog";
import { courseCatalogSpec } from "@/lib/courses/catalog-spec";
import { fillRate, recruitmentStatus, recruitmentStatusLabels } from "@/lib/courses/derive";
import {
  activeCourseFilters,
  courseQueryString,
  courseSortLabels,
  effectiveSort,
  nextSortFor,
  sortableCourseColumns,
  courseParamSpecs,
  type CourseParams,
} from "@/lib/courses/filters";
import type { Course } from "@/lib/db/schema";
import { courseFeedPath, coursesPath } from "@/lib/routes/public";

export const courseCatalogMetadata = pageMetadata({
  title: "훈련과정",
  description: "인천 지역 K-디지털 트레이닝·내일배움카드 훈련과정을 검색하고 비교하세요.",
  path: coursesPath(),
});

function toRow(course: Course, today: string): CourseRow {
  return {
    id: course.externalId,
    title: course.title,
    provider: course.provider,
    district: course.district,
    startDate: course.startDate,
    totalHours: course.totalHours,
    fillRate: fillRate(course),
    employmentRate: course.employmentRate,
    status: recruitmentStatusLabels[recruitmentStatus(course, today)],
    isSample: course.isSample,
  };
}

const href = (params: Partial<CourseParams>) => coursesPath(courseQueryString(params));

// Orders by a figure 고용24 rarely gives for the rounds listed: a page where no course has it
// says why the order changed nothing.
const ordersByWhatMayBeUnknown: Partial<
  Record<string, { known: (course: Course) => boolean; note: string }>
> = {
  "-employment": {
    known: (course) => course.employmentRate !== null,
    note: "이 페이지의 과정은 모두 공개된 취업률이 없어 취업률순으로 줄 세울 수 없습니다. 고용24는 훈련이 끝나고 6개월이 지난 뒤에야 취업률을 공개합니다.",
  },
  "-fill": {
    known: (course) => fillRate(course) !== null,
    note: "이 페이지의 과정은 모두 참여 인원이 알려지지 않아 정원충족률순으로 줄 세울 수 없습니다. 고용24는 신청 인원만 공개합니다.",
  },
};

/**
 * The 훈련과정 catalog for one set of parameters: results, filters, sort and subscriptions.
 * `idPrefix` starts every id in it: the static route and the query route (lib/routes/
 * catalog-views.ts) both render a catalog, and the one left by navigating stays in the document.
 */
export async function CourseCatalog({ query, idPrefix }: { query: string; idPrefix: string }) {
  "use cache";
  // Rendered once per query string until the catalog or the day changes.
  cacheTag(cacheTags.courses, cacheTags.today);
  const {
    params,
    today,
    catalog,
    suggestion: querySuggestion,
  } = await loadCatalogPage({
    query,
    paramSpecs: courseParamSpecs,
    index: "courses",
    search: searchCourseCatalog,
    list: listCourses,
  });
  const chips = activeCourseFilters(params);
  const suggestion = catalog.total === 0 ? await suggestWithoutFilters(params, chips, today) : null;
  // Suggestions the database gave while Meilisearch was away are kept a minute, as the catalog's.
  if (suggestion?.fallback) cacheLife("minutes");
  const queryHint = (
    <QuerySuggestionHint
      suggestion={querySuggestion}
      href={(q) => href({ ...params, q, page: undefined })}
      unit="개"
    />
  );
  const unknownOrder = ordersByWhatMayBeUnknown[catalog.sort];
  const view = params.view;
  const viewToggle = (current: "cards" | "table") => (
    <nav
      aria-label="보기 방식"
      className="flex rounded-md border border-slate-300 bg-white text-sm"
    >
      {(["cards", "table"] as const).map((option) => (
        <Link
          key={option}
          href={href({ ...params, view: option })}
          scroll={false}
          aria-current={current === option ? "page" : undefined}
          className="aria-[current=page]:bg-brand-700 flex min-h-11 items-center px-3 font-bold whitespace-nowrap aria-[current=page]:text-white md:min-h-10"
        >
          {option === "cards" ? "카드" : "표"}
        </Link>
      ))}
    </nav>
  );
  const compareForm = `${idPrefix}-compare`;

  // With no view chosen, phones get cards and wider screens the table, by CSS; a chosen view is
  // the only one rendered.
  const results = (
    <>
      {view !== "cards" && (
        <div className={view === "table" ? undefined : "hidden md:block"}>
          <CourseTable
            rows={catalog.courses.map((c) => toRow(c, today))}
            compareForm={compareForm}
            sort={catalog.sort}
            hrefForSort={Object.fromEntries(
              Object.keys(sortableCourseColumns).map((column) => [
                column,
                href({ ...params, sort: nextSortFor(column, catalog.sort)!, page: undefined }),
              ]),
            )}
          />
        </div>
      )}
      {view !== "table" && (
        <ul className={`grid gap-3 sm:grid-cols-2 ${view === "cards" ? "" : "md:hidden"}`}>
          {catalog.courses.map((course) => (
            <li key={course.id}>
              <CourseCard course={course} today={today} compareForm={compareForm} />
            </li>
          ))}
        </ul>
      )}
    </>
  );

  return (
    <>
      <CatalogShell
        idPrefix={idPrefix}
        title="훈련과정"
        action={coursesPath()}
        query={query}
        search={{
          id: `${idPrefix}-q`,
          label: "훈련과정 검색",
          defaultValue: params.q ?? "",
          placeholder: "과정명·기관·분야 (예: 파이썬, ㅅㅁㅌ, 부평구)",
        }}
        hiddenFields={params.view && <input type="hidden" name="view" value={params.view} />}
        filters={<CourseFilterPanel idPrefix={idPrefix} params={params} catalog={catalog} />}
        chips={chips.map((chip) => ({
          key: chip.key,
          label: chip.label,
          href: href(chip.without),
        }))}
        clearHref={href({
          q: filtersInQuery(courseCatalogSpec, params.q).rest,
          sort: params.sort,
          view: params.view,
        })}
        fallback={catalog.fallback}
        count={{ what: "훈련과정", unit: "개", q: params.q, total: catalog.total }}
        toolbar={
          <>
            {/* The tray's submit, reachable by keyboard before the results: the tray itself
                comes after them, at the bottom of the screen. */}
            <button
              type="submit"
              form={compareForm}
              className="border-brand-700 text-brand-700 hover:bg-brand-50 min-h-11 rounded-md border bg-white px-3 text-sm font-bold md:min-h-10"
            >
              담은 과정 비교
            </button>
            <SortSelect
              id={`${idPrefix}-sort`}
              value={params.sort}
              defaultSort={effectiveSort({ q: params.q, sort: undefined })}
              options={courseSortLabels}
            />
            {/* With no view chosen, CSS picks one (cards on phones): each width shows the toggle
                that names its own view as current. */}
            {view ? (
              viewToggle(view)
            ) : (
              <>
                <div className="md:hidden">{viewToggle("cards")}</div>
                <div className="hidden md:block">{viewToggle("table")}</div>
              </>
            )}
          </>
        }
        pagination={{
          page: catalog.page,
          pageSize: catalog.pageSize,
          hrefFor: (page) => href({ ...params, page }),
        }}
        subscribe={
          <SubscribeLinks
            what="훈련과정"
            feed={courseFeedPath(
              courseQueryString({ ...params, page: undefined, sort: undefined, view: undefined }),
            )}
          />
        }
      >
        {catalog.total > 0 ? (
          <>
            {queryHint}
            {unknownOrder && catalog.courses.every((course) => !unknownOrder.known(course)) && (
              <p role="note" className="rounded-lg border border-slate-300 bg-slate-100 p-3">
                {unknownOrder.note}
              </p>
            )}
            {results}
          </>
        ) : (
          <div className="rounded-xl border border-dashed border-slate-300 bg-white p-5">
            <p className="font-bold">조건에 맞는 과정이 없습니다.</p>
            {queryHint}
            {suggestion?.drop && (
              <p className="mt-2">
                <Link
                  href={href(suggestion.drop.without)}
                  className="text-brand-700 font-bold underline"
                >
                  ‘{suggestion.drop.label}’ 조건을 빼고 보기 ({suggestion.drop.count}개)
                </Link>
              </p>
            )}
            {suggestion && suggestion.near.length > 0 && (
              <>
                <p className="mt-4 mb-2 text-sm font-bold text-slate-700">{suggestion.nearLabel}</p>
                <ul className="grid gap-3 sm:grid-cols-2">
                  {suggestion.near.map((course) => (
                    <li key={course.id}>
                      <CourseCard course={course} today={today} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </CatalogShell>
      <ComparePicker formId={compareForm} query={query} />
    </>
  );
}
