import type { Dataset, School } from './records';
import type { SchoolOrdinals } from './ordinals';

/**
 * Every school of a run, numbered once (its ordinal): the registry's schools first, then the others
 * as first written in a table. What a school-year needs is then read from arrays by ordinal.
 */

export type Names = Map<string, { name: string; municipality?: string }>;

export interface Schools {
  ordinals: SchoolOrdinals;
  /** By ordinal: the key, the name, and the registry's record (the last one given for the key). */
  keyOf: string[];
  nameOf: { name: string; municipality?: string }[];
  registryOf: (School | undefined)[];
  /** Ordinals below this are the registry's schools. */
  registryCount: number;
  /** Ordinals with data (results, olympiads, social passport) per year, first seen first. */
  ordinalsByYear: Map<number, number[]>;
  /** The school ordinal of each row of `dataset.results`, `dataset.olympiads` and `dataset.social`. */
  resultOrdinals: Int32Array;
  olympiadOrdinals: Int32Array;
  socialOrdinals: Int32Array;
}

export const collectSchools = (dataset: Dataset): Schools => {
  const ordinals: SchoolOrdinals = new Map();
  const keyOf: string[] = [];
  const nameOf: { name: string; municipality?: string }[] = [];
  const registryOf: (School | undefined)[] = [];
  const add = (key: string, value: { name: string; municipality?: string }): number => {
    let o = ordinals.get(key);
    if (o === undefined) {
      ordinals.set(key, (o = ordinals.size));
      keyOf.push(key);
      registryOf.push(undefined);
    }
    nameOf[o] = value;
    return o;
  };
  for (let i = 0; i < dataset.schools.length; i++) {
    const s = dataset.schools[i];
    registryOf[add(s.key, s.municipality ? { name: s.name, municipality: s.municipality } : { name: s.name })] = s;
  }
  const registryCount = keyOf.length;
  const ordinalsByYear = new Map<number, number[]>();
  // Per year, a mark per ordinal: a school is listed once however many rows and tables name it.
  const marksByYear = new Map<number, number[]>();
  // The marks and list of the year seen last: rows of one year usually come together.
  let markedYear = NaN;
  let marks: number[] = [];
  let listed: number[] = [];
  const see = (key: string, name: string, year: number, municipality?: string): number => {
    const o = ordinals.get(key) ?? add(key, municipality ? { name, municipality } : { name });
    if (year !== markedYear) {
      markedYear = year;
      let found = marksByYear.get(year);
      if (!found) {
        marksByYear.set(year, (found = []));
        ordinalsByYear.set(year, []);
      }
      marks = found;
      listed = ordinalsByYear.get(year)!;
    }
    if (marks[o] !== 1) {
      marks[o] = 1;
      listed.push(o);
    }
    return o;
  };
  // Rows of one school and year usually come together: a repeat is skipped before reading the rest of the row.
  let lastKey: string | undefined;
  let lastYear: number | undefined;
  let ordinal = -1;
  const ordinalsOf = (list: readonly { schoolKey: string; schoolName: string; year: number; municipality?: string }[]): Int32Array => {
    const out = new Int32Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (r.schoolKey !== lastKey || r.year !== lastYear) {
        lastKey = r.schoolKey;
        lastYear = r.year;
        ordinal = see(r.schoolKey, r.schoolName, r.year, r.municipality);
      }
      out[i] = ordinal;
    }
    return out;
  };
  const resultOrdinals = ordinalsOf(dataset.results);
  const olympiadOrdinals = ordinalsOf(dataset.olympiads);
  const socialOrdinals = ordinalsOf(dataset.social);
  return { ordinals, keyOf, nameOf, registryOf, registryCount, ordinalsByYear, resultOrdinals, olympiadOrdinals, socialOrdinals };
};

/** The ordinals a year evaluates: the registry's schools, then those with data this year that the registry lacks. */
export const ordinalsOfYear = (schools: Schools, year: number): number[] => {
  const out = new Array<number>(schools.registryCount);
  for (let o = 0; o < schools.registryCount; o++) out[o] = o;
  for (const o of schools.ordinalsByYear.get(year) ?? []) if (o >= schools.registryCount) out.push(o);
  return out;
};

/** Key → name of every school (for matching adjustments written by name). */
export const namesOf = (schools: Schools): Names => new Map(schools.keyOf.map((key, o) => [key, schools.nameOf[o]]));

/** School ordinals in display order: by name, then by key. */
export const displayOrder = (schools: Schools): number[] => {
  // Pairs sorted once: the comparator reads fields, no map lookups per comparison.
  const { keyOf, nameOf } = schools;
  const pairs = new Array<{ key: string; name: string; ordinal: number }>(keyOf.length);
  for (let o = 0; o < keyOf.length; o++) pairs[o] = { key: keyOf[o], name: nameOf[o].name, ordinal: o };
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
