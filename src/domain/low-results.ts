import { FAMILIES, type SourceRef } from './records';
import { FAMILY_INDEX, type FamilyGap, type FamilyGaps } from './gaps';
import { bottomCutoff, percentileRanksWorstFirst, stable } from './ranking';
import { makeFinding, type RuleTexts } from './rules';
import type { Settings } from './settings';
import type { Finding, FindingPart } from './types';

/** R1 (bottom quartile by composite rank) and R2 (gap to the region) for one year. */

export interface LowResults {
  r1: Map<string, Finding>;
  r2: Map<string, Finding>;
  /** The R1 composite cut-off (null when nobody is ranked). */
  cutoff: number | null;
}

const UNRELIABLE_NOTE = 'меньше участников, чем минимальное число: группа не ранжируется и не учитывается в R2';

/**
 * Percentile rank per family, aligned with `schools` (NaN = not ranked in that family).
 * Typed arrays indexed by school position: no per-school map entry or rank array.
 */
const familyRanks = (schools: readonly FamilyGaps[]): Float64Array[] =>
  FAMILIES.map((_, fi) => {
    const ranks = new Float64Array(schools.length).fill(NaN);
    const ranked: number[] = [];
    const badness: number[] = [];
    for (let i = 0; i < schools.length; i++) {
      const fg = schools[i][fi];
      if (fg !== undefined && fg.reliable) {
        ranked.push(i);
        badness.push(fg.gap);
      }
    }
    const pr = percentileRanksWorstFirst(badness);
    for (let j = 0; j < ranked.length; j++) ranks[ranked[j]] = pr[j];
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

const rankedValues = (values: Float64Array): Float64Array => values.filter((v) => !Number.isNaN(v));

/** The parts, sources and participants that R1 and R2 of one school share (arrays sized exactly: they are kept). */
const familyParts = (g: FamilyGaps, ranks: readonly Float64Array[], i: number) => {
  const present = g.filter((fg): fg is FamilyGap => fg !== undefined);
  const parts: FindingPart[] = present.map((fg) => {
    const rank = ranks[FAMILY_INDEX[fg.family]][i];
    return { label: fg.family, value: fg.gap, participants: fg.participants, rank: Number.isNaN(rank) ? null : rank, reliable: fg.reliable };
  });
  const source = present.length === 1 ? present[0].source.slice() : ([] as SourceRef[]).concat(...present.map((fg) => fg.source));
  let unreliable: string[] | undefined;
  let participants = 0;
  let maxGap = -Infinity;
  for (const fg of present) {
    participants += fg.participants;
    if (fg.reliable) maxGap = Math.max(maxGap, fg.gap);
    else (unreliable ??= []).push(fg.family);
  }
  const note = unreliable ? `${unreliable.join(', ')}: ${UNRELIABLE_NOTE}` : undefined;
  return { parts, source, participants, maxGap, note };
};

export const evaluateLowResults = (gaps: Map<string, FamilyGaps>, year: number, settings: Settings, texts: RuleTexts): LowResults => {
  const keys = [...gaps.keys()];
  const schools = [...gaps.values()];
  const ranks = familyRanks(schools);
  const composite = composites(ranks, schools.length);
  const cutoff = bottomCutoff(rankedValues(composite), settings.quartileShare);

  const r1 = new Map<string, Finding>();
  const r2 = new Map<string, Finding>();
  for (let i = 0; i < keys.length; i++) {
    const { parts, source, participants, maxGap, note } = familyParts(schools[i], ranks, i);
    const value = Number.isNaN(composite[i]) ? null : composite[i];
    r1.set(
      keys[i],
      makeFinding('R1', year, texts, {
        flagged: value !== null && cutoff !== null && value <= cutoff,
        value,
        threshold: cutoff,
        participants,
        source,
        parts,
        note,
      }),
    );
    const gap = maxGap === -Infinity ? null : maxGap;
    r2.set(
      keys[i],
      makeFinding('R2', year, texts, {
        flagged: gap !== null && gap > settings.gapThreshold,
        value: gap,
        threshold: settings.gapThreshold,
        participants,
        source,
        parts,
        note,
      }),
    );
  }
  return { r1, r2, cutoff };
};
