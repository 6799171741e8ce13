import { familyIndex, type ResultRecord, type SourceRef } from './records';
import { gapPercent, isUsableResult, type RegionalAverage, type RegionalAverages } from './gaps';
import { stable } from './ranking';

/**
 * Family gaps (SPEC «Default method for R1 and R2»): per school, year and family (ЕГЭ, ОГЭ, ВПР),
 * the participant-weighted mean over the school's rows of the gap to the region, % of the maximum.
 *
 * Kept as typed arrays indexed by slot = school ordinal × 3 + family index, with each slot's rows
 * chained through `next`: 100,000s of school-years then cost no objects until a finding is built.
 */

/** What identification needs of every result row, computed once and shared by the family gaps and the deficit map. */
export interface ResultRows {
  records: readonly ResultRecord[];
  /** The row's school ordinal (see SchoolOrdinals). */
  ordinal: Int32Array;
  /** (regional − school) in % of the maximum; NaN when the row is not usable or the region has no average for it. */
  gap: Float64Array;
}


type RegionalBySubject = Map<string, Map<number | undefined, RegionalAverage | null>>;

/**
 * The regional average of a row (null when there is none), remembered per year by family index,
 * then subject and grade: two map lookups per row, not the four of a full key.
 */
const regionalOfRow = (regional: RegionalAverages): ((r: ResultRecord) => RegionalAverage | null) => {
  const byYear = new Map<number, RegionalBySubject[]>();
  let lastYear = NaN;
  let families: RegionalBySubject[] = [];
  return (r) => {
    if (r.year !== lastYear) {
      lastYear = r.year;
      let found = byYear.get(r.year);
      if (!found) byYear.set(r.year, (found = [new Map(), new Map(), new Map()]));
      families = found;
    }
    const bySubject = families[familyIndex(r.family)];
    let byGrade = bySubject.get(r.subject);
    if (!byGrade) bySubject.set(r.subject, (byGrade = new Map()));
    const grade = r.grade ?? undefined;
    let reg = byGrade.get(grade);
    if (reg === undefined) byGrade.set(grade, (reg = regional.get(r.year, r.family, r.subject, r.grade) ?? null));
    return reg;
  };
};



export const slotOf = (ordinal: number, family: number): number => ordinal * 3 + family;

/** One year's family gaps of every school. A slot with 0 participants has no usable row. */
export interface YearGaps {
  /** Participant-weighted mean gap, % of the maximum. */
  gap: Float64Array;
  participants: Float64Array;
  /** Rows in the slot: the first one, then `next[row]`; −1 ends the chain. */
  head: Int32Array;
  next: Int32Array;
  rowCount: Int32Array;
  /** Ordinals of the schools with at least one family this year, first seen first. */
  schools: number[];
  minParticipants: number;
  records: readonly ResultRecord[];
}

const newYearGaps = (schoolCount: number, next: Int32Array, minParticipants: number, records: readonly ResultRecord[]): YearGaps => ({
  gap: new Float64Array(schoolCount * 3),
  participants: new Float64Array(schoolCount * 3),
  head: new Int32Array(schoolCount * 3).fill(-1),
  next,
  rowCount: new Int32Array(schoolCount * 3),
  schools: [],
  minParticipants,
  records,
});

/** The family is present for the school (some participants with a gap). */
export const hasFamily = (g: YearGaps, slot: number): boolean => g.participants[slot] > 0;

/** Present with at least the minimum number of participants: ranked and counted in R2. */
export const isReliable = (g: YearGaps, slot: number): boolean => g.participants[slot] > 0 && g.participants[slot] >= g.minParticipants;

/** Appends the slot's row sources to `out` from position `at`; returns the next position. */
export const copySources = (g: YearGaps, slot: number, out: SourceRef[], at: number): number => {
  for (let row = g.head[slot]; row !== -1; row = g.next[row]) out[at++] = g.records[row].source;
  return at;
};

/**
 * Each row's gap to the region, and year → every school's family gaps, in one pass over the rows.
 * Rows with no participants, no average or no regional average do not count.
 */
export const familyGapsByYear = (
  records: readonly ResultRecord[],
  ordinal: Int32Array,
  regional: RegionalAverages,
  schoolCount: number,
  minParticipants: number,
): { rows: ResultRows; byYear: Map<number, YearGaps> } => {
  const gap = new Float64Array(records.length).fill(NaN);
  const regionalOf = regionalOfRow(regional);
  const out = new Map<number, YearGaps>();
  const next = new Int32Array(records.length).fill(-1);
  // Each slot's last row so far, per year: rows of one school and family may interleave years.
  const tails = new Map<number, Int32Array>();
  let tail: Int32Array = new Int32Array(0);
  let lastYear = NaN;
  let g: YearGaps | undefined;
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (!isUsableResult(r)) continue;
    const reg = regionalOf(r);
    if (!reg) continue;
    const d = gapPercent(r, reg);
    gap[i] = d;
    if (r.year !== lastYear || g === undefined) {
      lastYear = r.year;
      g = out.get(r.year);
      if (!g) {
        out.set(r.year, (g = newYearGaps(schoolCount, next, minParticipants, records)));
        tails.set(r.year, new Int32Array(schoolCount * 3));
      }
      tail = tails.get(r.year)!;
    }
    const o = ordinal[i];
    const slot = slotOf(o, familyIndex(r.family));
    const p = g.participants;
    if (p[slot] === 0) {
      if (p[o * 3] === 0 && p[o * 3 + 1] === 0 && p[o * 3 + 2] === 0) g.schools.push(o);
      g.head[slot] = i;
    } else next[tail[slot]] = i;
    tail[slot] = i;
    g.rowCount[slot]++;
    // gap holds the participant-weighted sum until the end
    g.gap[slot] += r.participants * d;
    p[slot] += r.participants;
  }
  out.forEach((yg) => {
    const { gap: sum, participants } = yg;
    for (let slot = 0; slot < sum.length; slot++) if (participants[slot] > 0) sum[slot] = stable(sum[slot] / participants[slot]);
  });
  return { rows: { records, ordinal, gap }, byYear: out };
};

/** A year without any usable row: nobody has a family. */
export const noYearGaps = (schoolCount: number, records: readonly ResultRecord[], minParticipants: number): YearGaps =>
  newYearGaps(schoolCount, new Int32Array(0), minParticipants, records);
