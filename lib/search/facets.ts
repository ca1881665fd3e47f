export type FacetOption = { value: string; count: number };

/**
 * Most frequent first; a selected value stays listed so it can be unselected. One no record
 * holds (an old district name) counts what choosing it lists: the values it expands to.
 */
export function sortOptions(
  tally: Map<string, number> | Record<string, number>,
  selected: readonly string[],
  expand?: (value: string) => string[],
) {
  const entries = new Map(tally instanceof Map ? tally : Object.entries(tally));
  for (const value of selected) {
    if (entries.has(value)) continue;
    const covered = expand?.(value) ?? [];
    entries.set(
      value,
      covered.reduce((sum, each) => sum + (each === value ? 0 : (entries.get(each) ?? 0)), 0),
    );
  }
  return [...entries]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, "ko"));
}
