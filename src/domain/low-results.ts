import { FAMILIES, FAMILY_COUNT, type SourceRef } from './records';
import type { FamilyGaps } from './family-gaps';
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
const familyRanks = (g: FamilyGaps): Float64Array[] =>
  FAMILIES.map((_, family) => {
    const { schools } = g;
    const ranks = new Float64Array(schools.length).fill(NaN);
    const ranked = new Int32Array(schools.length);
    const badness = new Float64Array(schools.length);
    let n = 0;
    for (let i = 0; i < schools.length; i++) {
      if (!g.isReliable(schools[i], family)) continue;
      ranked[n] = i;
      badness[n++] = g.gap(schools[i], family);
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

/** What every school's R1 and R2 of one year are built from. */
interface YearContext {
  out: LowResults;
  gaps: FamilyGaps;
  /** Per family, the percentile rank of each school of `gaps.schools` (NaN: not ranked). */
  ranks: readonly Float64Array[];
  composite: Float64Array;
  year: number;
  settings: Settings;
  texts: RuleTexts;
  /** With the per-family parts. */
  explain: boolean;
}

/**
 * Sets R1 and R2 of the school at position `i` of `gaps.schools`, sharing their parts and sources (arrays sized exactly: they are kept).
 * One pass over the families, no intermediate arrays: this runs for every school-year.
 */
const setSchoolFindings = (ctx: YearContext, i: number): void => {
  const { out, gaps: g, ranks, year, settings, texts } = ctx;
  const o = g.schools[i];
  const cutoff = out.cutoff;
  let count = 0;
  let sourceCount = 0;
  for (let family = 0; family < FAMILY_COUNT; family++) {
    if (!g.has(o, family)) continue;
    count++;
    sourceCount += g.rowCount(o, family);
  }
  const parts = ctx.explain ? new Array<FindingPart>(count) : undefined;
  const source = new Array<SourceRef>(sourceCount);
  let unreliable: string | undefined;
  let participants = 0;
  let maxGap = -Infinity;
  let p = 0;
  let s = 0;
  for (let family = 0; family < FAMILY_COUNT; family++) {
    if (!g.has(o, family)) continue;
    const r = ranks[family][i];
    const gap = g.gap(o, family);
    const reliable = g.isReliable(o, family);
    if (parts) parts[p++] = { label: FAMILIES[family], value: gap, participants: g.participants(o, family), rank: Number.isNaN(r) ? null : r, reliable };
    s = g.copySources(o, family, source, s);
    participants += g.participants(o, family);
    if (reliable) maxGap = Math.max(maxGap, gap);
    else unreliable = unreliable === undefined ? FAMILIES[family] : `${unreliable}, ${FAMILIES[family]}`;
  }
  const note = unreliable !== undefined ? `${unreliable}: ${UNRELIABLE_NOTE}` : undefined;
  const composite = ctx.composite[i];
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
export const evaluateLowResults = (gaps: FamilyGaps, schoolCount: number, year: number, settings: Settings, texts: RuleTexts, explain: boolean): LowResults => {
  const ranks = familyRanks(gaps);
  const composite = composites(ranks, gaps.schools.length);
  const cutoff = bottomCutoff(withoutNaN(composite), settings.quartileShare);
  const out: LowResults = { r1: new Array<Finding | undefined>(schoolCount), r2: new Array<Finding | undefined>(schoolCount), cutoff };
  const ctx: YearContext = { out, gaps, ranks, composite, year, settings, texts, explain };
  for (let i = 0; i < gaps.schools.length; i++) setSchoolFindings(ctx, i);
  return out;
};
