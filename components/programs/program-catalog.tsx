import { cacheLife, cacheTag } from "next/cache";
import { loadCatalogPage } from "@/lib/catalog/page";
import { cacheTags } from "@/lib/cache/tags";
import { pageMetadata } from "@/lib/metadata";
import { Link } from "@/components/navigation/link";
import { ProgramCard } from "@/components/programs/program-card";
import { hitTypeLabels } from "@/components/search/hit-type-labels";
import { SearchHitList } from "@/components/search/search-hit-list";
import { searchByType } from "@/lib/catalog/everything";
import { CatalogShell } from "@/components/search/catalog-shell";
import { SubscribeLinks } from "@/components/search/subscribe-links";
import { QuerySuggestionHint } from "@/components/search/query-suggestion";
import { SortSelect } from "@/components/search/sort-select";
import { FacetGroup } from "@/components/search/facet-group";
import { SpecFacetGroups } from "@/components/search/spec-facet-groups";
import { listPrograms, searchProgramCatalog } from "@/lib/programs/catalog";
import { filtersInQuery } from "@/lib/catalog/spec";
import { programCatalogSpec } from "@/lib/programs/catalog-spec";
import {
  activeProgramFilters,
  effectiveProgramSort,
  programQueryString,
  programSortLabels,
  programParamSpecs,
  type ProgramParams,
} from "@/lib/programs/filters";
import {
  eligibilityCheckPath,
  programDeadlinesPath,
  programFeedPath,
  programsPath,
} from "@/lib/routes/public";

type ProgramStatus = keyof typeof programCatalogSpec.status.valueLabels;

export const programCatalogMetadata = pageMetadata({
  title: "지원사업",
  description:
    "청년 월세, 창업 법률자문, 전통시장 안전시설 등 인천 시민과 기업이 신청할 수 있는 지원사업을 찾아보세요.",
  path: programsPath(),
});

const href = (params: Partial<ProgramParams>) => programsPath(programQueryString(params));

/**
 * The 지원사업 catalog for one set of parameters: results, filters, sort and subscriptions.
 * `idPrefix` starts every id in it, as for the 훈련과정 catalog.
 */
export async function ProgramCatalog({ query, idPrefix }: { query: string; idPrefix: string }) {
  "use cache";
  // Rendered once per query string until the catalog or the day changes.
  cacheTag(cacheTags.programs, cacheTags.today);
  const { params, today, catalog, suggestion } = await loadCatalogPage({
    query,
    paramSpecs: programParamSpecs,
    index: "programs",
    search: searchProgramCatalog,
    list: listPrograms,
  });
  // A query that finds no program lists the courses and articles it finds (NearPrograms).
  if (params.q) cacheTag(cacheTags.courses, cacheTags.issues);
  const chips = activeProgramFilters(params);
  const near = catalog.total === 0 ? await nearPrograms(params, today, chips.length > 0) : null;
  // What the database gave while Meilisearch was away is kept a minute, as the catalog's.
  if (near?.fallback) cacheLife("minutes");
  const queryHint = (
    <QuerySuggestionHint
      suggestion={suggestion}
      href={(q) => href({ ...params, q, page: undefined })}
      unit="개"
    />
  );

  return (
    <CatalogShell
      idPrefix={idPrefix}
      title="지원사업"
      lead={
        <p className="-mt-2 mb-4 text-slate-700">
          내 나이와 사는 곳, 신분으로 골라 보려면{" "}
          <Link href={eligibilityCheckPath} className="text-brand-700 font-bold underline">
            지원 자격 빠른 확인
          </Link>
          을 써 보세요.
        </p>
      }
      action={programsPath()}
      query={query}
      search={{
        id: `${idPrefix}-q`,
        label: "지원사업 검색",
        defaultValue: params.q ?? "",
        placeholder: "사업명·기관·대상 (예: 청년 월세, 스타트업)",
      }}
      filters={
        <>
          <FacetGroup
            idPrefix={idPrefix}
            name="status"
            legend={programCatalogSpec.status.label}
            options={catalog.facets.status}
            selected={params.status}
            labelOf={(v) => programCatalogSpec.status.valueLabels[v as ProgramStatus]}
          />
          <SpecFacetGroups
            idPrefix={idPrefix}
            facets={programCatalogSpec.facets}
            counts={catalog.facets}
            selected={params}
          />
        </>
      }
      chips={chips.map((chip) => ({ key: chip.key, label: chip.label, href: href(chip.without) }))}
      clearHref={href({ q: filtersInQuery(programCatalogSpec, params.q).rest, sort: params.sort })}
      fallback={catalog.fallback}
      count={{ what: "지원사업", unit: "개", q: params.q, total: catalog.total }}
      toolbar={
        <SortSelect
          id={`${idPrefix}-sort`}
          value={params.sort}
          defaultSort={effectiveProgramSort({ q: params.q, sort: undefined })}
          options={programSortLabels}
        />
      }
      pagination={{
        page: catalog.page,
        pageSize: catalog.pageSize,
        hrefFor: (page) => href({ ...params, page }),
      }}
      subscribe={
        <SubscribeLinks
          what="지원사업"
          feed={programFeedPath(
            programQueryString({ ...params, page: undefined, sort: undefined }),
          )}
          calendar={programDeadlinesPath(
            programQueryString({ ...params, page: undefined, sort: undefined }),
          )}
        />
      }
    >
      {catalog.total > 0 && queryHint}
      {catalog.total > 0 ? (
        <ul className="grid gap-3 sm:grid-cols-2">
          {catalog.programs.map((program) => (
            <li key={program.id}>
              <ProgramCard program={program} today={today} />
            </li>
          ))}
        </ul>
      ) : (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-5">
          <p className="font-bold">조건에 맞는 지원사업이 없습니다.</p>
          {queryHint}
          {chips.length > 0 && (
            <p className="mt-2">
              <Link href={href({ q: params.q })} className="text-brand-700 font-bold underline">
                필터를 모두 빼고 다시 찾기
              </Link>
            </p>
          )}
          {near && <NearPrograms near={near} q={params.q} today={today} />}
        </div>
      )}
    </CatalogShell>
  );
}

