import type { SocialRecord } from './records';
import { bottomCutoff, meanAndSd, stable, withoutNaN } from './ranking';
import { makeFinding, type RuleTexts } from './rules';
import { activeSocialComponents, type Settings } from './settings';
import { socialComponentLabel, type SocialComponent } from './criteria';
import type { Finding, FindingPart } from './types';
import { chainRowsBySchool, type RowChains } from './ordinals';
import type { CriterionColumn } from './criterion-column';

/**
 * S1 social well-being index (ИСБ). For each component of the chosen variant: the school's share,
 * standardised as a z-score over the schools that have it (or raw), times sign and weight;
 * the index is the weighted mean over the components the school has, so a missing share neither
 * helps nor hurts. The lowest `quartileShare` of indexes are flagged, ties at the boundary included.
 * A school without a record for the year uses its latest earlier record (dataYear says which).
 */

/** Each school's social passport rows by ordinal (`head[o]`, then `next[row]`; −1 ends), schools in the order their first row comes. */
export interface SocialIndex extends RowChains {
  records: readonly SocialRecord[];
}

/** `ordinalOf`: each record's school ordinal, below `schoolCount`. */
export const indexSocial = (records: readonly SocialRecord[], ordinalOf: Int32Array, schoolCount: number): SocialIndex => ({
  records,
  ...chainRowsBySchool(ordinalOf, schoolCount),
});

/** The school's record of the latest year up to `year` (of two for one year, the later row). */
const latestUpTo = (social: SocialIndex, o: number, year: number): SocialRecord | undefined => {
  let found: SocialRecord | undefined;
  for (let row = social.head[o]; row !== -1; row = social.next[row]) {
    const r = social.records[row];
    if (r.year <= year && (found === undefined || r.year >= found.year)) found = r;
  }
  return found;
};

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
    case 'noLearningMotivation':
      return r.noLearningMotivation;
  }
};

/** Each active component's weight, sign and spread over the schools that have it. */
const componentScales = (records: readonly SocialRecord[], settings: Settings): ComponentScale[] => {
  const n = records.length;
  const components = activeSocialComponents(settings);
  const columns = components.map(() => new Float64Array(n));
  const presents = components.map(() => new Uint8Array(n));
  // One pass over the records for every component: each record is read while it is at hand.
  for (let i = 0; i < n; i++) {
    const r = records[i];
    for (let k = 0; k < components.length; k++) {
      const v = componentOf(r, components[k]);
      if (typeof v !== 'number') continue;
      columns[k][i] = v;
      presents[k][i] = 1;
    }
  }
  return components.map((component, k) => {
    const column = columns[k];
    const present = presents[k];
    const values = new Float64Array(n);
    let count = 0;
    for (let i = 0; i < n; i++) if (present[i] === 1) values[count++] = column[i];
    const { sign, weight } = settings.social.components[component];
    const { mean, sd } = meanAndSd(values.subarray(0, count));
    return { component, label: socialComponentLabel(component), mean, sd, sign, weight, column, present };
  });
};

/** One year's index per school, as parallel arrays (index NaN when the school has no usable component). */
interface YearIndex {
  ordinals: number[];
  records: SocialRecord[];
  index: Float64Array;
  scales: ComponentScale[];
}

const yearIndex = (social: SocialIndex, year: number, settings: Settings): YearIndex => {
  const ordinals: number[] = [];
  const records: SocialRecord[] = [];
  for (let k = 0; k < social.schools.length; k++) {
    const o = social.schools[k];
    const r = latestUpTo(social, o, year);
    if (r) {
      ordinals.push(o);
      records.push(r);
    }
  }
  const scales = componentScales(records, settings);
  const standardise = settings.social.standardisation === 'z';
  const index = new Float64Array(records.length);
  for (let i = 0; i < records.length; i++) {
    let sum = 0;
    let weight = 0;
    for (let k = 0; k < scales.length; k++) {
      const c = scales[k];
      if (c.present[i] === 0) continue;
      const v = c.column[i];
      const standardised = standardise ? (c.sd > 0 ? (v - c.mean) / c.sd : 0) : v;
      sum += c.sign * c.weight * standardised;
      weight += c.weight;
    }
    index[i] = weight > 0 ? stable(sum / weight) : NaN;
  }
  return { ordinals, records, index, scales };
};

/** The components record `i` has, with their raw shares: the finding's explanation. */
const partsOf = (scales: readonly ComponentScale[], i: number): FindingPart[] => {
  let present = 0;
  for (const c of scales) present += c.present[i];
  const parts = new Array<FindingPart>(present);
  let p = 0;
  for (const c of scales) if (c.present[i] === 1) parts[p++] = { label: c.label, value: c.column[i] };
  return parts;
};

export const evaluateSocialIndex = (
  social: SocialIndex,
  schoolCount: number,
  year: number,
  settings: Settings,
  texts: RuleTexts,
  /** With each school's components as the finding's parts. */
  explain: boolean,
): { column: CriterionColumn; cutoff: number | null } => {
  const { ordinals, records, index, scales } = yearIndex(social, year, settings);
  const cutoff = bottomCutoff(withoutNaN(index), settings.quartileShare);
  // By ordinal: the school's position in the year's index, −1 without one.
  const positionOf = new Int32Array(schoolCount).fill(-1);
  for (let i = 0; i < ordinals.length; i++) if (!Number.isNaN(index[i])) positionOf[ordinals[i]] = i;
  const isFlagged = (v: number) => cutoff !== null && v <= cutoff;
  const finding = (o: number): Finding | undefined => {
    const i = positionOf[o];
    if (i === -1) return undefined;
    const record = records[i];
    return makeFinding('S1', year, texts, {
      flagged: isFlagged(index[i]),
      value: index[i],
      threshold: cutoff,
      source: [record.source],
      parts: explain ? partsOf(scales, i) : undefined,
      dataYear: record.year,
    });
  };
  return { column: { flagged: (o) => positionOf[o] !== -1 && isFlagged(index[positionOf[o]]), finding }, cutoff };
};
