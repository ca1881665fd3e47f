import type { Metadata } from "next";
import { ArticleCatalog, articleCatalogMetadata } from "@/components/bulletin/article-catalog";
import { toSearchParams } from "@/lib/search/params";

export const metadata: Metadata = articleCatalogMetadata;

export default async function IssuesPage({ searchParams }: PageProps<"/issues">) {
  return (
    <ArticleCatalog idPrefix="articles" query={toSearchParams(await searchParams).toString()} />
  );
}
