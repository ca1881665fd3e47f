import type { Metadata } from "next";
import { movedOrNotFound } from "@/lib/routes/moved";
import { ArticleView } from "@/components/bulletin/article-view";
import { publishedArticle } from "@/lib/bulletin/cached";
import { articlePublishedAt } from "@/lib/bulletin/visibility";
import { sectionLabels } from "@/lib/bulletin/sections";
import { notFoundMetadata, pageMetadata } from "@/lib/metadata";
import { buildPlaceholder } from "@/lib/routes/build-placeholder";
import { articlePath } from "@/lib/routes/public";

type Props = PageProps<"/issues/[slug]/[article]">;

async function load(params: Props["params"]) {
  const { slug, article } = await params;
  return publishedArticle(slug, article);
}

export const generateStaticParams = buildPlaceholder("slug", "article");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return notFoundMetadata;
  const { article, issue } = found;
  const url = articlePath(issue, article);
  return pageMetadata({
    title: article.title,
    description: article.summary,
    path: url,
    openGraph: {
      type: "article",
      publishedTime: articlePublishedAt(found).toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      section: sectionLabels[article.section],
      tags: article.tags,
    },
  });
}

export default async function ArticlePage({ params }: Props) {
  const found = await load(params);
  if (!found) {
    const { slug, article } = await params;
    return movedOrNotFound(articlePath({ slug }, { slug: article }));
  }
  return <ArticleView article={found.article} issue={found.issue} />;
}
