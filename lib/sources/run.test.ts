import { afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import { migrateDatabase } from "@/lib/db/client";
import { releaseLease, takeLease } from "@/lib/db/lease";
import { nextScheduledSync, prepareDemoCatalog, scheduleSourceSync, syncSources } from "./run";
import { catalogAsOf } from "./status";
import { SyncBusyError } from "./sync";

describe("syncing every source", () => {
  beforeAll(async () => {
    await migrateDatabase();
  });

  it("refreshes each source's demo when it has no key, and skips a named source without one", async () => {
    const all = await syncSources();
    expect(all.reports.map((report) => [report.source, report.outcome])).toEqual([
      ["demo", "ok"],
      ["demo-bizinfo", "ok"],
      ["demo-youthcenter", "ok"],
    ]);
    // The home page's 자료 기준: when each catalog was last brought in (a dry run does not count).
    const asOf = await catalogAsOf();
    expect(asOf.courses).toBeInstanceOf(Date);
    expect(asOf.programs).toBeInstanceOf(Date);
    expect(await syncSources({ source: "work24" })).toEqual({
      reports: [],
      skipped: ["work24"],
      busy: [],
    });
    await expect(syncSources({ source: "hrd" })).rejects.toThrow('unknown source "hrd"');
  }, 60_000);

  it("leaves a source another run holds to it, and syncs the others", async () => {
    expect(await takeLease("sync.lease.demo", "another instance", 60_000)).toBeNull();
    onTestFinished(() => releaseLease("sync.lease.demo", "another instance"));
    const { reports, busy } = await syncSources();
    expect(reports.map((report) => [report.source, report.outcome])).toEqual([
      ["demo-bizinfo", "ok"],
      ["demo-youthcenter", "ok"],
    ]);
    expect(busy).toEqual([expect.stringContaining("demo is being synced by another run")]);
    // Nor does a start fail on it: the portal serves the demo as the other run leaves it.
    expect(await prepareDemoCatalog()).toEqual([
      expect.stringContaining("work24 demo not refreshed now"),
      expect.stringContaining("catalog: demo-bizinfo"),
      expect.stringContaining("catalog: demo-youthcenter"),
    ]);
  }, 60_000);
});

describe("the daily schedule", () => {
  let job: ReturnType<typeof scheduleSourceSync> | undefined;
  afterEach(() => job?.stop());

  it("runs at 05:00 in Seoul by default", () => {
    job = scheduleSourceSync("0 5 * * *", async () => {});
    const next = job.nextRun(new Date("2026-12-01T12:00:00Z"))!;
    // 05:00 KST is 20:00 UTC the day before.
    expect(next.toISOString()).toBe("2026-12-01T20:00:00.000Z");
  });

  it("tells the sources page the same next run, and none when the schedule is off", () => {
    const from = new Date("2026-12-01T12:00:00Z");
    expect(nextScheduledSync("0 5 * * *", from)!.toISOString()).toBe("2026-12-01T20:00:00.000Z");
    expect(nextScheduledSync("off", from)).toBeNull();
  });

  it("says when another instance holds the lease or a run fails, and keeps its schedule", async () => {
    const log = vi.fn();
    job = scheduleSourceSync(
      "0 5 * * *",
      async () => {
        throw new SyncBusyError("work24 is being synced by another run");
      },
      log,
    );
    await job.trigger();
    expect(log).toHaveBeenCalledWith("sync: skipped, work24 is being synced by another run");
    expect(job.isStopped()).toBe(false);
  });
});
