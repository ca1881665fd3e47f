import "server-only";
import { cacheTag } from "next/cache";
import { cacheTags } from "@/lib/cache/tags";
import { getPublishedProgram } from "./queries";

/** A program as the public sees it, cached until a program or the bulletin is written. */
export async function publishedProgram(externalId: string) {
  "use cache";
  // The linked article's title and address are shown too.
  cacheTag(cacheTags.programs, cacheTags.issues);
  return getPublishedProgram(externalId);
}
