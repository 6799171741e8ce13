import type { Family, RegionalRecord, ResultRecord, SourceRef } from './records';
import type { Problem } from './problem';
import type { Bilingual } from '../i18n/bilingual';
import { stable, weightedMean, type Weighted } from './ranking';
import { SubjectKeyMap } from './subject-key-map';

/**
 * Regional averages and school gaps (SPEC «Default method for R1 and R2»).
 * Regional average per family/subject/grade/year: the workbook's region row when present. A row that
 * totals the listed schools (the reader's `kind`) must agree with their participant-weighted mean within
 * the tolerance (% of the subject maximum), else the computed mean is used, with a note and a problem;
 * the region's reference value in a district's workbook is used as given. No row: the computed mean.
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
  notes: Bilingual[];
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

const fmt = (x: number): string => x.toFixed(2).replace('.', ',');

export const regionalAverages = (results: ResultRecord[], records: RegionalRecord[], tolerancePercent: number): RegionalAverages => {
  const { exact, gradeless } = accumulateResults(results);
  const computedAt = (year: number, family: Family, subject: string, grade?: number): Accumulator | undefined =>
    grade !== undefined ? exact.get(year, family, subject, grade) : (gradeless.get(year, family, subject) ?? exact.get(year, family, subject));

  const fromRecords = new SubjectKeyMap<RegionalAverage>();
  const notes: Bilingual[] = [];
  const problems: Problem[] = [];
  let invalid = 0;
  let references = 0;
  for (const rec of records) {
    if (rec.average === null || rec.maxScore <= 0) continue;
    if (rec.kind === 'invalid') {
      invalid++;
      continue;
    }
    if (fromRecords.get(rec.year, rec.family, rec.subject, rec.grade)) continue;
    const computed = computedAt(rec.year, rec.family, rec.subject, rec.grade);
    // A total of the listed schools must agree with their weighted mean; the region's reference value is used as given.
    if (rec.kind !== 'reference') {
      const computedMean = rec.computedAverage ?? (computed ? weightedMean(computed) : null);
      const maxScore = computed?.maxScore ?? rec.maxScore;
      if (computedMean !== null && computedMean !== undefined) {
        const diff = stable(Math.abs(rec.average / rec.maxScore - computedMean / maxScore) * 100);
        if (diff > tolerancePercent) {
          mismatch(rec, computedMean, diff, tolerancePercent, notes, problems);
          continue;
        }
      }
    } else references++;
    fromRecords.set(rec.year, rec.family, rec.subject, rec.grade, {
      average: rec.average,
      maxScore: rec.maxScore,
      origin: 'record',
      participants: rec.participants ?? computed?.weight ?? 0,
      source: rec.source,
    });
  }
  if (invalid > 0)
    notes.push({
      ru: `Значений «по региону» вне шкалы предмета пропущено: ${invalid}; для них использовано средневзвешенное по школам.`,
      en: `Region values outside the subject's scale were skipped: ${invalid}; the weighted school mean is used for them.`,
    });
  if (references > 0)
    notes.push({
      ru: `Значений «по региону», взятых как есть (строка насчитывает больше участников, чем перечисленные школы, или это столбец среднего по региону): ${references}. Это среднее всего региона, а не итог школ книги, поэтому с ним сравнивается каждая школа, даже если район в целом от него отстаёт.`,
      en: `Region values used as given (the row counts more participants than the listed schools, or it is a column of regional averages): ${references}. This is the whole region's average, not a total of the book's schools, so every school is compared with it even when the district as a whole lags behind.`,
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

const where = (rec: RegionalRecord) => ({
  ru: `${rec.family}, ${rec.subject}${rec.grade !== undefined ? `, ${rec.grade} кл.` : ''}, ${rec.year}`,
  en: `${rec.family}, ${rec.subject}${rec.grade !== undefined ? `, grade ${rec.grade}` : ''}, ${rec.year}`,
});

/** A total row that disagrees with its schools: a note and a problem at the row; the computed mean is used. */
const mismatch = (rec: RegionalRecord, computedMean: number, diff: number, tolerancePercent: number, notes: Bilingual[], problems: Problem[]): void => {
  const what = where(rec);
  const average = rec.average as number;
  notes.push({
    ru: `Итоговая строка (${what.ru}) — ${fmt(average)}, средневзвешенное по школам — ${fmt(computedMean)}: расхождение ${fmt(diff)}% от максимума больше допуска ${fmt(tolerancePercent)}%, использовано расчётное среднее.`,
    en: `The total row (${what.en}) is ${average.toFixed(2)}, the weighted school mean is ${computedMean.toFixed(2)}: the difference of ${diff.toFixed(2)}% of the maximum exceeds the tolerance of ${tolerancePercent.toFixed(2)}%, the computed mean is used.`,
  });
  const problem: Problem = {
    sheet: rec.source.sheet,
    row: rec.source.row,
    code: 'regional-average-mismatch',
    message: `Итоговая строка (${what.ru}) насчитывает столько же участников, сколько школы листа, но её средний балл ${fmt(average)} отличается от их средневзвешенного ${fmt(computedMean)} на ${fmt(diff)}% от максимального балла (допуск ${fmt(tolerancePercent)}%). Проверьте строку итога; пока использовано расчётное среднее.`,
    messageEn: `The total row (${what.en}) counts the same participants as the sheet's schools, but its average ${average} differs from their weighted mean ${computedMean.toFixed(2)} by ${diff.toFixed(2)}% of the maximum (tolerance ${tolerancePercent}%). Check the total row; the computed mean is used.`,
    severity: 'warning',
  };
  if (rec.column) problem.column = rec.column;
  problems.push(problem);
};
