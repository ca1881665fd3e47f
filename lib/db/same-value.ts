/**
 * Whether two column values are the same as stored: JSON columns (tags, sources, lists) compare
 * by content, and a missing value equals null.
 */
export const sameValue = (a: unknown, b: unknown) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
