import "server-only";
import { and, desc, eq, inArray, max } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { syncRuns, users, type SourceName } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { officialSources, type OfficialSource } from "./configured";
import { demoOf } from "./demo/catalog";

export const sourceLabels: Record<OfficialSource, { name: string; feeds: string; key: string }> = {
  work24: { name: "고용24", feeds: "훈련과정", key: "WORK24_API_KEY" },
  bizinfo: { name: "기업마당", feeds: "지원사업", key: "BIZINFO_API_KEY" },
  youthcenter: { name: "온통청년", feeds: "지원사업 (청년정책)", key: "YOUTHCENTER_API_KEY" },
};

/** A record's or a run's source as every workspace page names it: the service, or its example data. */
export function sourceDisplayName(name: SourceName) {
  const official = officialSources.find(
    (source) => source === name || demoOf[source].name === name,
  )!;
  return official === name
    ? sourceLabels[official].name
    : `${sourceLabels[official].name} 예시 데이터`;
}

const RECENT_RUNS = 5;

/** Each official source as the admin page shows it: key, what runs in its place, recent runs. */
export async function sourceStatuses() {
  const keys: Record<OfficialSource, boolean> = {
    work24: Boolean(env.WORK24_API_KEY),
    bizinfo: Boolean(env.BIZINFO_API_KEY),
    youthcenter: Boolean(env.YOUTHCENTER_API_KEY),
  };
  return Promise.all(
    officialSources.map(async (source) => {
      const runsAs: SourceName = keys[source] ? source : demoOf[source].name;
      const runs = await db
        .select({ run: syncRuns, requestedBy: users.name })
        .from(syncRuns)
        .leftJoin(users, eq(syncRuns.requestedBy, users.id))
        .where(inArray(syncRuns.source, [source, demoOf[source].name]))
        .orderBy(desc(syncRuns.startedAt), desc(syncRuns.id))
        .limit(RECENT_RUNS);
      return {
        source,
        ...sourceLabels[source],
        keySet: keys[source],
        runsAs,
        demo: !keys[source] && env.DEMO_CATALOG === "on",
        runs: runs.map(({ run, requestedBy }) => ({ ...run, requestedByName: requestedBy })),
      };
    }),
  );
}

/**
 * When each catalog's data was last brought in: the latest successful (not dry) run of any
 * source feeding it, demos included, from its API (an imported file is one answer, not the
 * catalog); null before the first run (the bulletin's records only).
 */
export async function catalogAsOf(): Promise<{ courses: Date | null; programs: Date | null }> {
  const latest = async (names: SourceName[]) => {
    const [row] = await db
      .select({ at: max(syncRuns.finishedAt) })
      .from(syncRuns)
      .where(
        and(
          inArray(syncRuns.source, names),
          eq(syncRuns.outcome, "ok"),
          eq(syncRuns.dryRun, false),
          eq(syncRuns.origin, "api"),
        ),
      );
    return row?.at ?? null;
  };
  const [courses, programs] = await Promise.all([
    latest(["work24", demoOf.work24.name]),
    latest(["bizinfo", "youthcenter", demoOf.bizinfo.name, demoOf.youthcenter.name]),
  ]);
  return { courses, programs };
}
