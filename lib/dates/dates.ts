// Dates in the catalog are calendar days in Korea (YYYY-MM-DD); "today" is Seoul's, not the server's.
const seoulDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Seoul",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export function todayInSeoul(now: Date = new Date()): string {
  return seoulDay.format(now);
}

function dayNumber(isoDate: string) {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string) {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(isoDate: string, days: number) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A date as a sortable integer (20240412) for search filters and sorting. */
export function dateToInt(isoDate: string | null): number | null {
  return isoDate ? Number(isoDate.replaceAll("-", "")) : null;
}

const longFormat = new Intl.DateTimeFormat("ko-KR", {
  timeZone: "UTC",
  year: "numeric",
  month: "long",
  day: "numeric",
});

export function formatDate(isoDate: string): string {
  return longFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

const monthFormat = new Intl.DateTimeFormat("ko-KR", {
  timeZone: "Asia/Seoul",
  year: "numeric",
  month: "long",
});

/** An issue's month as Koreans write it: 2024년 4월. */
export function formatMonth(date: Date): string {
  return monthFormat.format(date);
}

// 24-hour clock: Node's and browsers' Korean data disagree on 오전/AM, and a page rendered on the
// server must read the same after hydration.
const seoulMoment = new Intl.DateTimeFormat("ko-KR", {
  timeZone: "Asia/Seoul",
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** A moment in Korean time: "2026년 11월 25일 15:40". */
export function formatDateTime(date: Date): string {
  return seoulMoment.format(date);
}
