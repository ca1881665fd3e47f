import "server-only";
import { z } from "zod";
import { listArticles, searchArticleCatalog } from "@/lib/bulletin/catalog";
import { articleParamSpecs } from "@/lib/bulletin/filters";
import { listCourses, searchCourseCatalog } from "@/lib/courses/catalog";
import { courseParamSpecs } from "@/lib/courses/filters";
import { todayInSeoul } from "@/lib/dates/dates";
import { listPrograms, searchProgramCatalog } from "@/lib/programs/catalog";
import { programParamSpecs } from "@/lib/programs/filters";
import { articleDocument, courseDocument, programDocument } from "@/lib/search/documents";
import { articleHit, courseHit, programHit, type SearchHit } from "@/lib/search/hits";
import {
  pageParam,
  pageSizeParam,
  parseParams,
  queryParamSpec,
  type ParamSpecs,
  type ParsedParams,
} from "@/lib/search/params";
import { search } from "./everything";
import { indexParam } from "@/lib/search/schema";
import { catalogsFilteringBy } from "./filter-words";

const DEFAULT_PAGE_SIZE = 10;

const shared = {
  index: { schema: indexParam },
  facets: { schema: z.literal("1", { error: "must be 1" }) },
} as const satisfies ParamSpecs;
const plainSpecs = {
  q: queryParamSpec,
  page: { schema: pageParam },
  pageSize: { schema: pageSizeParam },
  index: shared.index,
};
const { view: _view, ...courseFilters } = courseParamSpecs;
void _view;
const courseSpecs = { ...courseFilters, ...shared };
const programSpecs = { ...programParamSpecs, ...shared };
const articleSpecs = { ...articleParamSpecs, ...shared };

const plainNames = new Set(["q", "index", "page", "pageSize"]);

const searchApiHeaders = { "Cache-Control": "no-store", "Content-Type": "application/json" };

/** What the search API answers: a status and a JSON body. The transport adds the headers. */
export type SearchApiAnswer = { status: 200 | 400; body: unknown };

function bad(error: string): SearchApiAnswer {
  return { status: 400, body: { error } };
}

function json(body: unknown): SearchApiAnswer {
  return { status: 200, body };
}

type Catalog = {
  total: number;
  page: number;
  pageSize: number;
  sort: string;
  facets?: unknown;
  fallback: boolean;
};

function catalogResponse(
  params: { q?: string; facets?: "1" },
  catalog: Catalog,
  hits: SearchHit[],
) {
  return json({
    query: params.q ?? "",
    hits,
    total: catalog.total,
    page: catalog.page,
    pageSize: catalog.pageSize,
    sort: catalog.sort,
    ...(params.facets && { facets: catalog.facets }),
    fallback: catalog.fallback,
  });
}

type CatalogSearch<S extends ParamSpecs, C> = (
  params: ParsedParams<S> & { pageSize: number },
  today: string,
) => Promise<C>;

/**
 * A catalog search with filters: its parameters parsed strictly, its page as hits, and facet
 * counts only when `facets=1` asks for them.
 */
async function answerCatalog<S extends ParamSpecs, L extends Catalog, C extends L>(
  raw: URLSearchParams,
  specs: S,
  catalog: { list: CatalogSearch<S, L>; search: CatalogSearch<S, C> },
  hitsOf: (catalog: L) => SearchHit[],
): Promise<SearchApiAnswer> {
  const parsed = parseParams(raw, specs, "strict");
  if (!parsed.ok) return bad(parsed.error);
  const pageSize = (parsed.params.pageSize as number | undefined) ?? DEFAULT_PAGE_SIZE;
  // Every catalog's parameters hold q and the shared facets switch.
  const params = { ...parsed.params, pageSize } as ParsedParams<S> & {
    pageSize: number;
    q?: string;
    facets?: "1";
  };
  const page = await (params.facets ? catalog.search : catalog.list)(params, todayInSeoul());
  return catalogResponse(params, page, hitsOf(page));
}

const catalogAnswers = {
  courses: (raw: URLSearchParams) =>
    answerCatalog(raw, courseSpecs, { list: listCourses, search: searchCourseCatalog }, (catalog) =>
      catalog.courses.map((course) => courseHit(courseDocument(course))),
    ),
  programs: (raw: URLSearchParams) =>
    answerCatalog(
      raw,
      programSpecs,
      { list: listPrograms, search: searchProgramCatalog },
      (catalog) => catalog.programs.map((program) => programHit(programDocument(program))),
    ),
  articles: (raw: URLSearchParams) =>
    answerCatalog(
      raw,
      articleSpecs,
      { list: listArticles, search: searchArticleCatalog },
      (catalog) =>
        catalog.articles.map(({ article, issue }) => articleHit(articleDocument(article, issue))),
    ),
};

/**
 * Public search. Only published records are indexed, and every parameter is checked: an unknown
 * name or a bad value is a 400 that names it. Filters, sort and facet counts exist for each
 * catalog (courses, programs, articles); without them a request is one Meilisearch query.
 */
export async function answerSearchApi(raw: URLSearchParams): Promise<SearchApiAnswer> {
  const index = raw.get("index") ?? "all";
  const filtered = [...raw.keys()].some((name) => !plainNames.has(name));

  // Own keys only: "constructor" is in every object.
  if (filtered && Object.hasOwn(catalogAnswers, index))
    return catalogAnswers[index as keyof typeof catalogAnswers](raw);

  const parsed = parseParams(raw, plainSpecs, "strict");
  if (!parsed.ok) return bad(parsed.error);
  const { q = "", page = 1, pageSize = DEFAULT_PAGE_SIZE, index: named = "all" } = parsed.params;
  // Words a catalog reads as filters (주말, a 군·구) lead to that catalog: `catalogs`, only when
  // there are such words, so the usual answer stays the kept one. Counted beside the search.
  const [result, catalogs] = await Promise.all([
    search({ q, index: named, page, pageSize }),
    named === "all" ? catalogsFilteringBy(q) : [],
  ]);
  return json(catalogs.length > 0 ? { ...result, catalogs } : result);
}

// search() hands every request for the same words the same kept answer, so its JSON is encoded
// once: Response.json took 84 µs for a ten-hit answer (8.7 KB), a response of the encoded bytes
// 34 µs. Fresh answers (filters, errors, the database's) are encoded per request and forgotten.
const encodedAnswers = new WeakMap<object, Uint8Array<ArrayBuffer>>();
const encoder = new TextEncoder();

function encodedJson(body: unknown) {
  if (typeof body !== "object" || body === null) return encoder.encode(JSON.stringify(body));
  let encoded = encodedAnswers.get(body);
  if (!encoded) encodedAnswers.set(body, (encoded = encoder.encode(JSON.stringify(body))));
  return encoded;
}

/** The search API's HTTP answer to a query string (see answerSearchApi). */
export async function searchApiResponse(raw: URLSearchParams) {
  const { status, body } = await answerSearchApi(raw);
  return new Response(encodedJson(body), { status, headers: searchApiHeaders });
}
