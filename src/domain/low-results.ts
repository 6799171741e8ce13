import { FAMILIES, FAMILY_COUNT, type SourceRef } from './records';
import type { FamilyGaps } from './family-gaps';
import { bottomCutoff, percentileRanksWorstFirst, stable } from './ranking';
import { makeFinding, type RuleTexts } from './rules';
import type { Settings } from './settings';
import type { Finding, FindingPart } from './types';
import type { CriterionColumn } from './criterion-column';

/** R1 (bottom quartile by composite rank) and R2 (gap to the region) for one year. */

export interface LowResults {
  /** By the school's ordinal (see `SchoolOrdinals`); no finding for a school without results. */
  r1: CriterionColumn;
  r2: CriterionColumn;
  /** The R1 composite cut-off (null when nobody is ranked). */
  cutoff: number | null;
}

const UNRELIABLE_NOTE = 'меньше участников, чем минимальное число: группа не ранжируется и не учитывается в R2';

/**
 * Percentile rank per family, aligned with `schools` (NaN = not ranked in that family).
 * Typed arrays indexed by school position: no per-school map entry or rank array.
 */
const familyRanks = (g: FamilyGaps): Float64Array[] => {
  const { schools } = g;
  // The ranked schools' positions and gaps, reused from family to family.
  const ranked = new Int32Array(schools.length);
  const badness = new Float64Array(schools.length);
  return FAMILIES.map((_, family) => {
    const ranks = new Float64Array(schools.length).fill(NaN);
    let n = 0;
    for (let i = 0; i < schools.length; i++) {
      if (!g.isReliable(schools[i], family)) continue;
      ranked[n] = i;
      badness[n++] = g.gap(schools[i], family);
    }
    return percentileRanksWorstFirst(badness.subarray(0, n), ranks, ranked);
  });
};

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

/** What every school's R1 and R2 of one year are built from: kept, so a finding is built when asked for. */
interface YearContext {
  gaps: FamilyGaps;
  /** Per family, the percentile rank of each school of `gaps.schools` (NaN: not ranked). */
  ranks: readonly Float64Array[];
  composite: Float64Array;
  cutoff: number | null;
  year: number;
  settings: Settings;
  texts: RuleTexts;
  /** With the per-family parts. */
  explain: boolean;
}

/**
 * R1 or R2 of the school at position `i` of `gaps.schools`, with its parts and sources (arrays sized exactly).
 * One pass over the families, no intermediate arrays.
 */
const schoolFinding = (ctx: YearContext, code: 'R1' | 'R2', i: number): Finding => {
  const { gaps: g, ranks, year, settings, texts, cutoff } = ctx;
  const o = g.schools[i];
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
  let p = 0;
  let s = 0;
  for (let family = 0; family < FAMILY_COUNT; family++) {
    if (!g.has(o, family)) continue;
    const r = ranks[family][i];
    const reliable = g.isReliable(o, family);
    if (parts) parts[p++] = { label: FAMILIES[family], value: g.gap(o, family), participants: g.participants(o, family), rank: Number.isNaN(r) ? null : r, reliable };
    s = g.copySources(o, family, source, s);
    participants += g.participants(o, family);
    if (!reliable) unreliable = unreliable === undefined ? FAMILIES[family] : `${unreliable}, ${FAMILIES[family]}`;
  }
  const note = unreliable !== undefined ? `${unreliable}: ${UNRELIABLE_NOTE}` : undefined;
  if (code === 'R1') {
    const value = r1Value(ctx, i);
    return makeFinding('R1', year, texts, { flagged: isR1(value, cutoff), value, threshold: cutoff, participants, source, parts, note });
  }
  const gap = maxReliableGap(g, o);
  return makeFinding('R2', year, texts, { flagged: isR2(gap, settings), value: gap, threshold: settings.gapThreshold, participants, source, parts, note });
};

const r1Value = (ctx: YearContext, i: number): number | null => (Number.isNaN(ctx.composite[i]) ? null : ctx.composite[i]);
const isR1 = (value: number | null, cutoff: number | null): boolean => value !== null && cutoff !== null && value <= cutoff;
const isR2 = (gap: number | null, settings: Settings): boolean => gap !== null && gap > settings.gapThreshold;

/** The largest gap among the school's reliable families (null when none is). */
const maxReliableGap = (g: FamilyGaps, o: number): number | null => {
  let maxGap = -Infinity;
  for (let family = 0; family < FAMILY_COUNT; family++) if (g.isReliable(o, family)) maxGap = Math.max(maxGap, g.gap(o, family));
  return maxGap === -Infinity ? null : maxGap;
};

/** R1 and R2 of every school with results in the year (`explain`: with the per-family parts); `schoolCount` sizes the arrays indexed by ordinal. */
export const evaluateLowResults = (gaps: FamilyGaps, schoolCount: number, year: number, settings: Settings, texts: RuleTexts, explain: boolean): LowResults => {
  const ranks = familyRanks(gaps);
  const composite = composites(ranks, gaps.schools.length);
  const cutoff = bottomCutoff(composite, settings.quartileShare);
  // By ordinal: the school's position in `gaps.schools`, −1 without results.
  const positionOf = new Int32Array(schoolCount).fill(-1);
  const r1Flags = new Uint8Array(schoolCount);
  const r2Flags = new Uint8Array(schoolCount);
  const ctx: YearContext = { gaps, ranks, composite, cutoff, year, settings, texts, explain };
  for (let i = 0; i < gaps.schools.length; i++) {
    const o = gaps.schools[i];
    positionOf[o] = i;
    if (isR1(r1Value(ctx, i), cutoff)) r1Flags[o] = 1;
    if (isR2(maxReliableGap(gaps, o), settings)) r2Flags[o] = 1;
  }
  const column = (code: 'R1' | 'R2', flags: Uint8Array): CriterionColumn => ({
    flagged: (o) => flags[o] === 1,
    finding: (o) => (positionOf[o] === -1 ? undefined : schoolFinding(ctx, code, positionOf[o])),
  });
  return { r1: column('R1', r1Flags), r2: column('R2', r2Flags), cutoff };
};
