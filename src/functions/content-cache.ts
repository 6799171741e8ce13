/**
 * Excel passes a fresh array on every call, so function inputs are remembered by their content:
 * per-row formulas (one per school) over the same ranges compute once. A small LRU.
 */
import { isOmitted } from './range';

const CACHE_SIZE = 4;

export type ContentCache<T> = (key: string, compute: () => T) => T;

export const contentCache = <T>(size = CACHE_SIZE): ContentCache<T> => {
  const cache = new Map<string, T>();
  return (key, compute) => {
    if (cache.has(key)) {
      const hit = cache.get(key)!;
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const value = compute();
    cache.set(key, value);
    if (cache.size > size) cache.delete(cache.keys().next().value as string);
    return value;
  };
};

/** The content key of an argument; an omitted one has the same key whatever Excel passed for it. */
export const contentKey = (value: unknown): string => (isOmitted(value) ? 'null' : JSON.stringify(value));
