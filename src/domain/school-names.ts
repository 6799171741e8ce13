import type { Dataset } from './records';
import type { SchoolOrdinals } from './ordinals';

/** Every school of a run: its name, its ordinal, the years it has data in, and each result row's school. */

export type Names = Map<string, { name: string; municipality?: string }>;

export interface Schools {
  /** Registry first, then as first written in a table. */
  names: Names;
  /** Positions in `names`. */
  ordinals: SchoolOrdinals;
  keysByYear: Map<number, Set<string>>;
  /** The school ordinal of each of `dataset.results`. */
  resultOrdinals: Int32Array;
}

export const collectSchools = (dataset: Dataset): Schools => {
  const names: Names = new Map();
  const ordinals: SchoolOrdinals = new Map();
  const add = (key: string, value: { name: string; municipality?: string }): number => {
    names.set(key, value);
    let o = ordinals.get(key);
    if (o === undefined) ordinals.set(key, (o = ordinals.size));
    return o;
  };
  for (let i = 0; i < dataset.schools.length; i++) {
    const s = dataset.schools[i];
    add(s.key, s.municipality ? { name: s.name, municipality: s.municipality } : { name: s.name });
  }
  const keysByYear = new Map<number, Set<string>>();
  const see = (key: string, name: string, year: number, municipality?: string): number => {
    const o = ordinals.get(key) ?? add(key, municipality ? { name, municipality } : { name });
    let set = keysByYear.get(year);
    if (!set) keysByYear.set(year, (set = new Set()));
    set.add(key);
    return o;
  };
  // Rows of one school and year usually come together: a repeat is skipped before reading the rest of the row.
  let lastKey: string | undefined;
  let lastYear: number | undefined;
  let ordinal = -1;
  const { results } = dataset;
  const resultOrdinals = new Int32Array(results.length);
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    if (r.schoolKey !== lastKey || r.year !== lastYear) {
      lastKey = r.schoolKey;
      lastYear = r.year;
      ordinal = see(r.schoolKey, r.schoolName, r.year, r.municipality);
    }
    resultOrdinals[i] = ordinal;
  }
  for (const list of [dataset.olympiads, dataset.social])
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (r.schoolKey === lastKey && r.year === lastYear) continue;
      lastKey = r.schoolKey;
      lastYear = r.year;
      see(r.schoolKey, r.schoolName, r.year);
    }
  return { names, ordinals, keysByYear, resultOrdinals };
};

/** School ordinals (positions in `names`) in display order: by name, then by key. */
export const displayOrder = (names: Names): number[] => {
  // Pairs sorted once: the comparator reads fields, no map lookups per comparison.
  const pairs: { key: string; name: string; ordinal: number }[] = [];
  names.forEach((v, key) => pairs.push({ key, name: v.name, ordinal: pairs.length }));
  pairs.sort((p, q) => {
    const x = p.name;
    const y = q.name;
    const a = p.key;
    const b = q.key;
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
  const out = new Array<number>(pairs.length);
  for (let i = 0; i < pairs.length; i++) out[i] = pairs[i].ordinal;
  return out;
};
