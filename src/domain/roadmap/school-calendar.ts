import type { SchoolYear } from './types';

/** Nominative month names in school-year order: index 0 = September … 11 = August. */
export const SCHOOL_MONTHS_RU = [
  'сентябрь', 'октябрь', 'ноябрь', 'декабрь', 'январь', 'февраль',
  'март', 'апрель', 'май', 'июнь', 'июль', 'август',
] as const;

export const SCHOOL_MONTHS_EN = [
  'September', 'October', 'November', 'December', 'January', 'February',
  'March', 'April', 'May', 'June', 'July', 'August',
] as const;

/**
 * Parses «2025/2026» (also «2025-2026», «2025–26», «2025»): the year starting in September 2025.
 * Returns null for anything else, including years that do not follow each other.
 */
export const parseSchoolYear = (text: string): SchoolYear | null => {
  const m = /^\s*(\d{4})\s*(?:[/\-–—]\s*(\d{2}|\d{4}))?\s*$/.exec(text);
  if (!m) return null;
  const startYear = Number(m[1]);
  if (m[2]) {
    const end = m[2].length === 2 ? Math.floor(startYear / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (end !== startYear + 1) return null;
  }
  return { startYear, label: `${startYear}/${startYear + 1}` };
};

/** Calendar year of a plan month index (0 = September of the first year; below 0 before it, above 11 after it). */
export const calendarYear = (year: SchoolYear, month: number): number => year.startYear + Math.floor((month + 8) / 12);

/** The month's name index in SCHOOL_MONTHS_* (0 = September), for any plan month index. */
export const monthNameIndex = (month: number): number => ((month % 12) + 12) % 12;

export const monthLabel = (year: SchoolYear, month: number, language: 'ru' | 'en' = 'ru'): string =>
  `${(language === 'ru' ? SCHOOL_MONTHS_RU : SCHOOL_MONTHS_EN)[monthNameIndex(month)]} ${calendarYear(year, month)}`;

/** «2025-2026»: the label usable in a sheet name (Excel forbids «/»). */
export const sheetYearLabel = (year: SchoolYear): string => `${year.startYear}-${year.startYear + 1}`;

/** The school year that follows results of `resultsYear` (exams of June 2025 → plan for 2025/2026). */
export const schoolYearAfter = (resultsYear: number): string => `${resultsYear}/${resultsYear + 1}`;
