import "server-only";
import { Cron } from "croner";
import { todayInSeoul } from "@/lib/dates/dates";
import { env } from "@/lib/env";
import { configuredSources, officialSources, type OfficialSource } from "./configured";
import { removeDemoRecords } from "./demo/catalog";
import { demoBizinfoSource, demoYouthcenterSource } from "./demo/program-replay";
import { demoCourseSource } from "./demo/work24-replay";
import type { CatalogSource } from "./source";
import { runSourceSync, SyncBusyError, type SyncReport } from "./sync";

const demoSources: Record<OfficialSource, (today: string) => CatalogSource> = {
  work24: demoCourseSource,
  bizinfo: demoBizinfoSource as (today: string) => CatalogSource,
  youthcenter: demoYouthcenterSource as (today: string) => CatalogSource,
};

/** A run of one source, or why another run has it (its lease): the other sources still run. */
async function runUnlessBusy(
  source: CatalogSource,
  options: Parameters<typeof runSourceSync>[1],
): Promise<SyncReport | { busy: string }> {
  try {
    return await runSourceSync(source, options);
  } catch (error) {
    if (error instanceof SyncBusyError) return { busy: error.message };
    throw error;
  }
}

/**
 * One sync of every source that has a key (or only `source`); a source without a key has its
 * demo refreshed instead, as the demo's dates move with the day. The CLI and the schedule call it.
 * A source another run holds is left to it and named in `busy`.
 */
export async function syncSources(
  options: { source?: string; dryRun?: boolean; approve?: boolean } = {},
): Promise<{ reports: SyncReport[]; skipped: string[]; busy: string[] }> {
  const sources = configuredSources();
  const names = options.source ? [options.source] : Object.keys(sources);
  const unknown = names.filter((name) => !(name in sources));
  if (unknown.length > 0)
    throw new Error(
      `unknown source "${unknown[0]}": choose one of ${Object.keys(sources).join(", ")}`,
    );
  const reports: SyncReport[] = [];
  const skipped: string[] = [];
  const busy: string[] = [];
  const run = async (source: CatalogSource) => {
    const outcome = await runUnlessBusy(source, options);
    if ("busy" in outcome) busy.push(outcome.busy);
    else reports.push(outcome);
  };
  for (const name of names) {
    const source = sources[name as keyof typeof sources];
    if (source) await run(source);
    else skipped.push(name);
  }
  if (!options.source && env.DEMO_CATALOG === "on")
    for (const name of officialSources)
      if (!sources[name]) await run(demoSources[name](todayInSeoul()));
  return { reports, skipped, busy };
}

/**
 * One run of one official source as an editor asks for it: the source itself when its key is
 * set, else its demo (what the schedule refreshes in its place).
 */
export async function syncOneSource(
  name: OfficialSource,
  options: { dryRun?: boolean; approve?: boolean; requestedBy?: number },
): Promise<SyncReport> {
  const source = configuredSources()[name];
  if (source) return runSourceSync(source, options);
  if (env.DEMO_CATALOG === "on") return runSourceSync(demoSources[name](todayInSeoul()), options);
  throw new Error(
    `${name}: no key set (${name.toUpperCase()}_API_KEY) and the demo catalog is off`,
  );
}

/**
 * At start: a source with a key loses its demo's samples; one without gets its demo refreshed
 * (unless DEMO_CATALOG=off). Returns one line per source for the log.
 */
export async function prepareDemoCatalog(): Promise<string[]> {
  const sources = configuredSources();
  const lines: string[] = [];
  for (const name of officialSources) {
    if (sources[name]) {
      const removed = await removeDemoRecords(name);
      if (removed > 0)
        lines.push(`catalog: ${removed} ${name} demo records removed (its key is set)`);
    } else if (env.DEMO_CATALOG === "on") {
      // Another instance starting, or its schedule, may be refreshing it: the portal starts anyway.
      const demo = await runUnlessBusy(demoSources[name](todayInSeoul()), {});
      if ("busy" in demo) {
        lines.push(`catalog: ${name} demo not refreshed now (${demo.busy})`);
        continue;
      }
      lines.push(
        `catalog: ${demo.source} ${demo.added.length} added, ${demo.changed.length} changed, ${demo.unchanged} unchanged, ${demo.closed.length} closed (set ${name.toUpperCase()}_API_KEY for real records)`,
      );
    }
  }
  return lines;
}

export const SYNC_TIMEZONE = "Asia/Seoul";

/** When SYNC_SCHEDULE next runs the sync ("off": never), as the sources page says it. */
export function nextScheduledSync(pattern: string, from = new Date()) {
  if (pattern === "off") return null;
  return new Cron(pattern, { timezone: SYNC_TIMEZONE, paused: true }).nextRun(from);
}

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
