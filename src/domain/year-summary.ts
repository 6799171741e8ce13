import type { BilingualText } from './bilingual';
import { FAMILIES } from './records';
import { CRITERION_CODES } from './settings';
import { statusOf } from './trends';
import type { YearResults } from './evaluate-school-years';
import type { SchoolYearResult, YearSummary } from './types';

/**
 * Statuses over years (stable, entered, stayed, left) and the per-year summary. Each reported
 * year's results are listed in `order` (every school's ordinal, sorted once by name then key).
 */

const emptySummary = (year: number, schools: number): YearSummary => ({
  year,
  schools,
  groups: { ШНОР: 0, ШНСУ: 0 },
  both: 0,
  criteria: { R1: 0, R2: 0, R3: 0, S1: 0, S2: 0, S3: 0 },
  stable: 0,
  entered: [],
  left: [],
  stayed: 0,
  adjusted: 0,
});


/** Sets `stable` and `status` of one year's results from the year before, and counts the year. */
const summariseYear = (
  year: number,
  current: YearResults,
  previous: YearResults | undefined,
  order: readonly number[],
  schools: SchoolYearResult[],
): YearSummary => {
  const s = emptySummary(year, current.list.length);
  let low = 0;
  let socialCount = 0;
  const leftNow: SchoolYearResult[] = [];
  for (let i = 0; i < order.length; i++) {
    const r = current.byOrdinal[order[i]];
    if (!r) continue;
    const prev = previous?.byOrdinal[order[i]];
    const isLow = r.groups.includes('ШНОР');
    // «Устойчиво низкие результаты» (seed 004: «Показателями для расчета являются результаты ЕГЭ, ОГЭ и ВПР за
    // последние два года»): R1 or R2 by the criteria in both years, before expert adjustments; R3 and S* never make it.
    r.stable = current.lowByOrdinal[order[i]] === 1 && prev !== undefined && previous!.lowByOrdinal[order[i]] === 1;
    r.status = r.groups.length === 0 && r.noData.length === FAMILIES.length ? 'нет данных' : statusOf(prev?.groups, r.groups);
    if (isLow) low++;
    if (r.groups.includes('ШНСУ')) socialCount++;
    if (r.groups.length === 2) s.both++;
    if (r.stable) s.stable++;
    if (r.status === 'вошла') s.entered.push({ schoolKey: r.schoolKey, name: r.name });
    else if (r.status === 'осталась') s.stayed++;
    else if (r.status === 'вышла') leftNow.push(r);
    if (r.adjustment) s.adjusted++;
    schools.push(r);
  }
  // A school that was in a group last year but has no data at all this year has left too.
  if (previous)
    for (let i = 0; i < previous.list.length; i++) {
      const p = previous.list[i];
      if (current.byOrdinal[previous.ordinalOf[i]] === undefined && p.groups.length > 0) s.left.push({ schoolKey: p.schoolKey, name: p.name });
    }
  for (const r of leftNow) s.left.push({ schoolKey: r.schoolKey, name: r.name });
  s.groups = { ШНОР: low, ШНСУ: socialCount };
  CRITERION_CODES.forEach((c, i) => (s.criteria[c] = current.flagged[i]));
  return s;
};

/** The reported years' results in display order, their summaries, and a note per year without a year before. */
export const summariseYears = (
  years: readonly number[],
  byYear: Map<number, YearResults>,
  order: readonly number[],
  notes: BilingualText[],
): { schools: SchoolYearResult[]; summary: YearSummary[] } => {
  const schools: SchoolYearResult[] = [];
  const summary: YearSummary[] = [];
  for (const year of years) {
    const previous = byYear.get(year - 1);
    if (!previous)
      notes.push({
        ru: `За ${year - 1} год данных нет: в ${year} году «устойчиво» и «вошла/вышла» считаются относительно пустого списка.`,
        en: `No data for ${year - 1}: in ${year} “persistently low” and “entered/left” are counted against an empty list.`,
      });
    summary.push(summariseYear(year, byYear.get(year)!, previous, order, schools));
  }
  return { schools, summary };
};
