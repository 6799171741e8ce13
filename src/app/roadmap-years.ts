import { schoolYearAfter } from '../domain/roadmap/school-calendar';
import type { Session } from './session';

/** Start year of the school year a date falls in (September to August). */
const schoolYearStart = (today: Date): number => (today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1);

/**
 * School years to offer: from the one before the results' year to the next school year after today (or
 * two after the results, if later), so every year the CLI accepts for these results can be chosen;
 * the default is the year that follows the results.
 */
export const yearChoices = (resultsYear: number, today: Date): { defaultYear: string; years: string[] } => {
  const last = Math.max(resultsYear + 2, schoolYearStart(today) + 1);
  const years: string[] = [];
  for (let y = resultsYear - 1; y <= last; y++) years.push(schoolYearAfter(y));
  return { defaultYear: schoolYearAfter(resultsYear), years };
};

/** The latest year with results: from the identification when it ran, else from the data read (the same year). */
const resultsYearOf = (session: Session, today: Date): number => {
  const identified = session.identification()?.lastYear;
  if (identified) return identified;
  let latest = 0;
  for (const r of session.loaded()?.read.dataset.results ?? []) if (r.year > latest) latest = r.year;
  return latest || schoolYearStart(today);
};

/** The school years the session's roadmap may be built for. */
export const sessionYearChoices = (session: Session, today: Date): { defaultYear: string; years: string[] } => yearChoices(resultsYearOf(session, today), today);
