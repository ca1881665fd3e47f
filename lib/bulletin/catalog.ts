import "server-only";
import {
  listCatalog,
  searchCatalog,
  type CatalogList,
  type CatalogResult,
} from "@/lib/catalog/search";
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

export type ArticleList = Omit<CatalogList<typeof articleCatalogSpec>, "ids"> & {
  articles: Awaited<ReturnType<typeof articlesInOrder>>;
};

/** One page of articles a search finds and their total, without facet counts. */
export async function listArticles(
  params: Partial<ArticleParams>,
  today: string,
): Promise<ArticleList> {
  const { ids, ...result } = await listCatalog(articleCatalogSpec, params, today);
  return { ...result, articles: await articlesInOrder(ids) };
}
