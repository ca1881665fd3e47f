import "server-only";
import { searchCatalog, type CatalogResult } from "@/lib/catalog/search";
import { articleCatalogSpec } from "./catalog-spec";
import type { ArticleParams } from "./filters";
import { articlesInOrder } from "./queries";

export type ArticleCatalog = Omit<CatalogResult<typeof articleCatalogSpec>, "ids"> & {
  articles: Awaited<ReturnType<typeof articlesInOrder>>;
};

/** One page of the bulletin's articles with facet counts: Meilisearch, or the database when it cannot answer. */
export async function searchArticleCatalog(
  params: Partial<ArticleParams>,
  today: string,
): Promise<ArticleCatalog> {
  const { ids, ...result } = await searchCatalog(articleCatalogSpec, params, today);
  return { ...result, articles: await articlesInOrder(ids) };
}
