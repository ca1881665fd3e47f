import type { Metadata } from "next";
import { CourseCard } from "@/components/courses/course-card";
import { SearchForm } from "@/components/search/search-form";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { Pagination } from "@/components/ui/pagination";
import { listCourses } from "@/lib/courses/queries";
import { todayInSeoul } from "@/lib/dates/dates";
import { parseListParams } from "@/lib/search/schema";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "훈련과정",
  description: "인천 지역 K-디지털 트레이닝·내일배움카드 훈련과정을 검색하고 비교하세요.",
  alternates: { canonical: "/courses" },
};

export default async function CoursesPage({ searchParams }: PageProps<"/courses">) {
  const { q, page } = parseListParams(await searchParams);
  const result = await listCourses({ q, page });
  const today = todayInSeoul();
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">훈련과정</h1>
      <div className="mb-4">
        <SearchForm
          action="/courses"
          id="course-search"
          defaultValue={q}
          label="훈련과정 검색"
          placeholder="과정명·기관·분야 (예: 파이썬, 스마트팩토리)"
        />
      </div>
      {result.fallback && <FallbackNotice />}
      <p className="mb-3 text-sm text-slate-600" role="status">
        {q ? `‘${q}’ 검색 결과 ` : "전체 과정 "}
        <strong className="text-slate-900">{result.total}</strong>개
      </p>
      {result.courses.length > 0 ? (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {result.courses.map((course) => (
            <li key={course.id}>
              <CourseCard course={course} today={today} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-5 text-slate-600">
          조건에 맞는 과정이 없습니다. 다른 검색어로 찾아보세요.
        </p>
      )}
      <Pagination
        page={page}
        pageSize={result.pageSize}
        total={result.total}
        basePath="/courses"
        params={q ? { q } : {}}
      />
    </div>
  );
}
