import type { MetadataRoute } from "next";
import { cacheTag } from "next/cache";
import { cacheTags } from "@/lib/cache/tags";
import { allPublishedArticles, listPublishedIssues } from "@/lib/bulletin/queries";
import { db } from "@/lib/db/client";
import { courses, programs } from "@/lib/db/schema";
import { siteUrl } from "@/lib/env";
import { published as coursePublished } from "@/lib/courses/visibility";
import { published as programPublished } from "@/lib/programs/visibility";
import {
  articlePath,
  coursePath,
  coursesPath,
  homePath,
  issuePath,
  issuesPath,
  programPath,
  programsPath,
  tagPath,
} from "@/lib/routes/public";

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return cachedSitemap();
}

async function cachedSitemap(): Promise<MetadataRoute.Sitemap> {
  "use cache";
  cacheTag(cacheTags.issues, cacheTags.courses, cacheTags.programs);
  const [issueRows, articleRows, courseRows, programRows] = await Promise.all([
    listPublishedIssues(),
    allPublishedArticles(),
    db
      .select({ id: courses.externalId, updatedAt: courses.updatedAt, tags: courses.tags })
      .from(courses)
      .where(coursePublished),
    db
      .select({ id: programs.externalId, updatedAt: programs.updatedAt, tags: programs.tags })
      .from(programs)
      .where(programPublished),
  ]);
  const url = (path: string) => new URL(path, siteUrl).toString();
  const tags = new Set([
    ...articleRows.flatMap((r) => r.article.tags),
    ...courseRows.flatMap((c) => c.tags),
    ...programRows.flatMap((p) => p.tags),
  ]);
  return [
    ...[homePath, coursesPath(), programsPath(), issuesPath()].map((path) => ({ url: url(path) })),
    ...issueRows.map((issue) => ({
      url: url(issuePath(issue)),
      lastModified: issue.updatedAt,
    })),
    ...articleRows.map(({ article, issue }) => ({
      url: url(articlePath(issue, article)),
      lastModified: article.updatedAt,
    })),
    ...courseRows.map((course) => ({
      url: url(coursePath(course.id)),
      lastModified: course.updatedAt,
    })),
    ...programRows.map((program) => ({
      url: url(programPath(program.id)),
      lastModified: program.updatedAt,
    })),
    ...[...tags].map((tag) => ({ url: url(tagPath(tag)) })),
  ];
}
