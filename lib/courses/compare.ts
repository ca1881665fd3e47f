/** How many courses a resident can put side by side. */
export const MAX_COMPARE = 4;

const STORAGE_KEY = "portal.compare.courses";

// The tray lives in session storage, which can be blocked (private modes, strict settings) or hold
// something else under our key; the tray then still works for this page, it just forgets on the next.

/** The courses in the compare tray (browser only). */
export function storedCompareIds(): string[] {
  try {
    const ids: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? "[]");
    return Array.isArray(ids) ? ids.filter((id) => typeof id === "string") : [];
  } catch {
    return [];
  }
}

export function storeCompareIds(ids: readonly string[]) {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(ids.slice(0, MAX_COMPARE)));
  } catch {}
}

/** The tray with one more course: kept at the end; the oldest goes when the tray is full. */
export function withCompareId(ids: readonly string[], id: string) {
  return [...ids.filter((other) => other !== id), id].slice(-MAX_COMPARE);
}
