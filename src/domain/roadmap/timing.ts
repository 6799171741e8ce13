import { monthLabel } from './school-calendar';
import type { SchoolYear } from './types';

/**
 * Turns a catalogue timing text into months of the plan, as indices relative to the school year:
 * 0 = September of its first year … 11 = August of the next; below 0 the months before it, above 11
 * those after (a document's months are kept even when they fall outside the school year).
 *
 * How a month without a year is placed depends on the plan the activity comes from (`Placement`):
 * - 'school' (plans by school year): inside September … August, so «ежегодно (август)» in 2025/2026 is
 *   August 2026; a range running over August into the autumn («август-сентябрь») starts in the summer
 *   before the school year;
 * - 'before' (the analytic stage that opens the year): the months up to September of the first year, so
 *   «май-июнь» is May – June 2025 and «июнь – сентябрь» June – September 2025;
 * - 'calendar' (a plan-schedule by calendar year): the calendar year in which the school year ends,
 *   January … December 2026 for 2025/2026, in the document's order («март, сентябрь, ноябрь» is March,
 *   September, November 2026).
 * A month written with its year («апрель 2026») is placed exactly. «в течение года», «постоянно», «учебный
 * год» mean the teaching months, September … May. Texts with no month («по графику», «по итогам
 * выявления») keep no months and are shown as written.
 */

export type Placement = 'school' | 'before' | 'calendar';

const MONTH_STEMS: { pattern: RegExp; month: number }[] = [
  ['январ', 0], ['феврал', 1], ['март', 2], ['апрел', 3], ['ма[йяюе]', 4], ['июн', 5],
  ['июл', 6], ['август', 7], ['сентябр', 8], ['октябр', 9], ['ноябр', 10], ['декабр', 11],
].map(([stem, month]) => ({ pattern: new RegExp(`^${stem}`), month: month as number }));

const WHOLE_YEAR = /в\s+течение\s+(учебного\s+)?года|постоянно|ежемесячно|учебный\s+год/;
const TEACHING_MONTHS = [0, 1, 2, 3, 4, 5, 6, 7, 8];

/** Calendar month (0 = January) of a word, or null. */
const calendarMonthOf = (word: string): number | null => {
  for (const { pattern, month } of MONTH_STEMS) if (pattern.test(word)) return month;
  return null;
};

/** School-year index (0 = September) of a calendar month in the school year. */
const inSchoolYear = (c: number): number => (c + 4) % 12;

/** Where a calendar month without a year goes, by placement. */
const place = (c: number, placement: Placement): number => {
  if (placement === 'calendar') return c + 4;
  const i = inSchoolYear(c);
  return placement === 'before' && i > 0 ? i - 12 : i;
};

interface MonthToken {
  month: number; // calendar
  year?: number;
  /** This month closes a range opened by the month before. */
  rangeEnd: boolean;
}

const tokensOf = (text: string): MonthToken[] => {
  const lower = text.toLowerCase().replace(/ё/g, 'е');
  const raw = lower.match(/[а-я]+|[-–—]|\d{4}/g) ?? [];
  const out: MonthToken[] = [];
  let rangeOpen = false;
  for (const token of raw) {
    if (/^[-–—]$/.test(token)) {
      rangeOpen = out.length > 0;
      continue;
    }
    if (/^\d{4}$/.test(token)) {
      const last = out[out.length - 1];
      if (last && last.year === undefined) last.year = Number(token);
      continue;
    }
    const month = calendarMonthOf(token);
    if (month === null) {
      if (!/^г(од)?$/.test(token)) rangeOpen = false;
      continue;
    }
    out.push({ month, rangeEnd: rangeOpen });
    rangeOpen = false;
  }
  return out;
};

const exact = (t: MonthToken, startYear: number): number => (t.year! - startYear) * 12 + t.month - 8;

/**
 * The months of a timing text as plan indices, sorted. `startYear` (the school year's first year) lets
 * months written with their year be placed exactly; without it their years are ignored.
 */
export const parseTimingMonths = (text: string, placement: Placement = 'school', startYear?: number): number[] => {
  const months = new Set<number>();
  if (WHOLE_YEAR.test(text.toLowerCase())) TEACHING_MONTHS.forEach((m) => months.add(m));
  const tokens = tokensOf(text);
  const dated = (t: MonthToken) => startYear !== undefined && t.year !== undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (next?.rangeEnd) {
      const length = (next.month - t.month + 12) % 12;
      let start: number;
      if (dated(t)) start = exact(t, startYear!);
      else if (dated(next)) start = exact(next, startYear!) - length;
      else if (placement === 'before') start = place(next.month, 'before') - length;
      else {
        start = place(t.month, placement);
        // A school-year range running over August into the autumn starts in the summer before.
        if (placement === 'school' && start + length > 11) start -= 12;
      }
      for (let m = start; m <= start + length; m++) months.add(m);
      k++;
      continue;
    }
    months.add(dated(t) ? exact(t, startYear!) : place(t.month, placement));
  }
  return [...months].sort((a, b) => a - b);
};

/** Contiguous runs of sorted months. */
const runs = (months: number[]): [number, number][] => {
  const out: [number, number][] = [];
  for (const m of months) {
    const last = out[out.length - 1];
    if (last && m === last[1] + 1) last[1] = m;
    else out.push([m, m]);
  }
  return out;
};

/** «сентябрь 2025 – май 2026», «март 2026, сентябрь 2026, ноябрь 2026»… in date order. */
export const formatMonths = (year: SchoolYear, months: number[], language: 'ru' | 'en' = 'ru'): string =>
  runs([...months].sort((a, b) => a - b))
    .map(([a, b]) => (a === b ? monthLabel(year, a, language) : `${monthLabel(year, a, language)} – ${monthLabel(year, b, language)}`))
    .join(', ');

export interface ResolvedTiming {
  months: number[];
  text: string;
}

export const resolveTiming = (year: SchoolYear, timing: string, language: 'ru' | 'en' = 'ru', placement: Placement = 'school'): ResolvedTiming => {
  const months = parseTimingMonths(timing, placement, year.startYear);
  return { months, text: months.length > 0 ? formatMonths(year, months, language) : timing.trim() };
};
