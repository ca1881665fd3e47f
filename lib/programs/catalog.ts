import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { programs, type Program } from "@/lib/db/schema";
import { facetInMemory, type FacetOption } from "@/lib/search/facets";
import { search } from "@/lib/search/query";
import { applicationStatus, type ApplicationStatus } from "./derive";
import {
  effectiveProgramSort,
  type ProgramFacet,
  type ProgramParams,
  type ProgramSort,
} from "./filters";

export const PROGRAM_PAGE_SIZE = 12;

export type ProgramCatalog = {
  programs: Program[];
  total: number;
  page: number;
  pageSize: number;
  sort: ProgramSort;
  facets: Record<ProgramFacet, FacetOption[]>;
  fallback: boolean;
};

// Open programs by nearest deadline, then those opening soon, then 상시, then closed ones, newest first.
const statusOrder: ApplicationStatus[] = ["open", "upcoming", "always", "closed"];

function byDeadline(today: string) {
  return (a: Program, b: Program) => {
    const sa = applicationStatus(a, today);
    const sb = applicationStatus(b, today);
    if (sa !== sb) return statusOrder.indexOf(sa) - statusOrder.indexOf(sb);
    if (sa === "open") return a.applyEnd!.localeCompare(b.applyEnd!);
    if (sa === "upcoming") return a.applyStart!.localeCompare(b.applyStart!);
    if (sa === "closed") return b.applyEnd!.localeCompare(a.applyEnd!);
    return a.title.localeCompare(b.title, "ko");
  };
}

/**
 * Programs are few (hundreds at most), so the catalog filters and counts them in memory;
 * Meilisearch only ranks them when there is a query.
 */
export async function searchProgramCatalog(
  params: ProgramParams,
  today: string,
): Promise<ProgramCatalog> {
  const published = await db
    .select()
    .from(programs)
    .where(and(eq(programs.status, "published")));
  let candidates = published;
  let fallback = false;
  if (params.q) {
    const result = await search({ q: params.q, index: "programs", page: 1, pageSize: 1_000 });
    const rank = new Map(result.hits.map((hit, i) => [hit.id, i]));
    candidates = published
      .filter((p) => rank.has(p.externalId))
      .sort((a, b) => rank.get(a.externalId)! - rank.get(b.externalId)!);
    fallback = result.fallback;
  }
  const { matches, counts } = facetInMemory(
    candidates,
    {
      status: (p) => [applicationStatus(p, today)],
      target: (p) => p.targetGroups,
      category: (p) => [p.category],
      agency: (p) => [p.agency],
      region: (p) => [p.region],
    },
    {
      status: params.status,
      target: params.target,
      category: params.category,
      agency: params.agency,
      region: params.region,
    },
  );
  const sort = effectiveProgramSort(params);
  const sorted =
    sort === "relevance"
      ? matches
      : [...matches].sort(
          sort === "deadline"
            ? byDeadline(today)
            : (a, b) => b.updatedAt.getTime() - a.updatedAt.getTime(),
        );
  const pageSize = params.pageSize ?? PROGRAM_PAGE_SIZE;
  const page = params.page ?? 1;
  return {
    programs: sorted.slice((page - 1) * pageSize, page * pageSize),
    total: matches.length,
    page,
    pageSize,
    sort,
    facets: counts,
    fallback,
  };
}
