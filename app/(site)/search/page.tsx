import type { Metadata } from "next";
import { SearchForm } from "@/components/search/search-form";
import { SearchHitList } from "@/components/search/search-hit-list";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { PageLinks } from "@/components/ui/pagination";
import { search } from "@/lib/search/query";
import { parseListParams } from "@/lib/search/schema";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "검색", robots: { index: false } };

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const { q, page } = parseListParams(await searchParams);
  const result = q ? await search({ q, index: "all", page, pageSize: 20 }) : null;
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">검색</h1>
      <div className="mb-4">
        <SearchForm id="search-page-q" defaultValue={q} label="검색어" />
      </div>
      {!result ? (
        <p className="text-slate-600">
          훈련과정, 지원사업, 경제산업 동향 기사를 한 번에 찾을 수 있습니다.
        </p>
      ) : (
        <>
          {result.fallback && <FallbackNotice />}
          <p className="mb-3 text-sm text-slate-600" role="status">
            ‘{q}’ 검색 결과 <strong className="text-slate-900">{result.total}</strong>건
          </p>
          {result.hits.length > 0 ? (
            <SearchHitList hits={result.hits} />
          ) : (
            <p className="rounded-xl border border-dashed border-slate-300 bg-white p-5 text-slate-600">
              ‘{q}’에 맞는 결과가 없습니다. 맞춤법을 확인하거나 더 짧은 검색어로 찾아보세요.
            </p>
          )}
          <PageLinks
            page={page}
            pages={Math.ceil(result.total / result.pageSize)}
            hrefFor={(p) =>
              `/search?${new URLSearchParams({ q, ...(p > 1 ? { page: String(p) } : {}) })}`
            }
          />
        </>
      )}
    </div>
  );
}
