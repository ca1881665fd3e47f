import "server-only";
import { cacheTag } from "next/cache";
import { cacheTags } from "@/lib/cache/tags";
import { getPublishedCourse } from "./queries";

/** A course as the public sees it, cached until a course is written. */
export async function publishedCourse(externalId: string) {
  "use cache";
  cacheTag(cacheTags.courses);
  return getPublishedCourse(externalId);
}
