import type { Grid } from '../grid/grid';
import type { SheetSpec } from '../grid/sheet-spec';
import type { Bilingual } from '../i18n/bilingual';

export interface SheetInfo {
  name: string;
  visible: boolean;
}

/** What one write did: the host reports its own cost so benchmarks and tests can read it. */
export interface WriteReport {
  sheet: string;
  rows: number;
  syncs: number;
  largestPayloadBytes: number;
  /** Formatting or print settings the host refused; the data itself was written (Russian and English). */
  notApplied?: Bilingual[];
}

/** A sheet whose content is built only when the workbook needs it (saved, or the sheet read back). */
export interface DeferredSheet {
  name: string;
  /** The data rows the built spec will have (the write report's count). */
  rows: number;
  build: () => SheetSpec;
}

/**
 * The only door to a workbook. Two adapters: hosts/excel (Office.js) and hosts/xlsx (ExcelJS).
 * writeSheet replaces the whole sheet named in the spec (creating it if needed); callers make
 * sure it is one of Opora's own sheets (app/owned-sheets.ts) - adapters do not check.
 */
export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  /** Reads several sheets in one batch (one sync on Office.js for small sheets). */
  readGrids(sheets: string[]): Promise<Grid[]>;
  writeSheet(spec: SheetSpec): Promise<WriteReport>;
  /**
   * Like writeSheet, for a host that holds the book in memory (hosts/xlsx): the spec is built when the
   * book is saved, so a whole country's sheet is not held until then. Absent where writes are immediate.
   */
  writeDeferred?(sheet: DeferredSheet): Promise<WriteReport>;
  deleteSheet(name: string): Promise<void>;
  /** Opora's own state (column mapping, list of generated sheets...), kept inside the workbook. */
  loadState(): Promise<string | null>;
  saveState(json: string): Promise<void>;
  /** Selects a cell for the user (problem links in the task pane). No-op where there is no UI. */
  selectCell?(sheet: string, row: number, column: number): Promise<void>;
}
