import "server-only";
import { isSearchConfigured } from "@/lib/search/client";
import { drainSearchOutbox } from "@/lib/search/outbox";
import { nextScheduledAt, publishDueSchedules } from "./schedule";

// Scheduled issues and articles go live at their time: one timer per process, set for the next
// schedule. It also wakes at least this often, for schedules another process wrote.
const LONGEST_WAIT_MS = 60_000;

// On globalThis: the server's instrumentation (which starts the timer) and its actions (which
// wake it) may be bundled apart, each with its own copy of this module.
const state = globalThis as { __portalScheduledPublishing?: { timer?: NodeJS.Timeout } };

/** Publishes what is due; false if that failed (the schedules stay due, for the next try). */
async function publishDue() {
  try {
    const published = await publishDueSchedules();
    if (published > 0 && isSearchConfigured()) await drainSearchOutbox().catch(() => undefined);
    return true;
  } catch (error) {
    console.warn(`schedule: publishing failed (${(error as Error).message})`);
    return false;
  }
}

function arm(wait: number) {
  const scheduler = (state.__portalScheduledPublishing ??= {});
  clearTimeout(scheduler.timer);
  scheduler.timer = setTimeout(async () => {
    // After a failure the due schedules would be due at once again: try again in a minute.
    if (await publishDue()) await wakeScheduledPublishing();
    else arm(LONGEST_WAIT_MS);
  }, wait).unref();
}

/** How long to wait before the next run: until the next schedule, within the longest wait. */
export function waitFor(next: Date | null, now = Date.now()) {
  if (!next) return LONGEST_WAIT_MS;
  return Math.min(Math.max(next.getTime() - now, 0), LONGEST_WAIT_MS);
}

/**
 * (Re)sets this process's timer for the next schedule. Called when the server starts and after
 * an editor schedules, reschedules or cancels; publishing twice is harmless (it publishes what
 * is still scheduled and due).
 */
export async function wakeScheduledPublishing() {
  let wait = LONGEST_WAIT_MS;
  try {
    wait = waitFor(await nextScheduledAt());
  } catch (error) {
    console.warn(`schedule: could not read the next schedule (${(error as Error).message})`);
  }
  arm(wait);
}
