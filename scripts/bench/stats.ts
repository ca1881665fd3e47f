/** The value below which a share p of the samples fall (p = 0.5: the median). */
export function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

/** The median (NaN for no samples). */
export const median = (values: number[]) => percentile(values, 0.5);
