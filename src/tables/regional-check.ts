import type { RegionalRecord, ResultRecord } from '../domain/records';
import type { Problem } from '../domain/problem';
import { makeProblem } from './problems';

/**
 * What a «по региону» row is (SPEC «Default method for R1 and R2»). Its participant count tells:
 * equal to the listed schools' sum (within this share) — a total of these schools, checked against
 * their weighted mean by the domain with the user's tolerance; more — the region's reference value
 * in a district's workbook, used as given.
 */
export const TOTAL_PARTICIPANTS_SHARE = 0.02;

const sameGroup = (a: RegionalRecord, b: ResultRecord): boolean =>
  a.year === b.year && a.family === b.family && a.subject === b.subject && (a.grade ?? null) === (b.grade ?? null);

/**
 * The listed schools' participants (every row with a count, an average or not: a total row counts them all)
 * and the participant-weighted mean of their averages (null when no school has both).
 */
const schoolTotals = (results: ResultRecord[]): { mean: number | null; participants: number } => {
  let sum = 0;
  let weight = 0;
  let participants = 0;
  for (const r of results) {
    if (!r.participants || r.participants < 0) continue;
    participants += r.participants;
    if (r.average === null) continue;
    sum += r.average * r.participants;
    weight += r.participants;
  }
  return { mean: weight > 0 ? sum / weight : null, participants };
};

/** 'total' when the row counts the listed schools' participants (±2%), 'reference' when it counts more or has no count. */
export const regionalRowKind = (rowParticipants: number | null, schoolParticipants: number): 'total' | 'reference' => {
  if (rowParticipants === null || schoolParticipants <= 0) return 'reference';
  return rowParticipants > schoolParticipants * (1 + TOTAL_PARTICIPANTS_SHARE) ? 'reference' : 'total';
};

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Classifies each region row of a sheet against the sheet's schools of the same year/family/subject/grade
 * (kind, computed mean, the schools' participants). A reference value outside the subject's scale is
 * reported and not used; whether a total agrees with its schools is the domain's check (the tolerance is a setting).
 */
export const checkRegionalAverages = (regionals: { record: RegionalRecord; column?: string }[], results: ResultRecord[]): Problem[] => {
  const problems: Problem[] = [];
  for (const { record, column } of regionals) {
    const schools = schoolTotals(results.filter((r) => sameGroup(record, r)));
    record.computedAverage = schools.mean;
    record.schoolParticipants = schools.participants;
    if (column) record.column = column;
    record.kind = regionalRowKind(record.participants, schools.participants);
    if (record.average === null) continue;
    if (record.kind === 'reference' && (record.average < 0 || record.average > record.maxScore)) {
      record.kind = 'invalid';
      problems.push(
        makeProblem('regional-average-out-of-scale', { sheet: record.source.sheet, row: record.source.row, column }, {
          value: round2(record.average),
          subject: record.subject,
          max: record.maxScore,
        }),
      );
    }
  }
  return problems;
};
