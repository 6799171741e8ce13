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

interface Cell {
  schoolKey: string;
  schoolName: string;
  subject: string;
  band: GradeBand;
  participants: number;
  gapSum: number;
  gapWeight: number;
  belowSum: number;
  belowWeight: number;
  source: SourceRef[];
}

const belowShareOf = (r: ResultRecord & { participants: number }): number | null => {
  if (typeof r.belowMinimumShare === 'number') return r.belowMinimumShare;
  if (typeof r.belowMinimum === 'number') return (100 * r.belowMinimum) / r.participants;
  return null;
};

/** The row's cell (subject, band) among the school's cells with the row's source added; a new cell joins `cells` in first-use order. */
const cellForRow = (own: Cell[], cells: Cell[], r: ResultRecord, band: GradeBand): Cell => {
  for (const c of own)
    if (c.subject === r.subject && c.band === band) {
      c.source.push(r.source);
      return c;
    }
  // Sized by their literals: most cells get a single row, so a push-grown array would mostly be slack.
  const c: Cell = { schoolKey: r.schoolKey, schoolName: r.schoolName, subject: r.subject, band, participants: 0, gapSum: 0, gapWeight: 0, belowSum: 0, belowWeight: 0, source: [r.source] };
  own.push(c);
  cells.push(c);
  return c;
};

/** `schoolCount` bounds the rows' school ordinals: a school's cells are found by its ordinal. */
export const deficitMap = (rows: ResultRows, schoolCount: number, year: number, settings: Settings): DeficitCell[] => {
  const { records, ordinal, gap } = rows;
  // A school has a few dozen cells at most, so a scan of its own list beats a map per school.
  const bySchool = new Array<Cell[] | undefined>(schoolCount);
  const cells: Cell[] = [];
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r.year !== year || !isUsableResult(r)) continue;
    const band = gradeBand(r);
    if (!band) continue;
    const o = ordinal[i];
    const c = cellForRow((bySchool[o] ??= []), cells, r, band);
    c.participants += r.participants;
    const d = gap[i];
    if (d === d) {
      c.gapSum += r.participants * d;
      c.gapWeight += r.participants;
    }
    const below = belowShareOf(r);
    if (below !== null) {
      c.belowSum += r.participants * below;
      c.belowWeight += r.participants;
    }
  }
  const out: DeficitCell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c.participants < settings.minParticipants) continue;
    const gap = c.gapWeight > 0 ? stable(c.gapSum / c.gapWeight) : null;
    const below = c.belowWeight > 0 ? stable(c.belowSum / c.belowWeight) : null;
    const reasons: DeficitCell['reasons'] = [];
    if (gap !== null && gap > settings.deficits.gap) reasons.push('gap');
    if (below !== null && below >= settings.deficits.belowMinimumShare) reasons.push('belowMinimum');
    if (reasons.length === 0) continue;
    out.push({
      schoolKey: c.schoolKey,
      schoolName: c.schoolName,
      year,
      subject: c.subject,
      band: c.band,
      gap,
      belowMinimumShare: below,
      participants: c.participants,
      reasons,
      source: c.source,
    });
  }
  return out;
};
