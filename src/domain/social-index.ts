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
  for (const list of index.values()) list.sort((a, b) => a.year - b.year);
  return index;
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

/** Index value per school for one year (schools with no usable component are absent). */
export const socialIndexValues = (social: SocialIndex, year: number, settings: Settings): Map<string, SocialIndexValue> => {
  const components = activeSocialComponents(settings);
  const records = new Map<string, SocialRecord>();
  for (const [key, list] of social) {
    const r = latestUpTo(list, year);
    if (r) records.set(key, r);
  }
  const scale = new Map<SocialComponent, { mean: number; sd: number }>();
  for (const c of components) {
    const values: number[] = [];
    for (const r of records.values()) if (typeof r[c] === 'number') values.push(r[c]);
    scale.set(c, meanAndSd(values));
  }
  const out = new Map<string, SocialIndexValue>();
  for (const [key, r] of records) {
    let sum = 0;
    let weight = 0;
    const parts: FindingPart[] = [];
    for (const c of components) {
      const v = r[c];
      if (typeof v !== 'number') continue;
      const { mean, sd } = scale.get(c)!;
      const standardised = settings.social.standardisation === 'z' ? (sd > 0 ? (v - mean) / sd : 0) : v;
      const { sign, weight: w } = settings.social.components[c];
      sum += sign * w * standardised;
      weight += w;
      parts.push({ label: socialComponentLabel(c), value: v });
    }
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
  const cutoff = bottomCutoff([...values.values()].map((v) => v.index), settings.quartileShare);
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
