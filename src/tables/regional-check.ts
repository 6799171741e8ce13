import type { RegionalRecord, ResultRecord } from '../domain/records';
import type { Problem } from './problem';
import { makeProblem } from './problems';

/** Share of the subject maximum a total row may differ from the computed mean (SPEC: 5%). */
export const REGIONAL_TOLERANCE = 0.05;

const sameGroup = (a: RegionalRecord, b: ResultRecord): boolean =>
  a.year === b.year && a.family === b.family && a.subject === b.subject && (a.grade ?? null) === (b.grade ?? null);

/** Participant-weighted mean of school averages; null when no school has both. */
export const weightedMean = (results: ResultRecord[]): number | null => {
  let sum = 0;
  let n = 0;
  for (const r of results) {
    if (r.average === null || !r.participants) continue;
    sum += r.average * r.participants;
    n += r.participants;
  }
  return n > 0 ? sum / n : null;
};

/**
 * Compares each total-row average with the participant-weighted mean of the schools of the same
 * year/family/subject/grade. More than 5% of the maximum apart: a warning, and the record is marked
 * not trusted so the domain uses the computed mean.
 */
export const checkRegionalAverages = (regionals: { record: RegionalRecord; column?: string }[], results: ResultRecord[]): Problem[] => {
  const problems: Problem[] = [];
  for (const { record, column } of regionals) {
    const computed = weightedMean(results.filter((r) => sameGroup(record, r)));
    record.computedAverage = computed;
    if (record.average === null || computed === null) {
      record.trusted = record.average !== null;
      continue;
    }
    const diff = Math.abs(record.average - computed);
    record.trusted = diff <= REGIONAL_TOLERANCE * record.maxScore;
    if (!record.trusted)
      problems.push(
        makeProblem('regional-average-mismatch', { sheet: record.source.sheet, row: record.source.row, column }, {
          value: Math.round(record.average * 100) / 100,
          computed: Math.round(computed * 100) / 100,
          subject: record.subject,
          max: record.maxScore,
        }),
      );
  }
  return problems;
};
