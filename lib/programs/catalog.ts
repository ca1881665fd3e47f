import "server-only";
import type { Program } from "@/lib/db/schema";
import { searchCatalog, type CatalogResult } from "@/lib/catalog/search";
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
