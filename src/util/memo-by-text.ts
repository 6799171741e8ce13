/** What the cache holds for a function value of `undefined` (so that a miss is one lookup, not two). */
const UNDEFINED = Symbol('undefined');

/**
 * A function of one string with its results remembered (a bounded cache, cleared when full): long
 * tables repeat the same school and subject names thousands of times.
 */
export const memoByText = <T>(fn: (text: string) => T, limit = 200_000): ((text: string) => T) => {
  const cache = new Map<string, T | typeof UNDEFINED>();
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined) return (hit === UNDEFINED ? undefined : hit) as T;
    const value = fn(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value === undefined ? UNDEFINED : value);
    return value;
  };
};
