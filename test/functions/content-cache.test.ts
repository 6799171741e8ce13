/** The function inputs' cache: keys by content, compared part by part, the least recently used entry dropped. */
import { contentCache } from '../../src/functions/content-cache';

/** A cache of the given size and the keys it computed for, in order. */
const counting = (size = 2) => {
  const computed: string[] = [];
  const cache = contentCache<string>(size);
  const get = (key: string | string[]) => cache(key, () => (computed.push(JSON.stringify(key)), `value of ${JSON.stringify(key)}`));
  return { get, computed };
};

describe('content cache', () => {
  it('finds a key of equal parts, though a different array with different string objects', () => {
    const { get, computed } = counting();
    const first = get(['[[1,"a"]]', 'null']);
    expect(get([['[[1', '"a"]]'].join(','), 'nu' + 'll'])).toBe(first);
    expect(computed).toHaveLength(1);
  });

  it('tells keys apart by their parts, not by their joined text', () => {
    const { get, computed } = counting(4);
    get(['a\u0000b', 'c']);
    get(['a', 'b\u0000c']);
    get(['a\u0000b\u0000c']);
    expect(computed).toEqual([JSON.stringify(['a\u0000b', 'c']), JSON.stringify(['a', 'b\u0000c']), JSON.stringify(['a\u0000b\u0000c'])]);
  });

  it('drops the least recently used key when full; a key asked again is recent', () => {
    const { get, computed } = counting();
    get(['x']);
    get(['y']);
    get(['x']); // x is now the most recent
    get(['z']); // drops y
    get(['x']);
    get(['y']);
    expect(computed).toEqual(['["x"]', '["y"]', '["z"]', '["y"]']);
  });

  it('remembers nothing when the computation fails', () => {
    const cache = contentCache<number>(2);
    expect(() => cache(['k'], () => { throw new Error('bad range'); })).toThrow('bad range');
    expect(cache(['k'], () => 7)).toBe(7);
  });
});
