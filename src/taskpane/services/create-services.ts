/**
 * The task pane's services over one workbook: thin adapters from the app layer's use cases (over one
 * app Session) to the shapes of model.ts.
 */
import { correctMapping, dataReading, rememberCorrected } from '../../app/data-reading';
import { withChoice } from '../../app/school-matches';
import { createSession } from '../../app/session';
import { writeOwnedSheet } from '../../app/owned-sheets';
import { isGeneratedSheet } from '../../app/state';
import type { WorkbookPort } from '../../app/session';
import type { OporaServices, RunContext } from '../model';
import { throwIfAborted, yieldToUi } from './abort';
import { identificationService } from './identification-service';
import { partnersService } from './partners-service';
import { roadmapService } from './roadmap-service';
import { targetsService } from './targets-service';

export const createServices = (port: WorkbookPort): OporaServices => {
  const session = createSession(port);
  let lastSheets: string[] = [];

  const readData: OporaServices['readData'] = async (sheets, corrections, ctx: RunContext) => {
    ctx.onProgress(null, { ru: 'Чтение книги', en: 'Reading the workbook' });
    const current = await session.state();
    const loaded = session.loaded();
    if (corrections && loaded) {
      const corrected = correctMapping(loaded.read.mapping, corrections, session.grids());
      await session.setState({ ...current, mapping: rememberCorrected(current.mapping, corrected) });
    }
    throwIfAborted(ctx.signal);
    await yieldToUi();
    const result = await session.readSheets(sheets, ctx.signal);
    throwIfAborted(ctx.signal);
    ctx.onProgress(1, { ru: 'Книга прочитана', en: 'Workbook read' });
    lastSheets = sheets;
    return dataReading({ ...result.read, problems: result.problems }, session.grids(), result.decisions);
  };

  const decideMatch: NonNullable<OporaServices['decideMatch']> = async (choice, ctx) => {
    const current = await session.state();
    const decisions = withChoice(session.loaded()?.decisions ?? current.schoolMatches ?? [], choice);
    await session.setState({ ...current, schoolMatches: decisions });
    return readData(lastSheets, null, ctx);
  };

  return {
    listSheets: async () => {
      const current = await session.state();
      return (await port.listSheets()).filter((s) => !isGeneratedSheet(current, s.name));
    },
    readData,
    decideMatch,
    writeSheet: async (spec) => {
      const { report, state: next } = await writeOwnedSheet(port, spec, await session.state());
      await session.setState(next);
      return report;
    },
    ...(port.selectCell ? { selectCell: (sheet: string, row: number, column: number) => port.selectCell!(sheet, row, column) } : {}),
    identification: identificationService(session),
    roadmap: roadmapService(session),
    partners: partnersService(session),
    targets: targetsService(session),
  };
};
