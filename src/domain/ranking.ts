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
  return kthSmallest(Float64Array.from(values), bottomCount(share, values.length) - 1);
};

/** The value at 0-based position k of `xs` sorted (Hoare's selection: no full sort; `xs` is reordered). */
export const kthSmallest = (xs: Float64Array, k: number): number => {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const pivot = xs[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (xs[i] < pivot) i++;
      while (xs[j] > pivot) j--;
      if (i <= j) {
        const t = xs[i];
        xs[i++] = xs[j];
        xs[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return xs[k];
  }
  return xs[k];
};

/** The values that are numbers (NaN marks «not ranked»), in order. */
export const withoutNaN = (values: Float64Array): Float64Array => {
  const out = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) out[n++] = values[i];
  return out.subarray(0, n);
};

/** Whether typed arrays store a float64's low word first (every platform Office runs on does). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Positions 0..n−1 in ascending order of their (finite) values: a stable radix sort over the
 * IEEE-754 bits made orderable, four 16-bit digits, no comparator calls and no searching.
 */
export const ascendingOrder = (values: ArrayLike<number>): Uint32Array => {
  const n = values.length;
  const copy = new Float64Array(n);
  for (let i = 0; i < n; i++) copy[i] = values[i] + 0; // −0 + 0 is +0: equal values get equal bits
  const words = new Uint32Array(copy.buffer);
  const [loAt, hiAt] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + hiAt];
    const l = words[2 * i + loAt];
    // A negative number has every bit flipped (larger magnitude sorts first), a positive one only its sign bit.
    const negative = h >>> 31 === 1;
    hi[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    lo[i] = negative ? ~l >>> 0 : l;
  }
  let order = new Uint32Array(n);
  let spare = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const starts = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    starts.fill(0);
    for (let i = 0; i < n; i++) starts[(word[i] >>> shift) & 0xffff]++;
    // A digit every value shares orders nothing.
    if (starts[(word[0] >>> shift) & 0xffff] === n) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = starts[d];
      starts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const p = order[i];
      spare[starts[(word[p] >>> shift) & 0xffff]++] = p;
    }
    [order, spare] = [spare, order];
  }
  return order;
};

/**
 * Percentile ranks 0..100 where a HIGHER `badness` ranks LOWER: the worst gets 0, the best 100.
 * Ties share their mid-rank. A single item gets 50. Values are finite.
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
  const order = ascendingOrder(badness);
  for (let lower = 0; lower < n; ) {
    const v = badness[order[lower]];
    let upper = lower + 1;
    while (upper < n && badness[order[upper]] === v) upper++;
    const greater = n - upper; // worse schools come first
    const midRank = greater + (upper - lower - 1) / 2; // 0-based, ties share the mid-rank
    const rank = stable((100 * midRank) / (n - 1));
    for (let k = lower; k < upper; k++) ranks[order[k]] = rank;
    lower = upper;
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
