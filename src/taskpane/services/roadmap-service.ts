import { roadmapSheetNames, writeRoadmap } from '../../app/roadmap';
import { roadmapInputFromIdentification } from '../../domain/roadmap/from-identification';
import { schoolYearAfter } from '../../domain/roadmap/school-calendar';
import type { RoadmapService, StepOutcome } from '../model';
import { throwIfAborted, yieldToUi } from './abort';
import type { Session } from './session';

const notIdentified = (): Error =>
  Object.assign(new Error('Identification has not run'), {
    messageRu: 'идентификация ещё не выполнена — выполните её на шаге «Идентификация»',
    messageEn: 'identification has not run - run it on the “Identification” step',
  });

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

/** The roadmap use case over the session's last identification; it writes its sheets as it builds them. */
export const roadmapService = (session: Session, now: () => Date = () => new Date()): RoadmapService => ({
  yearOptions: () => {
    const today = now();
    return yearChoices(resultsYearOf(session, today), today);
  },
  build: async (schoolYear, ctx): Promise<StepOutcome> => {
    const identification = session.identification();
    const loaded = session.loaded();
    if (!identification || !loaded) throw notIdentified();
    const state = await session.state();
    await yieldToUi();
    throwIfAborted(ctx.signal);
    const input = roadmapInputFromIdentification(identification, { schoolYear, social: loaded.read.dataset.social });
    const steps = 5; // catalogue, plan, and three sheets written
    let done = 0;
    const run = await writeRoadmap(session.port, state, input, {
      onProgress: (ru, en) => ctx.onProgress(Math.min(++done / steps, 1), { ru, en }),
    });
    await session.setState(run.state);
    const catalogue = roadmapSheetNames(schoolYear, state.language).catalogue;
    const activities = run.roadmap.sections.reduce((n, section) => n + section.items.length, 0);
    return {
      summary: {
        ru: `Дорожная карта на ${schoolYear} учебный год: мероприятий ${activities}, планов школ ${run.roadmap.schoolPlans.length}.`,
        en: `Roadmap for ${schoolYear}: ${activities} activities, ${run.roadmap.schoolPlans.length} school plans.`,
      },
      // The plan first; the catalogue it was built from last.
      sheets: [...run.specs.filter((x) => x.name !== catalogue), ...run.specs.filter((x) => x.name === catalogue)],
      written: run.reports.map((r) => ({ sheet: r.sheet, rows: r.rows, message: { ru: r.message, en: r.messageEn } })),
      problems: run.problems,
    };
  },
});
