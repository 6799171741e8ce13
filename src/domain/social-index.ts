import type { SocialRecord } from './records';
import { bottomCutoff, meanAndSd, stable } from './ranking';
import { makeFinding, type RuleTexts } from './rules';
import { activeSocialComponents, socialComponentLabel, type Settings, type SocialComponent } from './settings';
import type { Finding, FindingPart } from './types';

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
  for (const r of records) {
    const list = index.get(r.schoolKey);
    if (list) list.push(r);
    else index.set(r.schoolKey, [r]);
  }
  for (const list of index.values()) if (!isByYear(list)) list.sort((a, b) => a.year - b.year);
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
}

/** Each active component's weight, sign and spread over the schools that have it. */
const componentScales = (records: readonly SocialRecord[], settings: Settings): ComponentScale[] =>
  activeSocialComponents(settings).map((component) => {
    const values: number[] = [];
    for (const r of records) {
      const v = r[component];
      if (typeof v === 'number') values.push(v);
    }
    const { sign, weight } = settings.social.components[component];
    return { component, label: socialComponentLabel(component), ...meanAndSd(values), sign, weight };
  });

/** Index value per school for one year (schools with no usable component are absent). */
export const socialIndexValues = (social: SocialIndex, year: number, settings: Settings): Map<string, SocialIndexValue> => {
  const records = new Map<string, SocialRecord>();
  for (const [key, list] of social) {
    const r = latestUpTo(list, year);
    if (r) records.set(key, r);
  }
  const scales = componentScales([...records.values()], settings);
  const standardise = settings.social.standardisation === 'z';
  const out = new Map<string, SocialIndexValue>();
  for (const [key, r] of records) {
    let sum = 0;
    let weight = 0;
    const present = scales.filter((c) => typeof r[c.component] === 'number');
    for (const c of present) {
      const v = r[c.component] as number;
      const standardised = standardise ? (c.sd > 0 ? (v - c.mean) / c.sd : 0) : v;
      sum += c.sign * c.weight * standardised;
      weight += c.weight;
    }
    const parts: FindingPart[] = present.map((c) => ({ label: c.label, value: r[c.component] as number }));
    if (weight > 0) out.set(key, { index: stable(sum / weight), record: r, parts });
  }
  return out;
};

export const evaluateSocialIndex = (
  social: SocialIndex,
  year: number,
  settings: Settings,
  texts: RuleTexts,
): { findings: Map<string, Finding>; cutoff: number | null } => {
  const values = socialIndexValues(social, year, settings);
  const indexes = new Float64Array(values.size);
  let i = 0;
  for (const v of values.values()) indexes[i++] = v.index;
  const cutoff = bottomCutoff(indexes, settings.quartileShare);
  const out = new Map<string, Finding>();
  for (const [key, v] of values) {
    out.set(
      key,
      makeFinding('S1', year, texts, {
        flagged: cutoff !== null && v.index <= cutoff,
        value: v.index,
        threshold: cutoff,
        source: [v.record.source],
        parts: v.parts,
        dataYear: v.record.year,
      }),
    );
  }
  return { findings: out, cutoff };
};
