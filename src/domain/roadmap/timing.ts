import { monthLabel } from './school-year';
import type { SchoolYear } from './types';

/**
 * Turns a catalogue timing text into months of a school year (0 = September … 11 = August).
 *
 * Convention: every month name means that month inside the chosen school year, so «ежегодно
 * (август)» in 2025/2026 is August 2026 — the August that closes the year and prepares the next.
 * «в течение года» and «постоянно» mean the teaching months, September … May. A range «июнь –
 * сентябрь» runs forward in calendar order and may wrap over the year boundary. Texts with no
 * month («по графику», «по итогам выявления») keep no months and are shown as written.
 */

const MONTH_STEMS: { pattern: RegExp; month: number }[] = [
  ['сентябр', 0], ['октябр', 1], ['ноябр', 2], ['декабр', 3], ['январ', 4], ['феврал', 5],
  ['март', 6], ['апрел', 7], ['ма[йяюе]', 8], ['июн', 9], ['июл', 10], ['август', 11],
].map(([stem, month]) => ({ pattern: new RegExp(`^${stem}`), month: month as number }));

const WHOLE_YEAR = /в\s+течение\s+(учебного\s+)?года|постоянно|ежемесячно/;
const TEACHING_MONTHS = [0, 1, 2, 3, 4, 5, 6, 7, 8];

const monthOfWord = (word: string): number | null => {
  for (const { pattern, month } of MONTH_STEMS) if (pattern.test(word)) return month;
  return null;
};

/** Months in calendar order from a to b inclusive (wrapping over December). */
const calendarRange = (from: number, to: number): number[] => {
  const out: number[] = [];
  // School index → calendar index: September (0) is calendar 8.
  const cal = (m: number) => (m + 8) % 12;
  const school = (c: number) => (c + 4) % 12;
  for (let c = cal(from); ; c = (c + 1) % 12) {
    out.push(school(c));
    if (c === cal(to)) break;
  }
  return out;
};

export const parseTimingMonths = (text: string): number[] => {
  const lower = text.toLowerCase().replace(/ё/g, 'е');
  const months = new Set<number>();
  if (WHOLE_YEAR.test(lower)) TEACHING_MONTHS.forEach((m) => months.add(m));
  const tokens = lower.match(/[а-я]+|[-–—]/g) ?? [];
  let previous: number | null = null;
  let rangeOpen = false;
  for (const token of tokens) {
    if (/^[-–—]$/.test(token)) {
      rangeOpen = previous !== null;
      continue;
    }
    const month = monthOfWord(token);
    if (month === null) {
      if (!/^г(од)?$/.test(token)) rangeOpen = false;
      continue;
    }
    if (rangeOpen && previous !== null) calendarRange(previous, month).forEach((m) => months.add(m));
    else months.add(month);
    previous = month;
    rangeOpen = false;
  }
  return [...months].sort((a, b) => a - b);
};

/** Contiguous runs of sorted school-year months. */
const runs = (months: number[]): [number, number][] => {
  const out: [number, number][] = [];
  for (const m of months) {
    const last = out[out.length - 1];
    if (last && m === last[1] + 1) last[1] = m;
    else out.push([m, m]);
  }
  return out;
};

/** «сентябрь 2025 – май 2026», «март 2026, сентябрь 2025»… in school-year order. */
export const formatMonths = (year: SchoolYear, months: number[], language: 'ru' | 'en' = 'ru'): string =>
  runs(months)
    .map(([a, b]) => (a === b ? monthLabel(year, a, language) : `${monthLabel(year, a, language)} – ${monthLabel(year, b, language)}`))
    .join(', ');

export interface ResolvedTiming {
  months: number[];
  text: string;
}

export const resolveTiming = (year: SchoolYear, timing: string, language: 'ru' | 'en' = 'ru'): ResolvedTiming => {
  const months = parseTimingMonths(timing);
  return { months, text: months.length > 0 ? formatMonths(year, months, language) : timing.trim() };
};
