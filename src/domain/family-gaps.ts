import { FAMILY_COUNT, familyIndex, type ResultRecord, type SourceRef } from './records';
import { gapPercent, isUsableResult, type RegionalAverage, type RegionalAverages } from './gaps';
import { stable } from './ranking';

/**
 * Family gaps (SPEC «Default method for R1 and R2»): per school, year and family (ЕГЭ, ОГЭ, ВПР),
 * the participant-weighted mean over the school's rows of the gap to the region, % of the maximum.
 */

/** What identification needs of every result row, computed once and shared by the family gaps and the deficit map. */
export interface ResultRows {
  records: readonly ResultRecord[];
  /** The row's school ordinal (see SchoolOrdinals). */
  ordinal: Int32Array;
  /** Row `i`'s (regional − school) in % of the maximum; NaN when the row is not usable or the region has no
   * average for it. Computed when asked: a per-row array would be the run's largest buffer. */
  gapOf(i: number): number;
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
      if (!found) byYear.set(r.year, (found = Array.from({ length: FAMILY_COUNT }, () => new Map())));
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

/**
 * One year's family gaps of every school, by school ordinal and family index. Kept in typed arrays
 * (one slot per school and family) with each slot's rows chained through a shared `next`: 100,000s
 * of school-years then cost no objects until a finding is built. A family with 0 participants has no usable row.
 */
export class FamilyGaps {
  /** Participant-weighted mean gap per slot (the weighted sum until `finish`). */
  private readonly gaps: Float64Array;
  private readonly participantsIn: Float64Array;
  /** The slot's last row, then `next[row]` back to its first; −1 ends the chain. Added at the head, so no tail is kept. */
  private readonly head: Int32Array;
  private readonly rowsIn: Int32Array;
  /** Ordinals of the schools with at least one family this year, first seen first. */
  readonly schools: number[] = [];

  constructor(
    schoolCount: number,
    private readonly next: Int32Array,
    readonly minParticipants: number,
    private readonly records: readonly ResultRecord[],
  ) {
    const slots = schoolCount * FAMILY_COUNT;
    this.gaps = new Float64Array(slots);
    this.participantsIn = new Float64Array(slots);
    this.head = new Int32Array(slots).fill(-1);
    this.rowsIn = new Int32Array(slots);
  }

  /** Mean gap of the school's family, % of the maximum (meaningful when `has`). */
  gap(school: number, family: number): number {
    return this.gaps[school * FAMILY_COUNT + family];
  }

  participants(school: number, family: number): number {
    return this.participantsIn[school * FAMILY_COUNT + family];
  }

  /** The family is present for the school (some participants with a gap). */
  has(school: number, family: number): boolean {
    return this.participantsIn[school * FAMILY_COUNT + family] > 0;
  }

  /** Present with at least the minimum number of participants: ranked and counted in R2. */
  isReliable(school: number, family: number): boolean {
    const p = this.participantsIn[school * FAMILY_COUNT + family];
    return p > 0 && p >= this.minParticipants;
  }

  /** How many rows the school's family has. */
  rowCount(school: number, family: number): number {
    return this.rowsIn[school * FAMILY_COUNT + family];
  }

  /** Appends the sources of the school's family rows to `out` from position `at`; returns the next position. */
  copySources(school: number, family: number, out: SourceRef[], at: number): number {
    const slot = school * FAMILY_COUNT + family;
    const end = at + this.rowsIn[slot];
    let k = end;
    for (let row = this.head[slot]; row !== -1; row = this.next[row]) out[--k] = this.records[row].source;
    return end;
  }

  /** Adds result row `row` (its participants and gap) to the school's family. */
  add(row: number, school: number, family: number, participants: number, gap: number): void {
    const slot = school * FAMILY_COUNT + family;
    const p = this.participantsIn;
    if (p[slot] === 0 && !this.hasAny(school)) this.schools.push(school);
    this.next[row] = this.head[slot];
    this.head[slot] = row;
    this.rowsIn[slot]++;
    this.gaps[slot] += participants * gap;
    p[slot] += participants;
  }

  /** Turns the weighted sums into means, once every row is added. */
  finish(): void {
    const { gaps, participantsIn } = this;
    for (let slot = 0; slot < gaps.length; slot++) if (participantsIn[slot] > 0) gaps[slot] = stable(gaps[slot] / participantsIn[slot]);
  }

  private hasAny(school: number): boolean {
    for (let f = 0; f < FAMILY_COUNT; f++) if (this.participantsIn[school * FAMILY_COUNT + f] > 0) return true;
    return false;
  }
}

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
): { rows: ResultRows; byYear: Map<number, FamilyGaps> } => {
  const regionalOf = regionalOfRow(regional);
  const gapOf = (i: number): number => {
    const r = records[i];
    if (!isUsableResult(r)) return NaN;
    const reg = regionalOf(r);
    return reg ? gapPercent(r, reg) : NaN;
  };
  const out = new Map<number, FamilyGaps>();
  // Rows of one school and family may interleave years: each year chains its own rows through the shared `next`.
  const next = new Int32Array(records.length).fill(-1);
  let lastYear = NaN;
  let g: FamilyGaps | undefined;
  for (let i = 0; i < records.length; i++) {
    const d = gapOf(i);
    if (d !== d) continue;
    const r = records[i] as ResultRecord & { participants: number };
    if (r.year !== lastYear || g === undefined) {
      lastYear = r.year;
      g = out.get(r.year);
      if (!g) out.set(r.year, (g = new FamilyGaps(schoolCount, next, minParticipants, records)));
    }
    g.add(i, ordinal[i], familyIndex(r.family), r.participants, d);
  }
  out.forEach((yg) => yg.finish());
  return { rows: { records, ordinal, gapOf }, byYear: out };
};

/** A year without any usable row: nobody has a family. */
export const noFamilyGaps = (schoolCount: number, records: readonly ResultRecord[], minParticipants: number): FamilyGaps =>
  new FamilyGaps(schoolCount, new Int32Array(0), minParticipants, records);
