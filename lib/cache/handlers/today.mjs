// @ts-check

// The cache tag of everything worded from today's date (접수중, 마감 임박, D-day). It goes out of
// date at each midnight in Seoul, which the clock tells every process alike: no timer has to fire
// and no row has to be written, so a process busy or asleep at midnight, or a database that was
// locked then, cannot leave yesterday's statuses on the site.
export const TODAY_TAG = "today";

// Korea keeps UTC+9 all year.
const SEOUL_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

/** The last midnight in Seoul at or before `now` (ms). */
export function lastMidnightInSeoul(/** @type {number} */ now) {
  return Math.floor((now + SEOUL_OFFSET_MS) / DAY_MS) * DAY_MS - SEOUL_OFFSET_MS;
}
