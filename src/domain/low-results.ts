import { FAMILIES, type Family, type SourceRef } from './records';
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

export const evaluateLowResults = (gaps: Map<string, FamilyGaps>, year: number, settings: Settings, texts: RuleTexts): LowResults => {
  const ranks = new Map<string, Partial<Record<Family, number>>>();
  for (const family of FAMILIES) {
    const keys: string[] = [];
    const badness: number[] = [];
    for (const [key, g] of gaps) {
      const fg = g[family];
      if (fg?.reliable) {
        keys.push(key);
        badness.push(fg.gap);
      }
    }
    const pr = percentileRanksWorstFirst(badness);
    keys.forEach((key, i) => {
      let r = ranks.get(key);
      if (!r) ranks.set(key, (r = {}));
      r[family] = pr[i];
    });
  }

  const composites = new Map<string, number>();
  for (const [key, r] of ranks) {
    const values = Object.values(r) as number[];
    composites.set(key, stable(values.reduce((a, b) => a + b, 0) / values.length));
  }
  const cutoff = bottomCutoff([...composites.values()], settings.quartileShare);

  const r1 = new Map<string, Finding>();
  const r2 = new Map<string, Finding>();
  for (const [key, g] of gaps) {
    const families = FAMILIES.filter((f) => g[f] !== undefined);
    const schoolRanks = ranks.get(key) ?? {};
    const parts: FindingPart[] = families.map((f) => {
      const fg = g[f]!;
      return { label: f, value: stable(fg.gap), participants: fg.participants, rank: schoolRanks[f] ?? null, reliable: fg.reliable };
    });
    const source: SourceRef[] = families.flatMap((f) => g[f]!.source);
    const participants = families.reduce((a, f) => a + g[f]!.participants, 0);
    const reliable = families.filter((f) => g[f]!.reliable);
    const note = reliable.length < families.length ? `${families.filter((f) => !g[f]!.reliable).join(', ')}: ${UNRELIABLE_NOTE}` : undefined;

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

    const maxGap = reliable.length === 0 ? null : stable(Math.max(...reliable.map((f) => g[f]!.gap)));
    r2.set(
      key,
      makeFinding('R2', year, texts, {
        flagged: maxGap !== null && maxGap > settings.gapThreshold,
        value: maxGap,
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
