import type { Family, RegionalRecord, ResultRecord, SourceRef } from './records';
import type { Problem } from './problem';
import type { BilingualText } from './bilingual';
import { stable, weightedMean, type Weighted } from './ranking';
import { SubjectKeyMap } from './subject-key-map';

/**
 * Regional averages and school gaps (SPEC «Default method for R1 and R2»).
 * Regional average per family/subject/grade/year: the workbook's region row when present and
 * trusted, unless it differs from the participant-weighted school mean by more than the tolerance
 * (% of the subject maximum) - then the computed mean, with a note and a problem.
 */

export interface RegionalAverage {
  average: number;
  maxScore: number;
  origin: 'record' | 'computed';
  participants: number;
  source?: SourceRef;
}

export interface RegionalAverages {
  get(year: number, family: Family, subject: string, grade?: number): RegionalAverage | undefined;
  notes: BilingualText[];
  problems: Problem[];
}

/** A row that carries a usable result: somebody sat and there is an average. */
export const isUsableResult = (r: ResultRecord): r is ResultRecord & { participants: number; average: number } =>
  r.participants !== null && r.participants > 0 && r.average !== null && r.maxScore > 0;

interface Accumulator extends Weighted {
  maxScore: number;
  /** The subject's all-grades accumulator that a graded row also adds to. */
  gradeless?: Accumulator;
}

const addRow = (a: Weighted, r: { participants: number; average: number }) => {
  a.sum += r.participants * r.average;
  a.weight += r.participants;
};

const newAccumulator = (r: { participants: number; average: number; maxScore: number }): Accumulator => ({
  sum: r.participants * r.average,
  weight: r.participants,
  maxScore: r.maxScore,
});

/** Participant-weighted school means per year/family/subject/grade, and per subject over its grades. */
const accumulateResults = (results: ResultRecord[]) => {
  const exact = new SubjectKeyMap<Accumulator>();
  const gradeless = new SubjectKeyMap<Accumulator>();
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    if (!isUsableResult(r)) continue;
    const a = exact.get(r.year, r.family, r.subject, r.grade);
    if (a) {
      addRow(a, r);
      if (a.gradeless) addRow(a.gradeless, r);
      continue;
    }
    const created = newAccumulator(r);
    exact.set(r.year, r.family, r.subject, r.grade, created);
    if (r.grade === undefined) continue;
    let g = gradeless.get(r.year, r.family, r.subject);
    if (g) addRow(g, r);
    else gradeless.set(r.year, r.family, r.subject, undefined, (g = newAccumulator(r)));
    created.gradeless = g;
  }
  return { exact, gradeless };
};

const isTrusted = (r: RegionalRecord): boolean => r.trusted !== false;

const fmt = (x: number): string => x.toFixed(2).replace('.', ',');

export const regionalAverages = (results: ResultRecord[], records: RegionalRecord[], tolerancePercent: number): RegionalAverages => {
  const { exact, gradeless } = accumulateResults(results);
  const computedAt = (year: number, family: Family, subject: string, grade?: number): Accumulator | undefined =>
    grade !== undefined ? exact.get(year, family, subject, grade) : (gradeless.get(year, family, subject) ?? exact.get(year, family, subject));

  const fromRecords = new SubjectKeyMap<RegionalAverage>();
  const notes: BilingualText[] = [];
  const problems: Problem[] = [];
  let untrusted = 0;
  for (const rec of records) {
    if (rec.average === null || rec.maxScore <= 0) continue;
    if (!isTrusted(rec)) {
      untrusted++;
      continue;
    }
    if (fromRecords.get(rec.year, rec.family, rec.subject, rec.grade)) continue;
    const computed = computedAt(rec.year, rec.family, rec.subject, rec.grade);
    const computedMean = computed ? weightedMean(computed) : null;
    if (computed && computedMean !== null) {
      const diff = stable(Math.abs(rec.average / rec.maxScore - computedMean / computed.maxScore) * 100);
      if (diff > tolerancePercent) {
        const what = `${rec.family}, ${rec.subject}${rec.grade !== undefined ? `, ${rec.grade} кл.` : ''}, ${rec.year}`;
        const whatEn = `${rec.family}, ${rec.subject}${rec.grade !== undefined ? `, grade ${rec.grade}` : ''}, ${rec.year}`;
        notes.push({
          ru: `Среднее по региону (${what}) в строке «по региону» — ${fmt(rec.average)}, средневзвешенное по школам — ${fmt(computedMean)}: расхождение ${fmt(diff)}% от максимума больше допуска ${fmt(tolerancePercent)}%, использовано расчётное среднее.`,
          en: `The regional average (${whatEn}) in the region total row is ${rec.average.toFixed(2)}, the weighted school mean is ${computedMean.toFixed(2)}: the difference of ${diff.toFixed(2)}% of the maximum exceeds the tolerance of ${tolerancePercent.toFixed(2)}%, the computed mean is used.`,
        });
        problems.push({
          sheet: rec.source.sheet,
          row: rec.source.row,
          code: 'regional-average-mismatch',
          message: `Среднее по региону (${what}) ${fmt(rec.average)} отличается от средневзвешенного по школам ${fmt(computedMean)} на ${fmt(diff)}% от максимального балла. Проверьте строку итога; пока использовано расчётное среднее.`,
          messageEn: `The regional average (${whatEn}) ${rec.average} differs from the weighted school mean ${computedMean.toFixed(2)} by ${diff.toFixed(2)}% of the maximum. Check the total row; the computed mean is used.`,
          severity: 'warning',
        });
        continue;
      }
    }
    fromRecords.set(rec.year, rec.family, rec.subject, rec.grade, {
      average: rec.average,
      maxScore: rec.maxScore,
      origin: 'record',
      participants: rec.participants ?? computed?.weight ?? 0,
      source: rec.source,
    });
  }
  if (untrusted > 0)
    notes.push({
      ru: `Строк «по региону», помеченных как недостоверные, пропущено: ${untrusted}; для них использовано средневзвешенное по школам.`,
      en: `Region total rows marked as unreliable were skipped: ${untrusted}; the weighted school mean is used for them.`,
    });

  const resolve = (year: number, family: Family, subject: string, grade?: number): RegionalAverage | undefined => {
    const found = fromRecords.get(year, family, subject, grade) ?? (grade !== undefined ? fromRecords.get(year, family, subject) : undefined);
    if (found) return found;
    const acc = computedAt(year, family, subject, grade);
    const mean = acc ? weightedMean(acc) : null;
    return acc && mean !== null ? { average: mean, maxScore: acc.maxScore, origin: 'computed', participants: acc.weight } : undefined;
  };
  // null marks a key resolved to nothing: one map lookup per call, not has() then get().
  const resolved = new SubjectKeyMap<RegionalAverage | null>();
  const get = (year: number, family: Family, subject: string, grade?: number): RegionalAverage | undefined => {
    const byGrade = resolved.grades(year, family, subject);
    const g = grade ?? undefined;
    const known = byGrade.get(g);
    if (known !== undefined) return known ?? undefined;
    const found = resolve(year, family, subject, grade);
    byGrade.set(g, found ?? null);
    return found;
  };
  return { get, notes, problems };
};

/** (regional − school) in percent of the subject maximum; each side on its own scale. */
export const gapPercent = (school: { average: number; maxScore: number }, regional: RegionalAverage): number =>
  (regional.average / regional.maxScore - school.average / school.maxScore) * 100;
