import type { Metadata } from "next";
import { ProgramCard } from "@/components/programs/program-card";
import { SearchForm } from "@/components/search/search-form";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { Pagination } from "@/components/ui/pagination";
import { todayInSeoul } from "@/lib/dates/dates";
import { listPrograms } from "@/lib/programs/queries";
import { parseListParams } from "@/lib/search/schema";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "지원사업",
  description:
    "청년 월세, 창업 법률자문, 전통시장 안전시설 등 인천 시민과 기업이 신청할 수 있는 지원사업을 찾아보세요.",
  alternates: { canonical: "/programs" },
};

export default async function ProgramsPage({ searchParams }: PageProps<"/programs">) {
  const { q, page } = parseListParams(await searchParams);
  const result = await listPrograms({ q, page });
  const today = todayInSeoul();
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">지원사업</h1>
      <div className="mb-4">
        <SearchForm
          action="/programs"
          id="program-search"
          defaultValue={q}
          label="지원사업 검색"
          placeholder="사업명·기관·대상 (예: 청년 월세, 스타트업)"
        />
      </div>
      {result.fallback && <FallbackNotice />}
      <p className="mb-3 text-sm text-slate-600" role="status">
        {q ? `‘${q}’ 검색 결과 ` : "전체 지원사업 "}
        <strong className="text-slate-900">{result.total}</strong>개
      </p>
      {result.programs.length > 0 ? (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {result.programs.map((program) => (
            <li key={program.id}>
              <ProgramCard program={program} today={today} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-5 text-slate-600">
          조건에 맞는 지원사업이 없습니다. 다른 검색어로 찾아보세요.
        </p>
      )}
      <Pagination
        page={page}
        pageSize={result.pageSize}
        total={result.total}
        basePath="/programs"
        params={q ? { q } : {}}
      />
    </div>
  );
}
