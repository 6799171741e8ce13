import { FAMILIES, type SourceRef } from './records';
import type { FamilyGaps } from './gaps';
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

/** Percentile rank per school and family (NaN = not ranked in that family). */
const familyRanks = (gaps: Map<string, FamilyGaps>): Map<string, number[]> => {
  const ranks = new Map<string, number[]>();
  for (let fi = 0; fi < FAMILIES.length; fi++) {
    const keys: string[] = [];
    const badness: number[] = [];
    for (const [key, g] of gaps) {
      const fg = g[fi];
      if (fg !== undefined && fg.reliable) {
        keys.push(key);
        badness.push(fg.gap);
      }
    }
    const pr = percentileRanksWorstFirst(badness);
    for (let i = 0; i < keys.length; i++) {
      let r = ranks.get(keys[i]);
      if (!r) ranks.set(keys[i], (r = [NaN, NaN, NaN]));
      r[fi] = pr[i];
    }
  }
  return ranks;
};

export const evaluateLowResults = (gaps: Map<string, FamilyGaps>, year: number, settings: Settings, texts: RuleTexts): LowResults => {
  const ranks = familyRanks(gaps);
  const composites = new Map<string, number>();
  for (const [key, r] of ranks) {
    let sum = 0;
    let n = 0;
    for (const v of r) if (!Number.isNaN(v)) (sum += v), n++;
    composites.set(key, stable(sum / n));
  }
  const cutoff = bottomCutoff([...composites.values()], settings.quartileShare);

  const r1 = new Map<string, Finding>();
  const r2 = new Map<string, Finding>();
  for (const [key, g] of gaps) {
    const schoolRanks = ranks.get(key);
    const parts: FindingPart[] = [];
    const source: SourceRef[] = [];
    const unreliable: string[] = [];
    let participants = 0;
    let maxGap = -Infinity;
    for (let fi = 0; fi < FAMILIES.length; fi++) {
      const fg = g[fi];
      if (fg === undefined) continue;
      const rank = schoolRanks?.[fi];
      parts.push({ label: fg.family, value: fg.gap, participants: fg.participants, rank: rank === undefined || Number.isNaN(rank) ? null : rank, reliable: fg.reliable });
      for (const s of fg.source) source.push(s);
      participants += fg.participants;
      if (fg.reliable) maxGap = Math.max(maxGap, fg.gap);
      else unreliable.push(fg.family);
    }
    const note = unreliable.length > 0 ? `${unreliable.join(', ')}: ${UNRELIABLE_NOTE}` : undefined;
    const composite = composites.get(key);
    r1.set(
      key,
      makeFinding('R1', year, texts, {
        flagged: composite !== undefined && cutoff !== null && composite <= cutoff,
        value: composite ?? null,
        threshold: cutoff,
        participants,
        source,
        parts,
        note,
      }),
    );
    const value = maxGap === -Infinity ? null : maxGap;
    r2.set(
      key,
      makeFinding('R2', year, texts, {
        flagged: value !== null && value > settings.gapThreshold,
        value,
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
