import '../support/fast-check-seed';
import fc from 'fast-check';
import { END, NumberLists } from '../../src/util/number-lists';

/** Many short lists in shared arrays: each list must behave as its own array would, however the lists interleave. */
describe('NumberLists', () => {
  it('keeps each of many interleaved lists as an array would: values in order, membership, a shared value', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(9), fc.oneof(fc.integer({ min: -3, max: 3000 }), fc.constant(NaN), fc.double())), { maxLength: 3000 }), (adds) => {
        const lists = new NumberLists();
        const heads = new Array<number>(10).fill(END);
        const arrays: number[][] = Array.from({ length: 10 }, () => []);
        for (const [owner, value] of adds) {
          heads[owner] = lists.add(heads[owner], value);
          arrays[owner].push(value);
        }
        for (let owner = 0; owner < 10; owner++) {
          expect(lists.inOrder(heads[owner])).toEqual(arrays[owner]);
          for (const probe of [0, 1, 2999, NaN, ...arrays[owner].slice(0, 3)]) expect(lists.has(heads[owner], probe)).toBe(arrays[owner].includes(probe));
          const other = (owner + 1) % 10;
          expect(lists.meet(heads[owner], heads[other])).toBe(arrays[owner].some((v) => arrays[other].includes(v)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the empty list holds nothing', () => {
    const lists = new NumberLists();
    expect(lists.inOrder(END)).toEqual([]);
    expect(lists.has(END, 0)).toBe(false);
    expect(lists.meet(END, lists.add(END, 1))).toBe(false);
  });
});
