/**
 * The task pane's services over one WorkbookPort: the app layer's use cases (load-workbook,
 * owned-sheets, roadmap) and the domain's identify, with the state they share between steps.
 */
import { loadWorkbook, type LoadedWorkbook } from '../../app/load-workbook';
import { findOwnedSheet, writeOwnedSheet } from '../../app/owned-sheets';
import { isGeneratedSheet, loadState, saveState, type OporaState } from '../../app/state';
import type { IdentificationResult } from '../../domain/types';
import type { Grid } from '../../grid/grid';
import type { WorkbookPort } from '../../hosts/port';
import type { Language } from '../../i18n';
import type { WorkbookMapping } from '../../tables/mapping-schema';
import type { OporaServices, RunContext } from '../model';
import { throwIfAborted, yieldToUi } from './abort';
import { IDENTIFICATION_OWN_SHEETS, identificationService } from './identification-service';
import { recordingGrids, withSheetsOnly } from './port-wrappers';
import { correctMapping, dataReading } from './reading-view';
import { withChoice } from './matching-view';
import { partnersService } from './partners-service';
import { roadmapService } from './roadmap-service';
import { targetsService } from './targets-service';

export interface Session {
  /** The workbook as the use cases see it: the user's sheets left out on the Data step are not listed. */
  port: WorkbookPort;
  state: () => Promise<OporaState>;
  /** Saves a changed state in the workbook. */
  setState: (state: OporaState) => Promise<void>;
  /** Takes a state a use case has already saved. */
  adopt: (state: OporaState) => Promise<void>;
  language: () => Language;
  /** One of Opora's own sheets as it stands now (null when Opora has not written it). */
  ownSheet: (requested: string) => Promise<Grid | null>;
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
  let lastGrids: Grid[] = [];
  let lastSheets: string[] = [];
  let identification: IdentificationResult | null = null;

  let excluded = new Set<string>();
  const inputPort = withSheetsOnly(port, (name) => !excluded.has(name));

  const session: Session = {
    port: inputPort,
    state: async () => (state ??= (await loadState(port)).state),
    setState: async (next) => {
      state = next;
      await saveState(port, next);
    },
    adopt: async (next) => {
      state = next;
    },
    language: () => state?.language ?? 'ru',
    ownSheet: async (requested) => {
      const names = (await inputPort.listSheets()).map((s) => s.name);
      const actual = findOwnedSheet(requested, names, await session.state());
      return actual ? ((await inputPort.readGrids([actual]))[0] ?? null) : null;
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
    // Hidden sheets stay listed: loadWorkbook skips and reports them, as it does for the CLI.
    excluded = new Set((await port.listSheets()).filter((s) => s.visible && !chosen.has(s.name) && !isGeneratedSheet(current, s.name)).map((s) => s.name));
    const recording = recordingGrids(inputPort);
    await yieldToUi();
    const result = await loadWorkbook(recording.port, { state: await session.state(), ownSheets: IDENTIFICATION_OWN_SHEETS });
    throwIfAborted(ctx.signal);
    loaded = result;
    lastGrids = recording.grids().filter((g) => result.inputSheets.includes(g.sheet));
    identification = null;
    ctx.onProgress(1, { ru: 'Книга прочитана', en: 'Workbook read' });
    lastSheets = sheets;
    return dataReading({ ...result.read, problems: result.problems }, lastGrids, result.decisions);
  };

  const decideMatch: NonNullable<OporaServices['decideMatch']> = async (choice, ctx) => {
    const current = await session.state();
    const decisions = withChoice(loaded?.decisions ?? current.schoolMatches ?? [], choice);
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
