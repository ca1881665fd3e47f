export type FacetOption = { value: string; count: number };

/** Most frequent first; a selected value stays listed (with 0) so it can be unselected. */
export function sortOptions(
  tally: Map<string, number> | Record<string, number>,
  selected: readonly string[],
) {
  const entries = new Map(tally instanceof Map ? tally : Object.entries(tally));
  for (const value of selected) if (!entries.has(value)) entries.set(value, 0);
  return [...entries]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, "ko"));
}
