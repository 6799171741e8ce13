import type { ResultRecord, SourceRef } from './records';
import { isUsableResult } from './gaps';
import type { ResultRows } from './family-gaps';
import { chainRowsBySchool } from './ordinals';
import { ascendingOrder, stable } from './ranking';
import type { Settings } from './settings';
import type { DeficitCell, GradeBand } from './types';
import { doubled } from '../util/doubled';
import { frozen } from '../util/frozen';

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

const BAND_INDEX: Record<GradeBand, number> = { '1–4': 0, '5–9': 1, '10–11': 2 };

/**
 * One school's cells at a time, in small typed arrays reused from school to school: a district has
 * 100,000s of cells but a school a few dozen, and most cells are not deficits.
 */
class SchoolCells {
  size = 0;
  head = new Int32Array(64);
  band = new Uint8Array(64);
  sums = new Float64Array(64 * 5);

  constructor(readonly records: readonly ResultRecord[]) {}

  reset(): void {
    this.size = 0;
  }

  private grow(): void {
    this.head = doubled(this.head);
    this.band = doubled(this.band);
    this.sums = doubled(this.sums);
  }

  /** Adds row `i` to its cell (subject, band), made when new; the cell's sums start at `5 × cell`. */
  add(i: number, band: number): number {
    const r = this.records[i];
    for (let c = 0; c < this.size; c++)
      if (this.band[c] === band && this.records[this.head[c]].subject === r.subject) return c;
    if (this.size === this.head.length) this.grow();
    const c = this.size++;
    this.head[c] = i;
    this.band[c] = band;
    this.sums.fill(0, 5 * c, 5 * c + 5);
    return c;
  }
}

/** The three possible reason lists, shared (frozen) by every cell: they are never mutated. */
const BOTH_REASONS = frozen<DeficitCell['reasons'][number]>(['gap', 'belowMinimum']);
const GAP_REASON = frozen<DeficitCell['reasons'][number]>(['gap']);
const BELOW_REASON = frozen<DeficitCell['reasons'][number]>(['belowMinimum']);

/**
 * The class of one deficit map's cells. A cell's `source` (its rows) is read from the school's chain of
 * rows when asked for: a region has 10,000s of deficit cells and only the deficit sheet lists their rows.
 */
const deficitCellClass = (records: readonly ResultRecord[], nextRow: Int32Array) =>
  class Deficit implements DeficitCell {
    readonly schoolKey: string;
    readonly schoolName: string;
    readonly subject: string;
    readonly band: GradeBand;

    constructor(
      /** The cell's first row in the results (the school's rows of the year follow through the chain). */
      readonly firstRow: number,
      readonly year: number,
      readonly gap: number | null,
      readonly belowMinimumShare: number | null,
      readonly participants: number,
      readonly reasons: DeficitCell['reasons'],
    ) {
      const first = records[firstRow];
      this.schoolKey = first.schoolKey;
      this.schoolName = first.schoolName;
      this.subject = first.subject;
      this.band = gradeBand(first)!;
    }

    /** The rows of the school's year with the cell's subject and grade band, in row order. */
    get source(): SourceRef[] {
      const out: SourceRef[] = [];
      for (let row = this.firstRow; row !== -1; row = nextRow[row]) {
        const r = records[row];
        if (r.subject === this.subject && gradeBand(r) === this.band) out.push(r.source);
      }
      return out;
    }
  };

// Offsets of a cell's sums.
const PARTICIPANTS = 0;
const GAP_SUM = 1;
const GAP_WEIGHT = 2;
const BELOW_SUM = 3;
const BELOW_WEIGHT = 4;

/** `schoolCount` bounds the rows' school ordinals. Cells come in the order of their first row. */
export const deficitMap = (rows: ResultRows, schoolCount: number, year: number, settings: Settings): DeficitCell[] => {
  const { records, ordinal, gapOf } = rows;
  // Each school's rows of the year that fall in a grade band, chained in record order.
  const { head: firstRow, next: nextRow, schools } = chainRowsBySchool(ordinal, schoolCount, (i) => {
    const r = records[i];
    return r.year === year && isUsableResult(r) && gradeBand(r) !== null;
  });
  const cells = new SchoolCells(records);
  const Deficit = deficitCellClass(records, nextRow);
  const found: DeficitCell[] = [];
  const foundAt: number[] = [];
  for (const o of schools) {
    cells.reset();
    for (let i = firstRow[o]; i !== -1; i = nextRow[i]) {
      const r = records[i] as ResultRecord & { participants: number };
      const at = 5 * cells.add(i, BAND_INDEX[gradeBand(r)!]);
      const sums = cells.sums;
      sums[at + PARTICIPANTS] += r.participants;
      const d = gapOf(i);
      if (d === d) {
        sums[at + GAP_SUM] += r.participants * d;
        sums[at + GAP_WEIGHT] += r.participants;
      }
      const below = belowShareOf(r);
      if (below !== null) {
        sums[at + BELOW_SUM] += r.participants * below;
        sums[at + BELOW_WEIGHT] += r.participants;
      }
    }
    for (let c = 0; c < cells.size; c++) {
      const cell = deficitOf(cells, c, year, settings, Deficit);
      if (!cell) continue;
      found.push(cell);
      foundAt.push(cells.head[c]);
    }
  }
  // Back to the order of the cells' first rows: the district's order, not school by school (usually the same:
  // a school's rows come together).
  if (isAscending(foundAt)) return found;
  const order = ascendingOrder(foundAt);
  const out = new Array<DeficitCell>(found.length);
  for (let k = 0; k < order.length; k++) out[k] = found[order[k]];
  return out;
};

/** The cell as a deficit, or null when it has too few participants or is not one. */
const deficitOf = (cells: SchoolCells, c: number, year: number, settings: Settings, Deficit: ReturnType<typeof deficitCellClass>): DeficitCell | null => {
  const at = 5 * c;
  const s = cells.sums;
  const participants = s[at + PARTICIPANTS];
  if (participants < settings.minParticipants) return null;
  const gap = s[at + GAP_WEIGHT] > 0 ? stable(s[at + GAP_SUM] / s[at + GAP_WEIGHT]) : null;
  const below = s[at + BELOW_WEIGHT] > 0 ? stable(s[at + BELOW_SUM] / s[at + BELOW_WEIGHT]) : null;
  const byGap = gap !== null && gap > settings.deficits.gap;
  const byBelow = below !== null && below >= settings.deficits.belowMinimumShare;
  if (!byGap && !byBelow) return null;
  return new Deficit(cells.head[c], year, gap, below, participants, byGap && byBelow ? BOTH_REASONS : byGap ? GAP_REASON : BELOW_REASON);
};

const isAscending = (xs: readonly number[]): boolean => {
  for (let i = 1; i < xs.length; i++) if (xs[i] < xs[i - 1]) return false;
  return true;
};
