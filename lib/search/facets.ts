export type FacetOption = { value: string; count: number };

/**
 * Facet counts over items in memory, the way Meilisearch's disjunctive faceting gives them:
 * each facet's counts apply every other facet's selection but not its own, so a resident sees
 * what picking another value would add. Used where the data is small (programs) and as the
 * database fallback of the course catalog.
 */
export function facetInMemory<T, F extends string>(
  items: T[],
  facets: Record<F, (item: T) => readonly (string | null)[]>,
  selected: Record<F, readonly string[]>,
): { matches: T[]; counts: Record<F, FacetOption[]> } {
  const names = Object.keys(facets) as F[];
  const passes = (item: T, name: F) => {
    const chosen = selected[name];
    return chosen.length === 0 || facets[name](item).some((v) => v !== null && chosen.includes(v));
  };
  const counts = {} as Record<F, FacetOption[]>;
  for (const name of names) {
    const tally = new Map<string, number>();
    for (const item of items) {
      if (!names.every((other) => other === name || passes(item, other))) continue;
      for (const value of new Set(facets[name](item))) {
        if (value !== null) tally.set(value, (tally.get(value) ?? 0) + 1);
      }
    }
    counts[name] = sortOptions(tally, selected[name]);
  }
  return { matches: items.filter((item) => names.every((name) => passes(item, name))), counts };
}

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
