import "server-only";
import { env } from "@/lib/env";
import type { CourseSource } from "./source";
import { work24Source } from "./work24/client";

/** The sources the portal can sync, each built from its environment; null when its key is unset. */
export function configuredSources(): Record<"work24", CourseSource<unknown> | null> {
  const http = { timeoutMs: env.SOURCE_TIMEOUT_MS };
  return {
    work24: env.WORK24_API_KEY
      ? (work24Source({
          baseUrl: env.WORK24_API_URL,
          key: env.WORK24_API_KEY,
          http,
        }) as CourseSource<unknown>)
      : null,
  };
}
