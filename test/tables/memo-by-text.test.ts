import { memoByText } from '../../src/util/memo-by-text';

/** One computation per distinct text, whether a text repeats at once, comes back later, or is a new string of the same text. */
test('each distinct text is computed once and gives the same value', () => {
  const calls: string[] = [];
  const length = memoByText((t: string) => {
    calls.push(t);
    return { length: t.length };
  });
  const school = ['МБОУ', '"СОШ № 1"'].join(' ');
  const again = `МБОУ "СОШ № ${1}"`;
  const first = length(school);
  expect(length(school)).toBe(first);
  expect(length(again)).toBe(first);
  expect(length('Математика')).toEqual({ length: 10 });
  expect(length(school)).toBe(first);
  expect(length('')).toEqual({ length: 0 });
  expect(length('')).toEqual({ length: 0 });
  expect(calls).toEqual([school, 'Математика', '']);
});

test('a value of undefined is remembered too, and a full cache starts afresh', () => {
  let calls = 0;
  const none = memoByText((): undefined => {
    calls++;
    return undefined;
  }, 2);
  for (const t of ['a', 'b', 'a', 'b']) none(t);
  expect(calls).toBe(2);
  none('c'); // the cache was full: cleared, then 'c' kept
  none('a');
  expect(calls).toBe(4);
});
