/**
 * One open workbook worked on step after step (the task pane): Opora's state, the user's sheets as read
 * on the Data step (read once per open) and the last identification, which the partners, roadmap and
 * targets steps reuse instead of identifying again. The use cases take a Session; nothing here knows
 * the view.
 */
import type { IdentificationResult } from '../domain/types';
import type { Grid } from '../grid/grid';
import type { WorkbookPort } from '../hosts/port';
import type { Language } from '../i18n';
import { headerPartOf } from './data-reading';
import { loadWorkbook, type LoadedWorkbook } from './load-workbook';
import { IDENTIFICATION_INPUT_SHEETS } from './own-input-sheets';
import { findOwnedSheet } from './owned-sheets';
import { recordingGrids, withSheetsOnly } from './port-wrappers';
import { isGeneratedSheet, loadState, saveState, type OporaState } from './state';

export type { SheetInfo, WorkbookPort, WriteReport } from '../hosts/port';

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
  /** The input grids of the last read (the mapping screen shows their header cells). */
  grids: () => Grid[];
  identification: () => IdentificationResult | null;
  setIdentification: (result: IdentificationResult) => void;
  /**
   * Reads the chosen sheets (and Opora's «Параметры», «Корректировки»); the others are left out of
   * `port` from now on. Forgets the last identification: it was of other data. A read cancelled
   * meanwhile (`signal`) changes nothing the session holds.
   */
  readSheets: (sheets: readonly string[], signal?: AbortSignal) => Promise<LoadedWorkbook>;
}

export const createSession = (book: WorkbookPort): Session => {
  let state: OporaState | null = null;
  let loaded: LoadedWorkbook | null = null;
  let grids: Grid[] = [];
  let identification: IdentificationResult | null = null;
  let excluded = new Set<string>();
  const port = withSheetsOnly(book, (name) => !excluded.has(name));

  const session: Session = {
    port,
    state: async () => (state ??= (await loadState(book)).state),
    setState: async (next) => {
      state = next;
      await saveState(book, next);
    },
    adopt: async (next) => {
      state = next;
    },
    language: () => state?.language ?? 'ru',
    ownSheet: async (requested) => {
      const names = (await port.listSheets()).map((s) => s.name);
      const actual = findOwnedSheet(requested, names, await session.state());
      return actual ? ((await port.readGrids([actual]))[0] ?? null) : null;
    },
    loaded: () => loaded,
    grids: () => grids,
    identification: () => identification,
    setIdentification: (result) => {
      identification = result;
    },
    readSheets: async (sheets, signal) => {
      const current = await session.state();
      const chosen = new Set(sheets);
      // Hidden sheets stay listed: loadWorkbook skips and reports them, as it does for the CLI.
      excluded = new Set((await book.listSheets()).filter((s) => s.visible && !chosen.has(s.name) && !isGeneratedSheet(current, s.name)).map((s) => s.name));
      const recording = recordingGrids(port);
      const result = await loadWorkbook(recording.port, { state: current, ownSheets: [...IDENTIFICATION_INPUT_SHEETS] });
      if (signal?.aborted) return result;
      loaded = result;
      grids = recording
        .grids()
        .filter((g) => result.inputSheets.includes(g.sheet))
        .map((g) => {
          const mapping = result.read.mapping.sheets.find((m) => m.sheet === g.sheet);
          return mapping ? headerPartOf(g, mapping) : g;
        });
      identification = null;
      return result;
    },
  };
  return session;
};
