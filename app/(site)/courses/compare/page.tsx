import type { Metadata } from "next";
import { WORK24_HOME } from "@/lib/sources/work24/map";
import { Link } from "@/components/navigation/link";
import { SampleBadge } from "@/components/ui/badge";
import {
  costBreakdown,
  employmentRateText,
  headcountText,
  recruitmentStatus,
  recruitmentStatusLabels,
  takesApplicants,
  selfPayText,
} from "@/lib/courses/derive";
import { CompareTraySync } from "@/components/courses/add-to-compare";
import { MAX_COMPARE } from "@/lib/courses/compare";
import { scheduleLabels } from "@/lib/courses/enums";
import { compareIds, coursesInOrder } from "@/lib/courses/queries";
import type { Course } from "@/lib/db/schema";
import { formatDate, todayInSeoul } from "@/lib/dates/dates";
import { formatKrw, formatNumber } from "@/lib/format/format";
import { comparePath, coursePath, coursesPath } from "@/lib/routes/public";

export const metadata: Metadata = { title: "과정 비교", robots: { index: false } };

function tuitionText(course: Course) {
  const tuition = costBreakdown(course)?.tuition;
  return tuition == null ? "정보 없음" : formatKrw(tuition);
}

function selfPayFor(course: Course) {
  const selfPay = costBreakdown(course)?.selfPay;
  return selfPay == null ? "정보 없음" : selfPayText(selfPay);
}

