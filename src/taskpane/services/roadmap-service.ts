import { roadmapSheetNames, writeRoadmap } from '../../app/roadmap';
import { roadmapInputFromIdentification } from '../../domain/roadmap/from-identification';
import { schoolYearAfter } from '../../domain/roadmap/school-year';
import type { RoadmapService, StepOutcome } from '../model';
import { throwIfAborted, yieldToUi } from './abort';
import type { Session } from './session';

const notIdentified = (): Error =>
  Object.assign(new Error('Identification has not run'), {
    messageRu: 'идентификация ещё не выполнена — выполните её на шаге «Идентификация»',
    messageEn: 'identification has not run - run it on the “Identification” step',
  });

/** The roadmap use case over the session's last identification; it writes its sheets as it builds them. */
export const roadmapService = (session: Session): RoadmapService => ({
  yearOptions: () => {
    const last = session.identification()?.lastYear ?? new Date().getFullYear() - 1;
    return { defaultYear: schoolYearAfter(last), years: [schoolYearAfter(last - 1), schoolYearAfter(last), schoolYearAfter(last + 1)] };
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
