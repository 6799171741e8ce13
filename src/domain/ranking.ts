/** Ranking helpers shared by R1 and S1. */

/** Rounds away floating noise so that equal means compare equal (ties at a boundary are included). */
export const stable = (x: number): number => Math.round(x * 1e9) / 1e9;

/** k = ceil(share × n), guarded against floating noise (0.3 × 10 must give 3, not 4). */
export const bottomCount = (share: number, n: number): number => (n === 0 ? 0 : Math.min(n, Math.max(1, Math.ceil(share * n - 1e-9))));

/**
 * The cut-off of the lowest `share` of values: the k-th lowest value, k = ceil(share × n).
 * Every value ≤ the cut-off is in the bottom group, so ties at the boundary are included.
 */
export const bottomCutoff = (values: ArrayLike<number>, share: number): number | null => {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return sorted[bottomCount(share, values.length) - 1];
};

/**
 * Percentile ranks 0..100 where a HIGHER `badness` ranks LOWER: the worst gets 0, the best 100.
 * Ties share their mid-rank. A single item gets 50.
 */
export const percentileRanksWorstFirst = (badness: ArrayLike<number>): number[] => {
  const n = badness.length;
  const ranks = new Array<number>(n);
  if (n === 0) return ranks;
  if (n === 1) {
    ranks[0] = 50;
    return ranks;
  }
  // Native numeric sort of a typed array, then binary search: no comparator calls.
  const sorted = Float64Array.from(badness).sort();
  const lowerBound = (v: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const upperBound = (v: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (let i = 0; i < n; i++) {
    const v = badness[i];
    const lower = lowerBound(v);
    // Ties are few: count them by a short scan, falling back to the second search for long runs.
    let upper = lower;
    while (upper < n && upper - lower < 8 && sorted[upper] === v) upper++;
    if (upper - lower === 8 || v !== v) upper = upperBound(v);
    const greater = n - upper; // worse schools come first
    const equal = upper - lower;
    const midRank = greater + (equal - 1) / 2; // 0-based, ties share the mid-rank
    ranks[i] = stable((100 * midRank) / (n - 1));
  }
  return ranks;
};

export interface Weighted {
  sum: number;
  weight: number;
}

export const weightedMean = (w: Weighted): number | null => (w.weight > 0 ? w.sum / w.weight : null);

/** Mean and population standard deviation. */
export const meanAndSd = (values: number[]): { mean: number; sd: number } => {
  const n = values.length;
  if (n === 0) return { mean: 0, sd: 0 };
  let s = 0;
  for (const v of values) s += v;
  const mean = s / n;
  let q = 0;
  for (const v of values) q += (v - mean) * (v - mean);
  return { mean, sd: Math.sqrt(q / n) };
};
