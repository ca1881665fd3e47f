import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { articles, issues } from "@/lib/db/schema";
import { seededDatabase } from "@/test/db";
import { nextScheduledAt } from "./schedule";
import { waitFor, wakeScheduledPublishing } from "./scheduler";

const statusOf = async (id: number) =>
  (await db.select({ status: articles.status }).from(articles).where(eq(articles.id, id)))[0]!
    .status;

describe("scheduled publishing", () => {
  let first: number;
  let second: number;

  beforeAll(async () => {
    await seededDatabase();
    const [a, b] = await db.select({ id: articles.id }).from(articles).limit(2);
    [first, second] = [a!.id, b!.id];
  });

  it("knows when the next schedule is due, leaving out what is in the trash", async () => {
    expect(await nextScheduledAt()).toBeNull();
    const [issue] = await db.select().from(issues).limit(1);
    const inAnHour = new Date(Date.now() + 3_600_000);
    const inTwoHours = new Date(Date.now() + 7_200_000);
    await db
      .update(articles)
      .set({ status: "scheduled", publishAt: inTwoHours })
      .where(eq(articles.id, first));
    expect(await nextScheduledAt()).toEqual(inTwoHours);
    await db
      .update(issues)
      .set({ status: "scheduled", publishAt: inAnHour, deletedAt: new Date() })
      .where(eq(issues.id, issue!.id));
    expect(await nextScheduledAt()).toEqual(inTwoHours);
    await db.update(issues).set({ deletedAt: null }).where(eq(issues.id, issue!.id));
    expect(await nextScheduledAt()).toEqual(inAnHour);
    await db
      .update(issues)
      .set({ status: "published", publishAt: issue!.publishAt })
      .where(eq(issues.id, issue!.id));
    await db
      .update(articles)
      .set({ status: "published", publishAt: null })
      .where(eq(articles.id, first));
  });

  it("waits until the next schedule, but never more than a minute nor less than nothing", () => {
    const now = Date.parse("2026-12-01T09:00:00Z");
    expect(waitFor(new Date(now + 5_000), now)).toBe(5_000);
    expect(waitFor(new Date(now - 5_000), now)).toBe(0);
    expect(waitFor(new Date(now + 3_600_000), now)).toBe(60_000);
    expect(waitFor(null, now)).toBe(60_000);
  });

  it("publishes an article at its time, not at the next minute's check", async () => {
    const soon = new Date(Date.now() + 300);
    await db
      .update(articles)
      .set({ status: "scheduled", publishAt: soon })
      .where(eq(articles.id, second));
    await wakeScheduledPublishing();
    expect(await statusOf(second)).toBe("scheduled");
    await expect.poll(() => statusOf(second), { timeout: 5_000 }).toBe("published");
  });
});
