import { z } from "zod";
import {
  facetValueParam,
  pageParam,
  pageSizeParam,
  queryParam,
  type ParamSpecs,
  type ParsedParams,
} from "@/lib/search/params";
import { applicationStatusLabels, type ApplicationStatus } from "./derive";

export const programSorts = {
  relevance: "관련도순",
  deadline: "마감임박순",
  latest: "최신순",
} as const;
export type ProgramSort = keyof typeof programSorts;

const statuses = ["open", "upcoming", "always", "closed"] as const satisfies ApplicationStatus[];

export const programParamSpecs = {
  q: { schema: queryParam },
  target: { schema: facetValueParam, multi: true },
  agency: { schema: facetValueParam, multi: true },
  category: { schema: facetValueParam, multi: true },
  region: { schema: facetValueParam, multi: true },
  status: {
    schema: z.enum(statuses, { error: `must be one of: ${statuses.join(", ")}` }),
    multi: true,
  },
  sort: {
    schema: z.enum(Object.keys(programSorts) as [ProgramSort, ...ProgramSort[]], {
      error: `must be one of: ${Object.keys(programSorts).join(", ")}`,
    }),
  },
  page: { schema: pageParam },
  pageSize: { schema: pageSizeParam },
} as const satisfies ParamSpecs;

export type ProgramParams = ParsedParams<typeof programParamSpecs>;

export const programFacets = {
  status: "접수상태",
  target: "대상",
  category: "분야",
  agency: "소관기관",
  region: "지역",
} as const;
export type ProgramFacet = keyof typeof programFacets;

export function effectiveProgramSort(params: Pick<ProgramParams, "q" | "sort">): ProgramSort {
  if (params.sort && !(params.sort === "relevance" && !params.q)) return params.sort;
  return params.q ? "relevance" : "deadline";
}

const listParams = ["target", "agency", "category", "region", "status"] as const;

export function programQueryString(params: Partial<ProgramParams>): string {
  const search = new URLSearchParams();
  if (params.q) search.set("q", params.q);
  for (const name of listParams) for (const value of params[name] ?? []) search.append(name, value);
  if (params.sort) search.set("sort", params.sort);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  const text = search.toString();
  return text ? `?${text}` : "";
}

export function activeProgramFilters(params: ProgramParams) {
  const base = { ...params, page: undefined };
  return listParams.flatMap((name) =>
    params[name].map((value) => ({
      key: `${name}:${value}`,
      label: name === "status" ? applicationStatusLabels[value as ApplicationStatus] : value,
      without: {
        ...base,
        [name]: (params[name] as string[]).filter((v) => v !== value),
      } as Partial<ProgramParams>,
    })),
  );
}
