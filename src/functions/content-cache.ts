/**
 * Excel passes a fresh array on every call, so function inputs are remembered by their content:
 * per-row formulas (one per school) over the same ranges compute once. A small LRU.
 */
import { isOmitted } from './range';

const CACHE_SIZE = 4;

/**
 * A content key: one text, or several compared part by part. Parts are not joined into one text: a range's
 * JSON runs to megabytes, and joining (or hashing a joined text in a Map) would copy it once more per call.
 */
export type ContentKey = string | readonly string[];

export type ContentCache<T> = (key: ContentKey, compute: () => T) => T;

const sameKey = (a: ContentKey, b: ContentKey): boolean => {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

export const contentCache = <T>(size = CACHE_SIZE): ContentCache<T> => {
  // Least recently used first; a handful of entries, so a scan is all a lookup needs.
  const entries: { key: ContentKey; value: T }[] = [];
  return (key, compute) => {
    const at = entries.findIndex((e) => sameKey(e.key, key));
    if (at >= 0) {
      const [hit] = entries.splice(at, 1);
      entries.push(hit);
      return hit.value;
    }
    const value = compute();
    entries.push({ key, value });
    if (entries.length > size) entries.shift();
    return value;
  };
};

/** The content key of an argument; an omitted one has the same key whatever Excel passed for it. */
export const contentKey = (value: unknown): string => (isOmitted(value) ? 'null' : JSON.stringify(value));
