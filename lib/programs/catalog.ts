import "server-only";
import type { Program } from "@/lib/db/schema";
import {
  listCatalog,
  searchCatalog,
  type CatalogList,
  type CatalogResult,
} from "@/lib/catalog/search";
import { programCatalogSpec } from "./catalog-spec";
import type { ProgramParams } from "./filters";
import { programsInOrder } from "./queries";

export type ProgramCatalog = Omit<CatalogResult<typeof programCatalogSpec>, "ids"> & {
  programs: Program[];
};

/** One page of the program catalog with facet counts: Meilisearch, or the database when it cannot answer. */
export async function searchProgramCatalog(
  params: Partial<ProgramParams>,
  today: string,
): Promise<ProgramCatalog> {
  const { ids, ...result } = await searchCatalog(programCatalogSpec, params, today);
  return { ...result, programs: await programsInOrder(ids) };
}

export type ProgramList = Omit<CatalogList<typeof programCatalogSpec>, "ids"> & {
  programs: Program[];
};

/** One page of programs a search finds and their total, without facet counts. */
export async function listPrograms(
  params: Partial<ProgramParams>,
  today: string,
): Promise<ProgramList> {
  const { ids, ...result } = await listCatalog(programCatalogSpec, params, today);
  return { ...result, programs: await programsInOrder(ids) };
}
