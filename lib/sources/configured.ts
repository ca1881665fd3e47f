import "server-only";
import { env } from "@/lib/env";
import { bizinfoSource } from "./bizinfo/client";
import type { CatalogSource } from "./source";
import { work24Source } from "./work24/client";
import { youthcenterSource } from "./youthcenter/client";

export const officialSources = ["work24", "bizinfo", "youthcenter"] as const;
export type OfficialSource = (typeof officialSources)[number];

/** The sources the portal can sync, each built from its environment; null when its key is unset. */
export function configuredSources(): Record<OfficialSource, CatalogSource | null> {
  const http = { timeoutMs: env.SOURCE_TIMEOUT_MS };
  return {
    work24: env.WORK24_API_KEY
      ? (work24Source({
          baseUrl: env.WORK24_API_URL,
          key: env.WORK24_API_KEY,
          http,
        }) as CatalogSource)
      : null,
    bizinfo: env.BIZINFO_API_KEY
      ? (bizinfoSource({
          baseUrl: env.BIZINFO_API_URL,
          key: env.BIZINFO_API_KEY,
          http,
        }) as CatalogSource)
      : null,
    youthcenter: env.YOUTHCENTER_API_KEY
      ? (youthcenterSource({
          baseUrl: env.YOUTHCENTER_API_URL,
          key: env.YOUTHCENTER_API_KEY,
          http,
        }) as CatalogSource)
      : null,
  };
}
