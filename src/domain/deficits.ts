import type { ResultRecord, SourceRef } from './records';
import { isUsableResult } from './gaps';
import type { ResultRows } from './family-gaps';
import { stable } from './ranking';
import type { Settings } from './settings';
import type { DeficitCell, GradeBand } from './types';

/**
 * The deficit map (seed 000: subjects and grades with low results): school × subject × grade band
 * for one year. A cell is a deficit when, participant-weighted over the band's rows,
 * - the gap to the region (% of the subject maximum) is MORE than `deficits.gap`, or
 * - the share of students below the minimum score is AT LEAST `deficits.belowMinimumShare`.
 * Cells with fewer participants than minParticipants are left out. Only deficit cells are returned.
 */

export const gradeBand = (r: Pick<ResultRecord, 'family' | 'grade'>): GradeBand | null => {
  if (r.family === 'ЕГЭ') return '10–11';
  if (r.family === 'ОГЭ') return '5–9';
  if (r.grade === undefined) return null;
  return r.grade <= 4 ? '1–4' : r.grade <= 9 ? '5–9' : '10–11';
};

const belowShareOf = (r: ResultRecord & { participants: number }): number | null => {
  if (typeof r.belowMinimumShare === 'number') return r.belowMinimumShare;
  if (typeof r.belowMinimum === 'number') return (100 * r.belowMinimum) / r.participants;
  return null;
};

/**
 * The year's cells as parallel arrays, cell c's rows chained from `head[c]` through `next`: most
 * cells are not deficits, so no object is made for a cell until it is one.
 */
class Cells {
  readonly head: number[] = [];
  readonly tail: number[] = [];
  readonly rowCount: number[] = [];
  readonly band: GradeBand[] = [];
  participants: Float64Array = new Float64Array(1024);
  gapSum: Float64Array = new Float64Array(1024);
  gapWeight: Float64Array = new Float64Array(1024);
  belowSum: Float64Array = new Float64Array(1024);
  belowWeight: Float64Array = new Float64Array(1024);
  readonly next: Int32Array;

  constructor(readonly records: readonly ResultRecord[]) {
    this.next = new Int32Array(records.length).fill(-1);
  }

  /** Doubles the sums' room when cell `c` would not fit. */
  private ensureRoom(c: number): void {
    if (c < this.participants.length) return;
    const grown = (a: Float64Array): Float64Array => {
      const b = new Float64Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.participants = grown(this.participants);
    this.gapSum = grown(this.gapSum);
    this.gapWeight = grown(this.gapWeight);
    this.belowSum = grown(this.belowSum);
    this.belowWeight = grown(this.belowWeight);
  }

  get size(): number {
    return this.head.length;
  }

  /** The cell of row `i` among the school's cells (`own`, cell numbers), made when new. */
  cellFor(own: number[], i: number, band: GradeBand): number {
    const subject = this.records[i].subject;
    for (let k = 0; k < own.length; k++) {
      const c = own[k];
      if (this.band[c] === band && this.records[this.head[c]].subject === subject) {
        this.next[this.tail[c]] = i;
        this.tail[c] = i;
        this.rowCount[c]++;
        return c;
      }
    }
    const c = this.head.length;
    this.ensureRoom(c);
    this.head.push(i);
    this.tail.push(i);
    this.rowCount.push(1);
    this.band.push(band);
    own.push(c);
    return c;
  }

  sources(c: number): SourceRef[] {
    const out = new Array<SourceRef>(this.rowCount[c]);
    let k = 0;
    for (let row = this.head[c]; row !== -1; row = this.next[row]) out[k++] = this.records[row].source;
    return out;
  }
}

/** `schoolCount` bounds the rows' school ordinals: a school's cells are found by its ordinal. */
export const deficitMap = (rows: ResultRows, schoolCount: number, year: number, settings: Settings): DeficitCell[] => {
  const { records, ordinal, gap } = rows;
  const cells = new Cells(records);
  // A school has a few dozen cells at most, so a scan of its own list beats a map per school.
  const bySchool = new Array<number[] | undefined>(schoolCount);
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r.year !== year || !isUsableResult(r)) continue;
    const band = gradeBand(r);
    if (!band) continue;
    const c = cells.cellFor((bySchool[ordinal[i]] ??= []), i, band);
    cells.participants[c] += r.participants;
    const d = gap[i];
    if (d === d) {
      cells.gapSum[c] += r.participants * d;
      cells.gapWeight[c] += r.participants;
    }
    const below = belowShareOf(r);
    if (below !== null) {
      cells.belowSum[c] += r.participants * below;
      cells.belowWeight[c] += r.participants;
    }
  }
  const out: DeficitCell[] = [];
  for (let c = 0; c < cells.size; c++) {
    const participants = cells.participants[c];
    if (participants < settings.minParticipants) continue;
    const gap = cells.gapWeight[c] > 0 ? stable(cells.gapSum[c] / cells.gapWeight[c]) : null;
    const below = cells.belowWeight[c] > 0 ? stable(cells.belowSum[c] / cells.belowWeight[c]) : null;
    const reasons: DeficitCell['reasons'] = [];
    if (gap !== null && gap > settings.deficits.gap) reasons.push('gap');
    if (below !== null && below >= settings.deficits.belowMinimumShare) reasons.push('belowMinimum');
    if (reasons.length === 0) continue;
    const first = records[cells.head[c]];
    out.push({
      schoolKey: first.schoolKey,
      schoolName: first.schoolName,
      year,
      subject: first.subject,
      band: cells.band[c],
      gap,
      belowMinimumShare: below,
      participants,
      reasons,
      source: cells.sources(c),
    });
  }
  return out;
};