export default async function ComparePage({ searchParams }: PageProps<"/courses/compare">) {
  const requested = compareIds((await searchParams).ids);
  const courses = await coursesInOrder(requested.slice(0, MAX_COMPARE));
  const today = todayInSeoul();
  const missing = requested.slice(0, MAX_COMPARE).length - courses.length;

  const ids = courses.map((course) => course.externalId);
  const rows: { label: string; value: (c: Course) => string }[] = [
    { label: "상태", value: (c) => recruitmentStatusLabels[recruitmentStatus(c, today)] },
    { label: "훈련기관", value: (c) => c.provider },
    { label: "지역", value: (c) => c.district ?? "정보 없음" },
    { label: "분야", value: (c) => c.field },
    { label: "훈련유형", value: (c) => c.trainingType },
    {
      label: "훈련기간",
      value: (c) =>
        c.startDate
          ? `${formatDate(c.startDate)} ~ ${c.endDate ? formatDate(c.endDate) : "미정"}`
          : "미정",
    },
    { label: "요일", value: (c) => (c.schedule ? scheduleLabels[c.schedule] : "정보 없음") },
    { label: "총 훈련시간", value: (c) => `${formatNumber(c.totalHours)}시간` },
    { label: "훈련비", value: tuitionText },
    { label: "자부담", value: selfPayFor },
    { label: "내일배움카드", value: (c) => (c.cardEligible ? "사용 가능" : "해당 없음") },
    { label: "정원·인원", value: headcountText },
    {
      label: "취업률",
      value: (c) => employmentRateText(c, today),
    },
  ];

  return (
    <div>
      <p className="text-sm">
        <Link href={coursesPath()} className="text-brand-700 font-bold hover:underline">
          훈련과정
        </Link>
      </p>
      <h1 className="mt-1 mb-4 text-2xl font-bold">과정 비교</h1>
      {requested.length > MAX_COMPARE && (
        <p
          role="status"
          className="mb-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
        >
          한 번에 {MAX_COMPARE}개까지 비교할 수 있어 앞의 {MAX_COMPARE}개만 보여 드립니다.
        </p>
      )}
      {missing > 0 && courses.length > 0 && (
        <p
          role="status"
          className="mb-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
        >
          찾을 수 없는 과정 {missing}개는 빼고 보여 드립니다.
        </p>
      )}
      <CompareTraySync ids={ids} />
      {courses.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-5 text-slate-600">
          {missing > 0
            ? `담아 둔 과정 ${missing}개를 찾을 수 없습니다. 목록에서 내려갔을 수 있습니다.`
            : "비교할 과정을 고르지 않았습니다."}{" "}
          <Link href={coursesPath()} className="text-brand-700 font-bold underline">
            과정 목록
          </Link>
          에서 ‘비교’를 눌러 2~{MAX_COMPARE}개를 담아 보세요.
        </p>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-700">
            과정 {courses.length}개를 비교합니다.{" "}
            {courses.length > 2 && (
              <span className="md:hidden">표를 옆으로 밀면 모든 과정이 보입니다. </span>
            )}
            서로 다른 항목은 <span className="bg-amber-50 px-1 font-bold text-amber-800">다름</span>
            으로 표시합니다.
          </p>
          {/* relative: the links' hidden words (sr-only) are placed in the region, not the page,
              which they widened past a phone's screen. */}
          <div
            className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white"
            tabIndex={0}
            role="region"
            aria-label="과정 비교표"
          >
            {/* Two courses fit a 360 px phone side by side (20 rem inside its 326 px); more scroll
                sideways. */}
            <table
              className="w-full border-collapse text-left text-sm"
              style={{ minWidth: `${5 + courses.length * 7.5}rem` }}
            >
              <thead>
                <tr>
                  <th
                    scope="col"
                    className="sticky left-0 w-20 bg-slate-50 px-2 py-2 sm:w-28 sm:px-3"
                  >
                    <span className="sr-only">항목</span>
                  </th>
                  {courses.map((course) => (
                    <th
                      key={course.id}
                      scope="col"
                      className="bg-slate-50 px-2 py-2 align-top sm:px-3"
                    >
                      <Link
                        href={coursePath(course)}
                        className="text-brand-700 font-bold hover:underline"
                      >
                        {course.title}
                      </Link>
                      {course.isSample && (
                        <span className="ml-1 align-middle">
                          <SampleBadge />
                        </span>
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {/* Under the titles, not in them: a column's header is read with each of its
                    cells, so it holds the title alone. */}
                <tr>
                  <th
                    scope="row"
                    className="sticky left-0 bg-white px-2 py-1 text-sm font-bold text-slate-600 sm:px-3"
                  >
                    신청·빼기
                  </th>
                  {courses.map((course) => (
                    <td key={course.id} className="px-2 py-1 align-top sm:px-3">
                      <span className="flex flex-wrap gap-x-3 text-sm">
                        <a
                          href={course.url ?? WORK24_HOME}
                          rel="noopener"
                          className="text-brand-700 inline-flex min-h-11 items-center underline"
                        >
                          {!course.url
                            ? "고용24에서 찾기"
                            : takesApplicants(recruitmentStatus(course, today))
                              ? "고용24에서 신청"
                              : "고용24에서 보기"}
                          <span className="sr-only">: {course.title}</span>
                        </a>
                        <Link
                          href={comparePath(ids.filter((id) => id !== course.externalId))}
                          className="inline-flex min-h-11 items-center text-slate-700 underline"
                        >
                          빼기<span className="sr-only">: {course.title}</span>
                        </Link>
                      </span>
                    </td>
                  ))}
                </tr>
                {rows.map((row) => {
                  // Where the courses differ is what a resident compares for.
                  const differs = new Set(courses.map(row.value)).size > 1;
                  return (
                    <tr key={row.label} className={differs ? "bg-amber-50" : undefined}>
                      <th
                        scope="row"
                        className={`sticky left-0 px-2 py-2 font-bold break-keep text-slate-600 sm:px-3 ${differs ? "bg-amber-50" : "bg-white"}`}
                      >
                        {row.label}
                        {differs && (
                          <span className="ml-1 block text-xs font-bold text-amber-800">다름</span>
                        )}
                      </th>
                      {courses.map((course) => (
                        <td key={course.id} className="px-2 py-2 align-top break-keep sm:px-3">
                          {row.value(course)}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
