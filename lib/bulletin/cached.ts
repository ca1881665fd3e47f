import "server-only";
import { cacheTag } from "next/cache";
import { cacheTags } from "@/lib/cache/tags";
import {
  adjacentIssues,
  getPublishedArticle,
  getPublishedIssue,
  listPublishedIssues,
} from "./queries";

// The bulletin as the public reads it, cached until a write expires a tag it was read under.

export async function publishedIssues() {
  "use cache";
  cacheTag(cacheTags.issues);
  return listPublishedIssues();
}

/** An issue with its articles and its neighbours (for previous / next links). */
export async function publishedIssue(slug: string) {
  "use cache";
  // The neighbours, and an issue published under this slug later, come from the list.
  cacheTag(cacheTags.issues);
  const issue = await getPublishedIssue(slug);
  if (!issue) return null;
  cacheTag(cacheTags.issue(issue.id));
  return { issue, ...(await adjacentIssues(slug)) };
}

export async function publishedArticle(issueSlug: string, articleSlug: string) {
  "use cache";
  const found = await getPublishedArticle(issueSlug, articleSlug);
  // Nothing here yet: publishing an article expires the list tag.
  if (!found) cacheTag(cacheTags.issues);
  else cacheTag(cacheTags.article(found.article.id), cacheTags.issue(found.issue.id));
  return found;
}
