import { memoByText } from '../../src/util/memo-by-text';

describe('memoByText', () => {
  it('computes each text once, an undefined value included, and gives back what the function gave', () => {
    const calls: string[] = [];
    const f = memoByText((text: string) => {
      calls.push(text);
      return text === 'нет' ? undefined : { text };
    });
    const first = f('да');
    expect(f('да')).toBe(first);
    expect(first).toEqual({ text: 'да' });
    expect(f('нет')).toBeUndefined();
    expect(f('нет')).toBeUndefined();
    expect(calls).toEqual(['да', 'нет']);
  });

  it('starts afresh once the cache is full, and still answers right', () => {
    let calls = 0;
    const f = memoByText((text: string) => (calls++, text.length), 3);
    for (const t of ['a', 'bb', 'ccc', 'dddd', 'a']) f(t);
    expect(calls).toBe(5);
    expect(f('dddd')).toBe(4);
    expect(calls).toBe(5);
  });
});
