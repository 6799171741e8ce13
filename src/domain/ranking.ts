/** Ranking helpers shared by R1 and S1. */

/** Rounds away floating noise so that equal means compare equal (ties at a boundary are included). */
export const stable = (x: number): number => Math.round(x * 1e9) / 1e9;

/** k = ceil(share × n), guarded against floating noise (0.3 × 10 must give 3, not 4). */
export const bottomCount = (share: number, n: number): number => (n === 0 ? 0 : Math.min(n, Math.max(1, Math.ceil(share * n - 1e-9))));

/**
 * Working arrays kept from call to call and grown to the largest list: ranking a region's schools per
 * family and year would otherwise allocate them a dozen times per identification, and V8 answers that
 * much new buffer memory (over 64 MB since its last full collection) with a full collection of the whole
 * heap, input included. What a function returns is never one of them.
 */
const scratch = {
  size: 0,
  hi: new Uint32Array(0),
  lo: new Uint32Array(0),
  order: new Uint32Array(0),
  spare: new Uint32Array(0),
  numbers: new Float64Array(0),
  starts: new Uint32Array(65536),
};

const scratchFor = (n: number): typeof scratch => {
  if (scratch.size < n) {
    const size = Math.max(n, 2 * scratch.size);
    Object.assign(scratch, { size, hi: new Uint32Array(size), lo: new Uint32Array(size), order: new Uint32Array(size), spare: new Uint32Array(size), numbers: new Float64Array(size) });
  }
  return scratch;
};

/**
 * The cut-off of the lowest `share` of the values that are numbers (NaN marks «not ranked»): the k-th
 * lowest, k = ceil(share × n). Every value ≤ the cut-off is in the bottom group, so ties at the boundary are included.
 */
export const bottomCutoff = (values: ArrayLike<number>, share: number): number | null => {
  const { numbers } = scratchFor(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) numbers[n++] = values[i];
  if (n === 0) return null;
  return kthSmallest(numbers.subarray(0, n), bottomCount(share, n) - 1);
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

/** Whether typed arrays store a float64's low word first (every platform Office runs on does). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** One float64 seen as its two 32-bit words: a value's bits without copying the whole list. */
const bits = new Float64Array(1);
const bitWords = new Uint32Array(bits.buffer);
const [LO_WORD, HI_WORD] = LITTLE_ENDIAN ? [0, 1] : [1, 0];

/**
 * Positions 0..n−1 in ascending order of their (finite) values, in the shared scratch: valid until the
 * next call. A stable radix sort over the IEEE-754 bits made orderable, four 16-bit digits, no comparator
 * calls and no searching.
 */
const sortPositions = (values: ArrayLike<number>): Uint32Array => {
  const n = values.length;
  const { hi, lo, starts } = scratchFor(n);
  let { order, spare } = scratch;
  for (let i = 0; i < n; i++) {
    bits[0] = values[i] + 0; // −0 + 0 is +0: equal values get equal bits
    const h = bitWords[HI_WORD];
    const l = bitWords[LO_WORD];
    // A negative number has every bit flipped (larger magnitude sorts first), a positive one only its sign bit.
    const negative = h >>> 31 === 1;
    hi[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    lo[i] = negative ? ~l >>> 0 : l;
    order[i] = i;
  }
  for (let pass = 0; pass < 4 && n > 0; pass++) {
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

/** Positions 0..n−1 in ascending order of their (finite) values; equal values keep their input order. */
export const ascendingOrder = (values: ArrayLike<number>): Uint32Array => sortPositions(values).slice(0, values.length);

/**
 * Percentile ranks 0..100 where a HIGHER `badness` ranks LOWER: the worst gets 0, the best 100.
 * Ties share their mid-rank. A single item gets 50. Values are finite.
 * Item j's rank is written to `into[at[j]]` (`into[j]` without `at`): a caller that keeps ranks by its own
 * positions gets them there without a list in between.
 */
export const percentileRanksWorstFirst = (badness: ArrayLike<number>, into = new Float64Array(badness.length), at?: ArrayLike<number>): Float64Array => {
  const n = badness.length;
  const place = (j: number, rank: number) => (into[at === undefined ? j : at[j]] = rank);
  if (n === 1) place(0, 50);
  if (n <= 1) return into;
  const order = sortPositions(badness);
  for (let lower = 0; lower < n; ) {
    const v = badness[order[lower]];
    let upper = lower + 1;
    while (upper < n && badness[order[upper]] === v) upper++;
    const greater = n - upper; // worse schools come first
    const midRank = greater + (upper - lower - 1) / 2; // 0-based, ties share the mid-rank
    const rank = stable((100 * midRank) / (n - 1));
    for (let k = lower; k < upper; k++) place(order[k], rank);
    lower = upper;
  }
  return into;
};

export interface Weighted {
  sum: number;
  weight: number;
}

export const weightedMean = (w: Weighted): number | null => (w.weight > 0 ? w.sum / w.weight : null);
