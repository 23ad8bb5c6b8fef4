/**
 * Nearest-rank percentile (the definition most load tools print): the smallest
 * value such that at least p% of the samples are ≤ it. `sorted` must be sorted
 * ascending. Returns null for no samples.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
