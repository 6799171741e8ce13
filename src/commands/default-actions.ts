/**
 * What the ribbon buttons do when the task pane has not provided its own actions: the app layer's
 * use cases over the open workbook, summarised in one Russian sentence for the notice.
 */
import type { WorkbookPort } from '../hosts/port';
import type { CommandActions } from './command-actions';

const sheetList = (reports: { sheet: string }[]): string => (reports.length > 0 ? ` Записаны листы: ${reports.map((r) => `«${r.sheet}»`).join(', ')}.` : '');

const problemsNote = (count: number): string => (count > 0 ? ` Замечаний к данным: ${count} — см. панель «Опора».` : '');

/** `openPort` may load its host first (the ribbon's Office.js host is loaded on the first click, not with the pane). */
export const defaultCommandActions = (openPort: () => WorkbookPort | Promise<WorkbookPort>): CommandActions => ({
  runIdentification: async () => {
    const { runIdentification } = await import('../app/identify');
    const outcome = await runIdentification(await openPort());
    if (outcome.year === null) {
      throw new Error('в книге не найдено данных для идентификации (результатов, олимпиад или социального паспорта). Откройте панель «Опора» и проверьте листы с данными');
    }
    const summary = outcome.result.summary.find((s) => s.year === outcome.year);
    const counts = summary ? ` ШНОР — ${summary.groups['ШНОР']}, ШНСУ — ${summary.groups['ШНСУ']} из ${summary.schools} школ.` : '';
    const problems = outcome.problems.length + outcome.result.problems.length;
    return `Идентификация за ${outcome.year} год выполнена.${counts}${sheetList(outcome.writes)}${problemsNote(problems)}`;
  },
  buildRoadmap: async () => {
    const { buildRoadmapFromWorkbook } = await import('../app/roadmap');
    const run = await buildRoadmapFromWorkbook(await openPort());
    return `Дорожная карта построена.${sheetList(run.reports)}${problemsNote(run.problems.length)}`;
  },
});
