import { josa } from "es-hangul";
import { formatNumber } from "@/lib/format/format";
import type { Metadata } from "next";
import { cache } from "react";
import { Link } from "@/components/navigation/link";
import { hitTypeLabels } from "@/components/search/hit-type-labels";
import { SearchHitList } from "@/components/search/search-hit-list";
import { QuerySuggestionHint } from "@/components/search/query-suggestion";
import { SearchForm } from "@/components/search/search-form";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { PageLinks } from "@/components/ui/pagination";
import type { SearchHitType } from "@/lib/search/hits";
import { pageParam, parseParams, queryParamSpec, toSearchParams } from "@/lib/search/params";
import { search, searchByType } from "@/lib/catalog/everything";
import { suggestQuery } from "@/lib/search/spelling";
import { indexParam } from "@/lib/search/schema";
import { searchPath } from "@/lib/routes/public";
import { catalogTotal, catalogUrl, catalogsFilteringBy } from "@/lib/catalog/filter-words";
import { filterWordLinkText } from "@/components/search/filter-word-link";
import { indexForEntity, indexNames } from "@/lib/search/indexes";

export const metadata: Metadata = { title: "검색", robots: { index: false } };

const specs = {
  q: queryParamSpec,
  index: { schema: indexParam },
  page: { schema: pageParam },
};

const GROUP_SIZE = 5;

/**
 * Each catalog's count for the words, asked once per request: the filter-word link and a group's
 * link may need the same one.
 */
const catalogTotalOnce = cache(catalogTotal);

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const parsed = parseParams(toSearchParams(await searchParams), specs, "lenient");
  const { q = "", index = "all", page = 1 } = parsed.ok ? parsed.params : {};
  const grouped = q && index === "all" ? await searchByType(q, GROUP_SIZE) : null;
  const single = q && index !== "all" ? await search({ q, index, page, pageSize: 20 }) : null;
  const result = grouped ?? single;
  const filtered = await catalogsFilteringBy(q, catalogTotalOnce);
  const filteredTotal = filtered.reduce((sum, each) => sum + each.total, 0);
  const empty = grouped ? grouped.groups.length === 0 : single?.total === 0;
  const catalogTotals = new Map(
    await Promise.all(
      (grouped?.groups ?? [])
        .filter((group) => group.total > GROUP_SIZE)
        .map(async (group) => [group.type, await catalogTotalOnce(group.type, q)] as const),
    ),
  );
  const suggestion = result
    ? await suggestQuery(
        q,
        index === "all" ? indexNames : [index],
        async (suggested) => (await search({ q: suggested, index, page: 1, pageSize: 1 })).total,
        { searchAvailable: !result.fallback },
      )
    : null;
  const queryHint = (
    <QuerySuggestionHint
      suggestion={suggestion}
      href={(suggested) => searchPath({ q: suggested, index })}
      unit="건"
    />
  );

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
          {filtered.length > 0 && (
            <p className="border-brand-100 bg-brand-50 mb-4 flex flex-wrap gap-x-4 rounded-lg border p-3">
              {filtered.map((catalog) => (
                <Link
                  key={catalog.type}
                  href={catalog.url}
                  className="text-brand-700 inline-flex min-h-11 items-center font-bold underline"
                >
                  {filterWordLinkText(catalog)}
                </Link>
              ))}
            </p>
          )}
          <p className="mb-3 text-sm text-slate-600" role="status">
            ‘{q}’ 검색 결과 <strong className="text-slate-900">{formatNumber(result.total)}</strong>
            건
            {grouped &&
              ` (훈련과정 ${formatNumber(grouped.counts.course)} · 지원사업 ${formatNumber(grouped.counts.program)} · 기사 ${formatNumber(grouped.counts.article)})`}
          </p>
          {empty ? (
            <div className="rounded-xl border border-dashed border-slate-300 bg-white p-5 text-slate-600">
              {filteredTotal > 0 ? (
                // 주말 or a 군·구 is a catalog's filter, not text: the links above list them.
                <p>
                  ‘{q}’{josa.pick(q, "을/를")} 글자 그대로 찾은 결과는 없습니다. 위의 조건으로
                  보세요.
                </p>
              ) : (
                <p>
                  ‘{q}’에 맞는 결과가 없습니다. 맞춤법을 확인하거나 더 짧은 검색어, 초성(예:
                  ㅅㅁㅌ)으로 찾아보세요.
                </p>
              )}
              {queryHint}
            </div>
          ) : grouped ? (
            <div className="space-y-8">
              {queryHint}
              {grouped.groups.map(({ type, hits, total }) => (
                <section key={type} aria-labelledby={`group-${type}`}>
                  <h2 id={`group-${type}`} className="mb-2 text-lg font-bold">
                    {hitTypeLabels[type]}{" "}
                    <span className="text-brand-700">{formatNumber(total)}</span>
                  </h2>
                  <SearchHitList hits={hits} />
                  {total > GROUP_SIZE && (
                    <MoreLinks
                      type={type}
                      q={q}
                      total={total}
                      inCatalog={catalogTotals.get(type) ?? 0}
                    />
                  )}
                </section>
              ))}
            </div>
          ) : (
            <>
              <p className="mb-2 text-sm">
                <Link href={searchPath({ q })} className="text-brand-700 font-bold underline">
                  전체 결과로
                </Link>
              </p>
              {queryHint}
              <SearchHitList hits={single!.hits} />
              <PageLinks
                page={page}
                pages={Math.ceil(single!.total / single!.pageSize)}
                hrefFor={(p) => searchPath({ q, index, page: p })}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}

/**
 * Where to see a group's other results: its catalog, with the count the catalog shows, and, when
 * this search found more (records with only some of the words), this search of that type alone.
 */
function MoreLinks({
  type,
  q,
  total,
  inCatalog,
}: {
  type: SearchHitType;
  q: string;
  total: number;
  inCatalog: number;
}) {
  const linkClass = "text-brand-700 inline-flex min-h-11 items-center font-bold underline";
  return (
    <p className="mt-2 flex flex-wrap justify-end gap-x-4 text-right">
      {inCatalog > 0 && (
        <Link href={catalogUrl(type, q)} className={linkClass}>
          {hitTypeLabels[type]} {formatNumber(inCatalog)}건 모두 보기
        </Link>
      )}
      {total > inCatalog && (
        <Link href={searchPath({ q, index: indexForEntity(type) })} className={linkClass}>
          {inCatalog > 0
            ? `일부 단어만 맞는 ${hitTypeLabels[type]}까지 ${formatNumber(total)}건 보기`
            : `${hitTypeLabels[type]} ${formatNumber(total)}건 모두 보기`}
        </Link>
      )}
    </p>
  );
}