/**
 * What a search with no program still finds: the programs without the filters, else courses and
 * articles on the same words, else programs open now — never an empty end.
 */
async function nearPrograms(params: ProgramParams, today: string, filtered: boolean) {
  const q = params.q;
  // Without the filters means without a 군·구 typed in the box too.
  const text = filtersInQuery(programCatalogSpec, q).rest;
  const [unfiltered, related] = await Promise.all([
    filtered && text ? listPrograms({ q: text, pageSize: 4 }, today) : null,
    q ? searchByType(q, 3) : null,
  ]);
  const others = (related?.groups ?? []).filter(
    (group) => group.type !== "program" && group.hits.length > 0,
  );
  const open =
    (unfiltered?.total ?? 0) === 0 && others.length === 0
      ? await listPrograms({ status: ["open", "always"], sort: "deadline", pageSize: 4 }, today)
      : null;
  return {
    programs: unfiltered?.total ? unfiltered.programs : (open?.programs ?? []),
    unfilteredTotal: unfiltered?.total ?? 0,
    text,
    others,
    fallback: Boolean(unfiltered?.fallback || related?.fallback || open?.fallback),
  };
}

function NearPrograms({
  near: { programs, unfilteredTotal, text, others },
  q,
  today,
}: {
  near: Awaited<ReturnType<typeof nearPrograms>>;
  q: string | undefined;
  today: string;
}) {
  return (
    <>
      {programs.length > 0 && (
        <>
          <h3 className="mt-4 mb-2 text-sm font-bold text-slate-700">
            {unfilteredTotal
              ? `필터 없이 ‘${text}’ 검색 결과 (${unfilteredTotal}개)`
              : "지금 신청할 수 있는 지원사업"}
          </h3>
          <ul className="grid gap-3 sm:grid-cols-2">
            {programs.map((program) => (
              <li key={program.id}>
                <ProgramCard program={program} today={today} />
              </li>
            ))}
          </ul>
        </>
      )}
      {others.map((group) => (
        <section key={group.type} aria-labelledby={`programs-near-${group.type}`} className="mt-4">
          <h3 id={`programs-near-${group.type}`} className="mb-2 text-sm font-bold text-slate-700">
            ‘{q}’ 관련 {hitTypeLabels[group.type]} ({group.total}개)
          </h3>
          <SearchHitList hits={group.hits} />
        </section>
      ))}
    </>
  );
}
