import { FAMILIES, type SourceRef } from './records';
import { copySources, hasFamily, isReliable, slotOf, type YearGaps } from './family-gaps';
import { bottomCutoff, percentileRanksWorstFirst, stable, withoutNaN } from './ranking';
import { makeFinding, type RuleTexts } from './rules';
import type { Settings } from './settings';
import type { Finding, FindingPart } from './types';

/** R1 (bottom quartile by composite rank) and R2 (gap to the region) for one year. */

export interface LowResults {
  /** Indexed by the school's ordinal (see `SchoolOrdinals`); undefined for a school without results. */
  r1: (Finding | undefined)[];
  r2: (Finding | undefined)[];
  /** The R1 composite cut-off (null when nobody is ranked). */
  cutoff: number | null;
}

const UNRELIABLE_NOTE = 'меньше участников, чем минимальное число: группа не ранжируется и не учитывается в R2';

/**
 * Percentile rank per family, aligned with `schools` (NaN = not ranked in that family).
 * Typed arrays indexed by school position: no per-school map entry or rank array.
 */
const familyRanks = (g: YearGaps): Float64Array[] =>
  FAMILIES.map((_, fi) => {
    const { schools } = g;
    const ranks = new Float64Array(schools.length).fill(NaN);
    const ranked = new Int32Array(schools.length);
    const badness = new Float64Array(schools.length);
    let n = 0;
    for (let i = 0; i < schools.length; i++) {
      const slot = slotOf(schools[i], fi);
      if (!isReliable(g, slot)) continue;
      ranked[n] = i;
      badness[n++] = g.gap[slot];
    }
    const pr = percentileRanksWorstFirst(badness.subarray(0, n));
    for (let j = 0; j < n; j++) ranks[ranked[j]] = pr[j];
    return ranks;
  });

/** Mean of the school's family ranks (NaN when it is ranked in none). */
const composites = (ranks: readonly Float64Array[], n: number): Float64Array => {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let count = 0;
    for (const r of ranks) if (!Number.isNaN(r[i])) (sum += r[i]), count++;
    out[i] = count === 0 ? NaN : stable(sum / count);
  }
  return out;
};

/**
 * Sets R1 and R2 of the school at position `i` of `g.schools`, sharing their parts and sources (arrays sized exactly: they are kept).
 * One pass over the families, no intermediate arrays: this runs for every school-year.
 */
const setSchoolFindings = (
  out: LowResults,
  g: YearGaps,
  rank: readonly Float64Array[],
  i: number,
  composite: number,
  year: number,
  settings: Settings,
  texts: RuleTexts,
  explain: boolean,
): void => {
  const o = g.schools[i];
  const cutoff = out.cutoff;
  let count = 0;
  let sourceCount = 0;
  for (let fi = 0; fi < 3; fi++) {
    const slot = slotOf(o, fi);
    if (!hasFamily(g, slot)) continue;
    count++;
    sourceCount += g.rowCount[slot];
  }
  const parts = explain ? new Array<FindingPart>(count) : undefined;
  const source = new Array<SourceRef>(sourceCount);
  let unreliable: string | undefined;
  let participants = 0;
  let maxGap = -Infinity;
  let p = 0;
  let s = 0;
  for (let fi = 0; fi < 3; fi++) {
    const slot = slotOf(o, fi);
    if (!hasFamily(g, slot)) continue;
    const r = rank[fi][i];
    const gap = g.gap[slot];
    const reliable = isReliable(g, slot);
    if (parts) parts[p++] = { label: FAMILIES[fi], value: gap, participants: g.participants[slot], rank: Number.isNaN(r) ? null : r, reliable };
    s = copySources(g, slot, source, s);
    participants += g.participants[slot];
    if (reliable) maxGap = Math.max(maxGap, gap);
    else unreliable = unreliable === undefined ? FAMILIES[fi] : `${unreliable}, ${FAMILIES[fi]}`;
  }
  const note = unreliable !== undefined ? `${unreliable}: ${UNRELIABLE_NOTE}` : undefined;
  const value = Number.isNaN(composite) ? null : composite;
  const gap = maxGap === -Infinity ? null : maxGap;
  out.r1[o] = makeFinding('R1', year, texts, {
    flagged: value !== null && cutoff !== null && value <= cutoff,
    value,
    threshold: cutoff,
    participants,
    source,
    parts,
    note,
  });
  out.r2[o] = makeFinding('R2', year, texts, {
    flagged: gap !== null && gap > settings.gapThreshold,
    value: gap,
    threshold: settings.gapThreshold,
    participants,
    source,
    parts,
    note,
  });
};

/** R1 and R2 of every school with results in the year (`explain`: with the per-family parts); `schoolCount` sizes the arrays indexed by ordinal. */
export const evaluateLowResults = (g: YearGaps, schoolCount: number, year: number, settings: Settings, texts: RuleTexts, explain: boolean): LowResults => {
  const ranks = familyRanks(g);
  const composite = composites(ranks, g.schools.length);
  const cutoff = bottomCutoff(withoutNaN(composite), settings.quartileShare);

  const out: LowResults = { r1: new Array<Finding | undefined>(schoolCount), r2: new Array<Finding | undefined>(schoolCount), cutoff };
  for (let i = 0; i < g.schools.length; i++) setSchoolFindings(out, g, ranks, i, composite[i], year, settings, texts, explain);
  return out;
};
