import "server-only";
import { cacheLife } from "next/cache";
import { todayInSeoul } from "@/lib/dates/dates";
import type { IndexName } from "@/lib/search/indexes";
import { parseParams, type ParamSpecs, type ParsedParams } from "@/lib/search/params";
import { suggestQuery } from "@/lib/search/spelling";

/**
 * A catalog page's state for its query string, read inside the page's 'use cache': the
 * parameters (parsed leniently, so bad values are dropped and never fail the page), today, the
 * page of results, and a query to suggest for a mistyped one.
 */
export async function loadCatalogPage<
  S extends ParamSpecs,
  R extends { total: number; fallback: boolean },
>({
  query,
  paramSpecs,
  index,
  search,
  list,
}: {
  query: string;
  paramSpecs: S;
  index: IndexName;
  search: (params: Partial<ParsedParams<S>>, today: string) => Promise<R>;
  /** The same search without counts, for totals alone. */
  list: (params: Partial<ParsedParams<S>>, today: string) => Promise<{ total: number }>;
}) {
  const parsed = parseParams(new URLSearchParams(query), paramSpecs, "lenient");
  const params = (parsed.ok ? { ...parsed.params, pageSize: undefined } : {}) as ParsedParams<S>;
  const today = todayInSeoul();
  const catalog = await search(params, today);
  // Answered by the database while Meilisearch is away: kept a minute, not until the next write.
  if (catalog.fallback) cacheLife("minutes");
  const suggestion = await suggestQuery(
    (params as { q?: string }).q,
    [index],
    async (q) =>
      (await list({ ...params, q, page: undefined, pageSize: 1 } as typeof params, today)).total,
    { searchAvailable: !catalog.fallback },
  );
  return { params, today, catalog, suggestion };
}
