import type { Metadata } from "next";
import { ArticleCatalog, articleCatalogMetadata } from "@/components/bulletin/article-catalog";

export const metadata: Metadata = articleCatalogMetadata;

/** /issues with no query, served whole from the page cache (lib/routes/catalog-views.ts). */
export default function AllArticlesPage() {
  return <ArticleCatalog idPrefix="articles-all" query="" />;
}
