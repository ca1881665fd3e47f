import { eq, inArray } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db, migrateDatabase } from "./client";
import { keepLease, releaseLease, takeLease } from "./lease";
import { systemState } from "./schema";

const MINUTE = 60_000;

async function holderOf(key: string) {
  const [row] = await db.select().from(systemState).where(eq(systemState.key, key));
  return row && (JSON.parse(row.value) as { holder: string; until: number });
}

/** Lets a renewal the timer fired reach the database. */
async function renewalsLand(key = "test.lease") {
  await vi.waitFor(async () => {
    expect((await holderOf(key))?.until).toBeGreaterThan(Date.now() + 20 * MINUTE);
  });
}

describe("a lease kept while its run works", () => {
  beforeAll(async () => {
    await migrateDatabase();
  });
  afterEach(async () => {
    vi.useRealTimers();
    await db.delete(systemState).where(inArray(systemState.key, ["test.lease", "test.other"]));
  });

  it("stays with a run that outlasts it, and goes to another once the run stops renewing", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    // Taken 25 minutes ago for 30: five minutes are left.
    expect(
      await takeLease("test.lease", "long run", 30 * MINUTE, new Date(Date.now() - 25 * MINUTE)),
    ).toBeNull();
    const stop = keepLease("test.lease", "long run", 30 * MINUTE);
    vi.advanceTimersByTime(10 * MINUTE);
    await renewalsLand();
    // Ten minutes on, the first lease would have lapsed; the renewed one holds.
    expect(
      await takeLease("test.lease", "other run", 30 * MINUTE, new Date(Date.now() + 10 * MINUTE)),
    ).toBeInstanceOf(Date);
    stop();
    // A run that died renews nothing: past the renewed end, another run takes the lease.
    expect(
      await takeLease("test.lease", "other run", 30 * MINUTE, new Date(Date.now() + 31 * MINUTE)),
    ).toBeNull();
    vi.advanceTimersByTime(10 * MINUTE);
    expect((await holderOf("test.lease"))?.holder).toBe("other run");
  });

  it("renews only its own lease: one that lapsed into another run's hands stays theirs", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    expect(
      await takeLease("test.lease", "stalled run", 30 * MINUTE, new Date(Date.now() - 31 * MINUTE)),
    ).toBeNull();
    const stop = keepLease("test.lease", "stalled run", 30 * MINUTE);
    expect(await takeLease("test.lease", "other run", 30 * MINUTE)).toBeNull();
    const taken = await holderOf("test.lease");
    // A lease the stalled run does hold, renewed by a timer that fires after the first: once its
    // renewal has landed, so has the first one's attempt (one connection, statements in order).
    expect(
      await takeLease("test.other", "stalled run", 30 * MINUTE, new Date(Date.now() - 25 * MINUTE)),
    ).toBeNull();
    const stopOther = keepLease("test.other", "stalled run", 30 * MINUTE);
    vi.advanceTimersByTime(10 * MINUTE);
    await renewalsLand("test.other");
    stop();
    stopOther();
    expect(await holderOf("test.lease")).toEqual(taken);
    // Nor does the stalled run give it back when it ends.
    await releaseLease("test.lease", "stalled run");
    expect((await holderOf("test.lease"))?.holder).toBe("other run");
  });
});
