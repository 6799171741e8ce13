import type { SocialRecord } from './records';
import { bottomCutoff, stable } from './ranking';
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

/** Each active component's share per record (valid where `present` is 1), read in one pass over the records. */
const componentColumns = (records: readonly SocialRecord[], components: readonly SocialComponent[]): { column: Float64Array; present: Uint8Array }[] => {
  const n = records.length;
  const columns = components.map(() => ({ column: new Float64Array(n), present: new Uint8Array(n) }));
  for (let i = 0; i < n; i++) {
    const r = records[i];
    for (let k = 0; k < components.length; k++) {
      const v = componentOf(r, components[k]);
      if (typeof v !== 'number') continue;
      columns[k].column[i] = v;
      columns[k].present[i] = 1;
    }
  }
  return columns;
};

/** Mean and population standard deviation of the column's present values. */
const spreadOf = ({ column, present }: { column: Float64Array; present: Uint8Array }): { mean: number; sd: number } => {
  let count = 0;
  let sum = 0;
  for (let i = 0; i < column.length; i++) if (present[i] === 1) (sum += column[i]), count++;
  if (count === 0) return { mean: 0, sd: 0 };
  const mean = sum / count;
  let squares = 0;
  for (let i = 0; i < column.length; i++) if (present[i] === 1) squares += (column[i] - mean) * (column[i] - mean);
  return { mean, sd: Math.sqrt(squares / count) };
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
  const components = activeSocialComponents(settings);
  // The shares as columns while the index is computed, then let go: only a finding's parts read them again, from its record.
  const columns = componentColumns(records, components);
  const scales: ComponentScale[] = components.map((component, k) => {
    const { sign, weight } = settings.social.components[component];
    return { component, label: socialComponentLabel(component), ...spreadOf(columns[k]), sign, weight };
  });
  const standardise = settings.social.standardisation === 'z';
  const index = new Float64Array(records.length);
  for (let i = 0; i < records.length; i++) {
    let sum = 0;
    let weight = 0;
    for (let k = 0; k < scales.length; k++) {
      if (columns[k].present[i] === 0) continue;
      const c = scales[k];
      const v = columns[k].column[i];
      const standardised = standardise ? (c.sd > 0 ? (v - c.mean) / c.sd : 0) : v;
      sum += c.sign * c.weight * standardised;
      weight += c.weight;
    }
    index[i] = weight > 0 ? stable(sum / weight) : NaN;
  }
  return { ordinals, records, index, scales };
};

/** The components the record has, with their raw shares: the finding's explanation. */
const partsOf = (scales: readonly ComponentScale[], record: SocialRecord): FindingPart[] => {
  const parts: FindingPart[] = [];
  for (const c of scales) {
    const value = componentOf(record, c.component);
    if (typeof value === 'number') parts.push({ label: c.label, value });
  }
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
  const cutoff = bottomCutoff(index, settings.quartileShare);
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
      parts: explain ? partsOf(scales, record) : undefined,
      dataYear: record.year,
    });
  };
  return { column: { flagged: (o) => positionOf[o] !== -1 && isFlagged(index[positionOf[o]]), finding }, cutoff };
};
