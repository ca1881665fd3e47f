import "server-only";
import { z } from "zod";
import { searchArticleCatalog } from "@/lib/bulletin/catalog";
import { articleParamSpecs } from "@/lib/bulletin/filters";
import { searchCourseCatalog } from "@/lib/courses/catalog";
import { courseParamSpecs } from "@/lib/courses/filters";
import { todayInSeoul } from "@/lib/dates/dates";
import { searchProgramCatalog } from "@/lib/programs/catalog";
import { programParamSpecs } from "@/lib/programs/filters";
import { articleDocument, courseDocument, programDocument } from "@/lib/search/documents";
import { articleHit, courseHit, programHit, type SearchHit } from "@/lib/search/hits";
import {
  pageParam,
  pageSizeParam,
  parseParams,
  queryParam,
  type ParamSpecs,
} from "@/lib/search/params";
import { search } from "./everything";
import { indexParam } from "@/lib/search/schema";

const DEFAULT_PAGE_SIZE = 10;

const shared = {
  index: { schema: indexParam },
  facets: { schema: z.literal("1", { error: "must be 1" }) },
} as const satisfies ParamSpecs;
const plainSpecs = {
  q: { schema: queryParam },
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

export const searchApiHeaders = { "Cache-Control": "no-store" };

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
  facets: unknown;
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

/**
 * Public search. Only published records are indexed, and every parameter is checked: an unknown
 * name or a bad value is a 400 that names it. Filters, sort and facet counts exist for each
 * catalog (courses, programs, articles); without them a request is one Meilisearch query.
 */
export async function answerSearchApi(raw: URLSearchParams): Promise<SearchApiAnswer> {
  const index = raw.get("index") ?? "all";
  const filtered = [...raw.keys()].some((name) => !plainNames.has(name));

  if (index === "courses" && filtered) {
    const parsed = parseParams(raw, courseSpecs, "strict");
    if (!parsed.ok) return bad(parsed.error);
    const params = {
      ...parsed.params,
      view: undefined,
      pageSize: parsed.params.pageSize ?? DEFAULT_PAGE_SIZE,
    };
    const catalog = await searchCourseCatalog(params, todayInSeoul());
    return catalogResponse(
      params,
      catalog,
      catalog.courses.map((course) => courseHit(courseDocument(course))),
    );
  }

  if (index === "programs" && filtered) {
    const parsed = parseParams(raw, programSpecs, "strict");
    if (!parsed.ok) return bad(parsed.error);
    const params = { ...parsed.params, pageSize: parsed.params.pageSize ?? DEFAULT_PAGE_SIZE };
    const catalog = await searchProgramCatalog(params, todayInSeoul());
    return catalogResponse(
      params,
      catalog,
      catalog.programs.map((program) => programHit(programDocument(program))),
    );
  }

  if (index === "articles" && filtered) {
    const parsed = parseParams(raw, articleSpecs, "strict");
    if (!parsed.ok) return bad(parsed.error);
    const params = { ...parsed.params, pageSize: parsed.params.pageSize ?? DEFAULT_PAGE_SIZE };
    const catalog = await searchArticleCatalog(params, todayInSeoul());
    return catalogResponse(
      params,
      catalog,
      catalog.articles.map(({ article, issue }) => articleHit(articleDocument(article, issue))),
    );
  }

  const parsed = parseParams(raw, plainSpecs, "strict");
  if (!parsed.ok) return bad(parsed.error);
  const { q = "", page = 1, pageSize = DEFAULT_PAGE_SIZE } = parsed.params;
  return json(await search({ q, index: parsed.params.index ?? "all", page, pageSize }));
}
