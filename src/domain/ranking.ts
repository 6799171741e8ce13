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
export const percentileRanksWorstFirst = (badness: ArrayLike<number>): Float64Array => {
  const n = badness.length;
  // A typed result: a generic array of fractions would box every rank.
  const ranks = new Float64Array(n);
  if (n === 0) return ranks;
  if (n === 1) {
    ranks[0] = 50;
    return ranks;
  }
  // Native numeric sort of a typed array, then binary search: no comparator calls.
  const sorted = Float64Array.from(badness).sort();
  for (let i = 0; i < n; i++) {
    const v = badness[i];
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    const lower = lo;
    // Ties are few: count them by a short scan, falling back to a second search for long runs.
    let upper = lower;
    while (upper < n && upper - lower < 8 && sorted[upper] === v) upper++;
    if (upper - lower === 8 || v !== v) {
      hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] <= v) lo = mid + 1;
        else hi = mid;
      }
      upper = lo;
    }
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
export const meanAndSd = (values: ArrayLike<number>): { mean: number; sd: number } => {
  const n = values.length;
  if (n === 0) return { mean: 0, sd: 0 };
  let s = 0;
  for (let i = 0; i < n; i++) s += values[i];
  const mean = s / n;
  let q = 0;
  for (let i = 0; i < n; i++) q += (values[i] - mean) * (values[i] - mean);
  return { mean, sd: Math.sqrt(q / n) };
};
