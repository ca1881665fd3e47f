import "server-only";
import { Cron } from "croner";
import { todayInSeoul } from "@/lib/dates/dates";
import { env } from "@/lib/env";
import { configuredSources } from "./configured";
import { demoCourseSource } from "./demo/work24-replay";
import { runSourceSync, SyncBusyError, type SyncReport } from "./sync";

/**
 * One sync of every source that has a key (or only `source`); without a 고용24 key the demo
 * catalog is refreshed instead, as its dates move with the day. The CLI and the schedule call it.
 */
export async function syncSources(
  options: { source?: string; dryRun?: boolean; approve?: boolean } = {},
): Promise<{ reports: SyncReport[]; skipped: string[] }> {
  const sources = configuredSources();
  const names = options.source ? [options.source] : Object.keys(sources);
  const unknown = names.filter((name) => !(name in sources));
  if (unknown.length > 0)
    throw new Error(
      `unknown source "${unknown[0]}": choose one of ${Object.keys(sources).join(", ")}`,
    );
  const reports: SyncReport[] = [];
  const skipped: string[] = [];
  for (const name of names) {
    const source = sources[name as keyof typeof sources];
    if (!source) {
      skipped.push(name);
      continue;
    }
    reports.push(await runSourceSync(source, options));
  }
  if (!options.source && !sources.work24 && env.DEMO_CATALOG === "on")
    reports.push(await runSourceSync(demoCourseSource(todayInSeoul()), options));
  return { reports, skipped };
}

export const SYNC_TIMEZONE = "Asia/Seoul";

/**
 * The server's daily sync (SYNC_SCHEDULE, a cron pattern read in Asia/Seoul). A run still going
 * when the next is due is skipped; another instance's run is left to it (the lease).
 */
export function scheduleSourceSync(
  pattern: string,
  run: () => Promise<unknown>,
  log: (line: string) => void = console.log,
) {
  return new Cron(pattern, { timezone: SYNC_TIMEZONE, protect: true }, async () => {
    try {
      await run();
    } catch (error) {
      if (error instanceof SyncBusyError) log(`sync: skipped, ${error.message}`);
      else log(`sync: failed (${(error as Error).message}); the next run is as scheduled`);
    }
  });
}
