import fc from 'fast-check';
import { ascendingOrder, bottomCount, bottomCutoff, kthSmallest, percentileRanksWorstFirst } from '../../src/domain/ranking';

describe('bottomCount: k = ceil(share × N)', () => {
  test.each([
    [1, 1],
    [3, 1],
    [4, 1],
    [5, 2],
    [8, 2],
    [9, 3],
    [40, 10],
    [41, 11],
  ])('N = %i → k = %i at share 0.25', (n, k) => {
    expect(bottomCount(0.25, n)).toBe(k);
  });

  test('floating noise does not add a school (0.3 × 10 = 3)', () => {
    expect(bottomCount(0.3, 10)).toBe(3);
  });
});

describe('bottomCutoff', () => {
  test('includes ties at the boundary', () => {
    const values = [1, 2, 2, 3, 4, 5, 6, 7]; // k = 2 → cutoff 2: three values ≤ 2
    const cutoff = bottomCutoff(values, 0.25)!;
    expect(values.filter((v) => v <= cutoff)).toEqual([1, 2, 2]);
  });
  test('empty input has no cutoff', () => {
    expect(bottomCutoff([], 0.25)).toBeNull();
  });
  test('NaN (not ranked) neither counts nor cuts: k comes from the numbers alone', () => {
    // Five numbers: k = ceil(0.25 × 5) = 2 → the second lowest, 2; counting the NaNs (n = 8) would give k = 2 too,
    // so a share where they differ: 0.5 → k = 3 of 5 (value 3), but 4 of 8.
    expect(bottomCutoff([NaN, 5, 1, NaN, 3, 2, NaN, 4], 0.5)).toBe(3);
    expect(bottomCutoff([NaN, NaN], 0.25)).toBeNull();
  });
});

describe('percentileRanksWorstFirst', () => {
  test('the largest badness ranks 0, the smallest 100, ties share the mid-rank', () => {
    expect(Array.from(percentileRanksWorstFirst([30, 10, 20, 20, 0]))).toEqual([0, 75, 37.5, 37.5, 100]);
  });
  test('a single item ranks in the middle', () => {
    expect(Array.from(percentileRanksWorstFirst([5]))).toEqual([50]);
  });
});

/** Values with many ties, both signs, zeros of both signs, fractions and large magnitudes. */
const values = fc.array(
  fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, -0, 1e-9, -1e-9, 20, 20.000000001)),
  { maxLength: 300 },
);

describe('ascendingOrder (radix sort on the float bits)', () => {
  test('orders every position by value, equal values keeping their input order', () => {
    fc.assert(
      fc.property(values, (xs) => {
        const order = Array.from(ascendingOrder(xs));
        const expected = xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b] || a - b);
        expect(order).toEqual(expected);
      }),
    );
  });
});

describe('ascendingOrder keeps no state between calls', () => {
  test('a result stays as it was after later calls on longer and shorter lists', () => {
    fc.assert(
      fc.property(fc.array(values, { minLength: 2, maxLength: 4 }), (lists) => {
        const orders = lists.map((xs) => ascendingOrder(xs));
        const ranks = lists.map((xs) => percentileRanksWorstFirst(xs));
        lists.forEach((xs, k) => {
          expect(Array.from(orders[k])).toEqual(xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b] || a - b));
          expect(Array.from(ranks[k])).toEqual(Array.from(percentileRanksWorstFirst(xs)));
        });
      }),
    );
  });
});

describe('percentileRanksWorstFirst into the caller’s positions', () => {
  test('item j’s rank lands at into[at[j]], every other slot untouched', () => {
    fc.assert(
      fc.property(values, fc.nat(5), (xs, spread) => {
        const size = xs.length * (spread + 1) + 1;
        const at = xs.map((_, j) => size - 1 - j * (spread + 1)); // distinct, descending, never slot 0
        const into = new Float64Array(size).fill(NaN);
        percentileRanksWorstFirst(xs, into, at);
        const ranks = percentileRanksWorstFirst(xs);
        const expected = new Array<number>(size).fill(NaN);
        xs.forEach((_, j) => (expected[at[j]] = ranks[j]));
        expect(Array.from(into)).toEqual(expected);
      }),
    );
  });
});

describe('percentileRanksWorstFirst against the definition', () => {
  test('rank = 100 × (worse + (equal − 1) / 2) / (n − 1), counted pairwise', () => {
    fc.assert(
      fc.property(values.filter((xs) => xs.length > 1), (xs) => {
        const ranks = percentileRanksWorstFirst(xs);
        xs.forEach((v, i) => {
          const worse = xs.filter((w) => w > v).length;
          const equal = xs.filter((w) => w === v).length;
          expect(ranks[i]).toBeCloseTo((100 * (worse + (equal - 1) / 2)) / (xs.length - 1), 9);
        });
      }),
    );
  });
});

describe('kthSmallest (selection without a full sort)', () => {
  test('equals the k-th value of the sorted list, for every k', () => {
    fc.assert(
      fc.property(values.filter((xs) => xs.length > 0), fc.nat(), (xs, at) => {
        const k = at % xs.length;
        const sorted = [...xs].sort((a, b) => a - b);
        expect(kthSmallest(Float64Array.from(xs), k) === sorted[k]).toBe(true); // === : −0 and 0 are the same cut-off
      }),
    );
  });
});
