import type { Session } from '../../app/session';
import { targetsInSession } from '../../app/targets';
import type { PaneChart, SimpleStepService, StepOutcome } from '../model';
import { throwIfAborted, yieldToUi } from './abort';

/**
 * The targets step over the app's use case (the session's read and identification reused): it writes the
 * catalogue, the monitoring templates, the control and the results over years, and hands the pane the
 * same charts as those sheets carry.
 */
export const targetsService = (session: Session): SimpleStepService => ({
  run: async (ctx): Promise<StepOutcome> => {
    await yieldToUi();
    throwIfAborted(ctx.signal);
    const steps = 7;
    let done = 0;
    const run = await targetsInSession(session, (ru, en) => ctx.onProgress(Math.min(++done / steps, 1), { ru, en }));
    const charts: PaneChart[] = run.charts.map((c) => ({
      title: c.spec.title,
      kind: c.spec.type,
      categories: c.categories,
      series: c.series,
      ...(c.spec.percentAxis ? { percent: true } : {}),
    }));
    const { control } = run;
    return {
      summary: {
        ru: `Контроль показателей ${control.year}: школ в программе ${control.schools.length}, не достигли хотя бы одного показателя ${control.missing.length}: ${control.missing.map((s) => s.school.name).join(', ') || '—'}.`,
        en: `Target control ${control.year}: ${control.schools.length} programme schools, ${control.missing.length} missing at least one target: ${control.missing.map((s) => s.school.name).join(', ') || '—'}.`,
      },
      sheets: run.specs,
      charts,
      written: run.reports.map((r) => ({ sheet: r.sheet, rows: r.rows, message: { ru: r.message, en: r.messageEn } })),
      problems: run.problems,
    };
  },
});
