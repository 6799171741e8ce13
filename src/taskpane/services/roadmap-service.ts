import { roadmapInSession, roadmapSheetNames } from '../../app/roadmap';
import { sessionYearChoices } from '../../app/roadmap-years';
import type { Session } from '../../app/session';
import type { RoadmapService, StepOutcome } from '../model';
import { throwIfAborted, yieldToUi } from './abort';
import { notIdentified } from './step-errors';

/** The roadmap step over the app's roadmap of the session's last identification; it writes its sheets as it builds them. */
export const roadmapService = (session: Session, now: () => Date = () => new Date()): RoadmapService => ({
  yearOptions: () => sessionYearChoices(session, now()),
  build: async (schoolYear, ctx): Promise<StepOutcome> => {
    if (!session.identification() || !session.loaded()) throw notIdentified();
    await yieldToUi();
    throwIfAborted(ctx.signal);
    const steps = 5; // catalogue, plan, and three sheets written
    let done = 0;
    const run = await roadmapInSession(session, schoolYear, (ru, en) => ctx.onProgress(Math.min(++done / steps, 1), { ru, en }));
    const catalogue = roadmapSheetNames(schoolYear, run.state.language).catalogue;
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
