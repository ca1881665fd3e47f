import { cacheTag } from "next/cache";
import { loadCatalogPage } from "@/lib/catalog/page";
import { Link } from "@/components/navigation/link";
import { ArticleCard } from "@/components/bulletin/article-card";
import { CatalogShell } from "@/components/search/catalog-shell";
import { QuerySuggestionHint } from "@/components/search/query-suggestion";
import { SortSelect } from "@/components/search/sort-select";
import { SpecFacetGroups } from "@/components/search/spec-facet-groups";
import { listArticles, searchArticleCatalog } from "@/lib/bulletin/catalog";
import { articleCatalogSpec } from "@/lib/bulletin/catalog-spec";
import {
  activeArticleFilters,
  articleParamSpecs,
  articleQueryString,
  articleSortLabels,
  effectiveArticleSort,
  type ArticleParams,
} from "@/lib/bulletin/filters";
import { publishedIssues } from "@/lib/bulletin/cached";
import { cacheTags } from "@/lib/cache/tags";
import { pageMetadata } from "@/lib/metadata";
import { bulletinFeedPath, issuePath, issuesPath } from "@/lib/routes/public";

const href = (params: Partial<ArticleParams>) => issuesPath(articleQueryString(params));

export const articleCatalogMetadata = pageMetadata({
  title: "인천 경제산업 Issue & Trend",
  description: "매월 발행하는 「인천 경제산업 Issue & Trend」의 모든 호와 기사를 찾아보세요.",
  path: issuesPath(),
});

/**
 * The bulletin's page: its issues, then every article, newest first, to search and filter by
 * section, topic and tag. `idPrefix` starts every id in it, as for the other catalogs.
 */
export async function ArticleCatalog({ query, idPrefix }: { query: string; idPrefix: string }) {
  "use cache";
  cacheTag(cacheTags.issues);
  const issues = await publishedIssues();
  const { params, catalog, suggestion } = await loadCatalogPage({
    query,
    paramSpecs: articleParamSpecs,
    index: "articles",
    search: searchArticleCatalog,
    list: listArticles,
  });
  const chips = activeArticleFilters(params);
  const queryHint = (
    <QuerySuggestionHint
      suggestion={suggestion}
      href={(q) => href({ ...params, q, page: undefined })}
      unit="건"
    />
  );

  return (
    <CatalogShell
      idPrefix={idPrefix}
      title="인천 경제산업 Issue & Trend"
      lead={
        <div className="-mt-2 mb-5 space-y-3">
          <p className="text-slate-600">
            인천의 산업·고용 이슈와 국내 정책동향을 매월 정리합니다.{" "}
            <a href={bulletinFeedPath} className="text-brand-700 font-bold underline">
              새 호 구독(Atom)
            </a>
          </p>
          {issues.length > 0 && (
            <nav aria-labelledby={`${idPrefix}-issues`}>
              <h2 id={`${idPrefix}-issues`} className="mb-2 text-sm font-bold text-slate-700">
                발행된 호
              </h2>
              <ul className="flex flex-wrap gap-2">
                {issues.map((issue) => (
                  <li key={issue.id}>
                    <Link
                      href={issuePath(issue)}
                      className="hover:border-brand-700 hover:text-brand-700 inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 font-bold"
                    >
                      {issue.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </div>
      }
      action={issuesPath()}
      query={query}
      search={{
        id: `${idPrefix}-q`,
        label: "기사 검색",
        defaultValue: params.q ?? "",
        placeholder: "제목·요약·본문 (예: 반도체, 청년 월세)",
      }}
      filters={
        <SpecFacetGroups
          idPrefix={idPrefix}
          facets={articleCatalogSpec.facets}
          counts={catalog.facets}
          selected={params}
        />
      }
      chips={chips.map((chip) => ({ key: chip.key, label: chip.label, href: href(chip.without) }))}
      clearHref={href({ q: params.q, sort: params.sort })}
      fallback={catalog.fallback}
      count={{ what: "기사", unit: "건", q: params.q, total: catalog.total }}
      toolbar={
        <SortSelect
          id={`${idPrefix}-sort`}
          value={params.sort}
          defaultSort={effectiveArticleSort({ q: params.q, sort: undefined })}
          options={articleSortLabels}
        />
      }
      pagination={{
        page: catalog.page,
        pageSize: catalog.pageSize,
        hrefFor: (page) => href({ ...params, page }),
      }}
    >
      {catalog.total > 0 && queryHint}
      {catalog.total > 0 ? (
        <ul className="grid gap-3 sm:grid-cols-2">
          {catalog.articles.map(({ article, issue }) => (
            <li key={article.id}>
              <ArticleCard article={article} issue={issue} />
            </li>
          ))}
        </ul>
      ) : (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-5">
          <p className="font-bold">
            {issues.length === 0 ? "아직 발행된 호가 없습니다." : "조건에 맞는 기사가 없습니다."}
          </p>
          {queryHint}
          {chips.length > 0 && (
            <p className="mt-2">
              <Link href={href({ q: params.q })} className="text-brand-700 font-bold underline">
                필터를 모두 빼고 다시 찾기
              </Link>
            </p>
          )}
        </div>
      )}
    </CatalogShell>
  );
}
