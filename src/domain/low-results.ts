import { FAMILIES, type SourceRef } from './records';
import type { FamilyGaps } from './gaps';
import type { SchoolOrdinals } from './ordinals';
import { bottomCutoff, percentileRanksWorstFirst, stable } from './ranking';
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

/**
 * Sets R1 and R2 of one school (at its ordinal `o`), sharing their parts and sources (arrays sized exactly: they are kept).
 * One pass over the families, no intermediate arrays: this runs for every school-year.
 */
const setSchoolFindings = (
  out: LowResults,
  o: number,
  g: FamilyGaps,
  rank: readonly Float64Array[],
  i: number,
  composite: number,
  year: number,
  settings: Settings,
  texts: RuleTexts,
): void => {
  const cutoff = out.cutoff;
  let count = 0;
  let sourceCount = 0;
  for (const fg of g)
    if (fg !== undefined) {
      count++;
      sourceCount += fg.source.length;
    }
  const parts = new Array<FindingPart>(count);
  const source = new Array<SourceRef>(sourceCount);
  let unreliable: string | undefined;
  let participants = 0;
  let maxGap = -Infinity;
  let p = 0;
  let s = 0;
  for (let fi = 0; fi < g.length; fi++) {
    const fg = g[fi];
    if (fg === undefined) continue;
    const r = rank[fi][i];
    parts[p++] = { label: fg.family, value: fg.gap, participants: fg.participants, rank: Number.isNaN(r) ? null : r, reliable: fg.reliable };
    for (const ref of fg.source) source[s++] = ref;
    participants += fg.participants;
    if (fg.reliable) maxGap = Math.max(maxGap, fg.gap);
    else unreliable = unreliable === undefined ? fg.family : `${unreliable}, ${fg.family}`;
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

export const evaluateLowResults = (
  gaps: Map<string, FamilyGaps>,
  ordinals: SchoolOrdinals,
  year: number,
  settings: Settings,
  texts: RuleTexts,
): LowResults => {
  const keys = [...gaps.keys()];
  const schools = [...gaps.values()];
  const ranks = familyRanks(schools);
  const composite = composites(ranks, schools.length);
  const cutoff = bottomCutoff(rankedValues(composite), settings.quartileShare);

  const out: LowResults = { r1: new Array<Finding | undefined>(ordinals.size), r2: new Array<Finding | undefined>(ordinals.size), cutoff };
  for (let i = 0; i < keys.length; i++) setSchoolFindings(out, ordinals.get(keys[i])!, schools[i], ranks, i, composite[i], year, settings, texts);
  return out;
};
