import type { SocialRecord } from './records';
import { bottomCutoff, meanAndSd, stable } from './ranking';
import { makeFinding, type RuleTexts } from './rules';
import { activeSocialComponents, socialComponentLabel, type Settings, type SocialComponent } from './settings';
import type { Finding, FindingPart } from './types';
import type { SchoolOrdinals } from './ordinals';

/**
 * S1 social well-being index (ИСБ). For each component of the chosen variant: the school's share,
 * standardised as a z-score over the schools that have it (or raw), times sign and weight;
 * the index is the weighted mean over the components the school has, so a missing share neither
 * helps nor hurts. The lowest `quartileShare` of indexes are flagged, ties at the boundary included.
 * A school without a record for the year uses its latest earlier record (dataYear says which).
 */

export type SocialIndex = Map<string, SocialRecord[]>;

export const indexSocial = (records: SocialRecord[]): SocialIndex => {
  const index: SocialIndex = new Map();
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    const list = index.get(r.schoolKey);
    if (list) list.push(r);
    else index.set(r.schoolKey, [r]);
  }
  index.forEach((list) => {
    if (!isByYear(list)) list.sort((a, b) => a.year - b.year);
  });
  return index;
};

/** Records usually come in year order already: then the (stable) sort would change nothing. */
const isByYear = (list: SocialRecord[]): boolean => {
  for (let i = 1; i < list.length; i++) if (list[i - 1].year > list[i].year) return false;
  return true;
};

const latestUpTo = (list: SocialRecord[], year: number): SocialRecord | undefined => {
  let found: SocialRecord | undefined;
  for (const r of list) if (r.year <= year) found = r;
  return found;
};

export interface SocialIndexValue {
  index: number;
  record: SocialRecord;
  parts: FindingPart[];
}

interface ComponentScale {
  component: SocialComponent;
  label: string;
  mean: number;
  sd: number;
  sign: number;
  weight: number;
  /** The component per record (valid where `present` is 1): read once, not once per use. */
  column: Float64Array;
  present: Uint8Array;
}

/** The record's share for a component: named reads, where `record[component]` would be a keyed lookup per record. */
const componentOf = (r: SocialRecord, component: SocialComponent): number | undefined => {
  switch (component) {
    case 'bothParentsHigherEducation':
      return r.bothParentsHigherEducation;
    case 'unemployedParents':
      return r.unemployedParents;
    case 'singleParent':
      return r.singleParent;
    case 'deviant':
      return r.deviant;
    case 'nonNativeRussian':
      return r.nonNativeRussian;
  }
};

/** Each active component's weight, sign and spread over the schools that have it. */
const componentScales = (records: readonly SocialRecord[], settings: Settings): ComponentScale[] =>
  activeSocialComponents(settings).map((component) => {
    const n = records.length;
    const column = new Float64Array(n);
    const present = new Uint8Array(n);
    const values = new Float64Array(n);
    let count = 0;
    for (let i = 0; i < n; i++) {
      const v = componentOf(records[i], component);
      if (typeof v !== 'number') continue;
      column[i] = v;
      present[i] = 1;
      values[count++] = v;
    }
    const { sign, weight } = settings.social.components[component];
    const { mean, sd } = meanAndSd(values.subarray(0, count));
    return { component, label: socialComponentLabel(component), mean, sd, sign, weight, column, present };
  });

/** One year's index per school, as parallel arrays (index NaN when the school has no usable component). */
interface YearIndex {
  keys: string[];
  records: SocialRecord[];
  index: Float64Array;
  parts: FindingPart[][];
}

const yearIndex = (social: SocialIndex, year: number, settings: Settings): YearIndex => {
  const keys: string[] = [];
  const records: SocialRecord[] = [];
  social.forEach((list, key) => {
    const r = latestUpTo(list, year);
    if (r) {
      keys.push(key);
      records.push(r);
    }
  });
  const scales = componentScales(records, settings);
  const standardise = settings.social.standardisation === 'z';
  const index = new Float64Array(records.length);
  const parts = new Array<FindingPart[]>(records.length);
  for (let i = 0; i < records.length; i++) {
    let sum = 0;
    let weight = 0;
    let present = 0;
    for (const c of scales) present += c.present[i];
    const own = new Array<FindingPart>(present);
    let p = 0;
    for (const c of scales) {
      if (c.present[i] === 0) continue;
      const v = c.column[i];
      const standardised = standardise ? (c.sd > 0 ? (v - c.mean) / c.sd : 0) : v;
      sum += c.sign * c.weight * standardised;
      weight += c.weight;
      own[p++] = { label: c.label, value: v };
    }
    index[i] = weight > 0 ? stable(sum / weight) : NaN;
    parts[i] = own;
  }
  return { keys, records, index, parts };
};

/** Index value per school for one year (schools with no usable component are absent). */
export const socialIndexValues = (social: SocialIndex, year: number, settings: Settings): Map<string, SocialIndexValue> => {
  const { keys, records, index, parts } = yearIndex(social, year, settings);
  const out = new Map<string, SocialIndexValue>();
  for (let i = 0; i < keys.length; i++) if (!Number.isNaN(index[i])) out.set(keys[i], { index: index[i], record: records[i], parts: parts[i] });
  return out;
};

export const evaluateSocialIndex = (
  social: SocialIndex,
  ordinals: SchoolOrdinals,
  year: number,
  settings: Settings,
  texts: RuleTexts,
): { findings: (Finding | undefined)[]; cutoff: number | null } => {
  const { keys, records, index, parts } = yearIndex(social, year, settings);
  const cutoff = bottomCutoff(
    index.filter((v) => !Number.isNaN(v)),
    settings.quartileShare,
  );
  const out = new Array<Finding | undefined>(ordinals.size);
  for (let i = 0; i < keys.length; i++) {
    const v = index[i];
    if (Number.isNaN(v)) continue;
    const record = records[i];
    out[ordinals.get(keys[i])!] = makeFinding('S1', year, texts, {
      flagged: cutoff !== null && v <= cutoff,
      value: v,
      threshold: cutoff,
      source: [record.source],
      parts: parts[i],
      dataYear: record.year,
    });
  }
  return { findings: out, cutoff };
};
