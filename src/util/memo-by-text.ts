/** What the cache holds for a function value of `undefined` (so that a miss is one lookup, not two). */
const UNDEFINED = Symbol('undefined');

/**
 * A function of one string with its results remembered (a bounded cache, cleared when full): long
 * tables repeat the same school and subject names thousands of times. The last text asked is checked
 * first: a long table's rows of one school follow each other, each cell its own string of the same text.
 */
export const memoByText = <T>(fn: (text: string) => T, limit = 200_000): ((text: string) => T) => {
  const cache = new Map<string, T | typeof UNDEFINED>();
  let lastText: string | undefined;
  let lastValue: T;
  return (text: string): T => {
    if (text === lastText) return lastValue;
    const hit = cache.get(text);
    let value: T;
    if (hit !== undefined) value = (hit === UNDEFINED ? undefined : hit) as T;
    else {
      value = fn(text);
      if (cache.size >= limit) cache.clear();
      cache.set(text, value === undefined ? UNDEFINED : value);
    }
    lastText = text;
    lastValue = value;
    return value;
  };
};
