/**
 * The task pane's services over one WorkbookPort: the app layer's use cases (load-workbook,
 * owned-sheets, roadmap) and the domain's identify, with the state they share between steps.
 */
import { loadWorkbook, type LoadedWorkbook } from '../../app/load-workbook';
import { writeOwnedSheet } from '../../app/owned-sheets';
import { isGeneratedSheet, loadState, saveState, type OporaState } from '../../app/state';
import type { IdentificationResult } from '../../domain/types';
import type { WorkbookPort } from '../../hosts/port';
import type { WorkbookMapping } from '../../tables/mapping-schema';
import type { OporaServices, RunContext } from '../model';
import { throwIfAborted, yieldToUi } from './abort';
import { identificationService } from './identification-service';
import { recordingGrids, withSheetsOnly } from './port-wrappers';
import { correctMapping, dataReading } from './reading-view';
import { roadmapService } from './roadmap-service';

export interface Session {
  port: WorkbookPort;
  state: () => Promise<OporaState>;
  setState: (state: OporaState) => Promise<void>;
  loaded: () => LoadedWorkbook | null;
  identification: () => IdentificationResult | null;
  setIdentification: (result: IdentificationResult) => void;
}

/** Saved sheets with the corrected ones replaced: only sheets the user confirmed are remembered. */
const rememberCorrected = (saved: WorkbookMapping | undefined, corrected: WorkbookMapping): WorkbookMapping => {
  const confirmed = corrected.sheets.filter((s) => s.confirmed);
  const names = new Set(confirmed.map((s) => s.sheet));
  return { version: 1, sheets: [...(saved?.sheets ?? []).filter((s) => !names.has(s.sheet)), ...confirmed] };
};

export const createServices = (port: WorkbookPort): OporaServices => {
  let state: OporaState | null = null;
  let loaded: LoadedWorkbook | null = null;
  let lastGrids: ReturnType<ReturnType<typeof recordingGrids>['grids']> = [];
  let identification: IdentificationResult | null = null;

  const session: Session = {
    port,
    state: async () => (state ??= (await loadState(port)).state),
    setState: async (next) => {
      state = next;
      await saveState(port, next);
    },
    loaded: () => loaded,
    identification: () => identification,
    setIdentification: (result) => {
      identification = result;
    },
  };

  const readData: OporaServices['readData'] = async (sheets, corrections, ctx: RunContext) => {
    ctx.onProgress(null, { ru: 'Чтение книги', en: 'Reading the workbook' });
    const current = await session.state();
    if (corrections && loaded) {
      const corrected = correctMapping(loaded.read.mapping, corrections, lastGrids);
      await session.setState({ ...current, mapping: rememberCorrected(current.mapping, corrected) });
    }
    throwIfAborted(ctx.signal);
    const chosen = new Set(sheets);
    const recording = recordingGrids(withSheetsOnly(port, (name) => chosen.has(name) || isGeneratedSheet(current, name)));
    await yieldToUi();
    const result = await loadWorkbook(recording.port, { state: await session.state() });
    throwIfAborted(ctx.signal);
    loaded = result;
    lastGrids = recording.grids();
    identification = null;
    ctx.onProgress(1, { ru: 'Книга прочитана', en: 'Workbook read' });
    return dataReading({ ...result.read, problems: result.problems }, lastGrids);
  };

  return {
    listSheets: async () => {
      const current = await session.state();
      return (await port.listSheets()).filter((s) => !isGeneratedSheet(current, s.name));
    },
    readData,
    writeSheet: async (spec) => {
      const { report, state: next } = await writeOwnedSheet(port, spec, await session.state());
      await session.setState(next);
      return report;
    },
    ...(port.selectCell ? { selectCell: (sheet: string, row: number, column: number) => port.selectCell!(sheet, row, column) } : {}),
    identification: identificationService(session),
    roadmap: roadmapService(session),
  };
};
