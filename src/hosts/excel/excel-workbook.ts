import type { SheetSpec } from '../../grid/sheet-spec';
import { sheetNotFound } from '../host-error';
import type { Grid } from '../../grid/grid';
import type { SheetInfo, WorkbookPort, WriteReport } from '../port';
import { joinState, splitState, STATE_SHEET } from '../state-sheet';
import { clearSheet } from './clear-sheet';
import { DEFAULT_READ_LIMITS, readSheets, type ReadLimits } from './read-sheets';
import { isRequirementSupported, RUNTIME_CHECKED } from './requirements';
import { applyCosmetics } from './apply-cosmetics';
import { COSMETIC_GROUPS, DEFAULT_WRITE_LIMITS, planSpecWrite, type WriteLimits } from './write-spec';

/** Excel.run, or a test double's equivalent. */
export type ExcelBatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelWorkbookOptions {
  read?: Partial<ReadLimits>;
  write?: Partial<WriteLimits>;
}


const errorCode = (e: unknown): string | undefined => (typeof e === 'object' && e !== null ? (e as { code?: string }).code : undefined);

/** Counts the syncs of one operation so it can report its own cost. */
class SyncCounter {
  count = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  sync = async (): Promise<void> => {
    await this.context.sync();
    this.count++;
  };
}

/**
 * WorkbookPort over Office.js. Loads are batched before one sync; large sheets are read and written
 * in row chunks so no request or response nears Excel on the web's 5 MB limit.
 */
export class ExcelWorkbook implements WorkbookPort {
  private readonly readLimits: ReadLimits;
  private readonly writeLimits: WriteLimits;

  constructor(
    private readonly run: ExcelBatchRunner = (batch) => Excel.run(batch),
    options: ExcelWorkbookOptions = {},
  ) {
    this.readLimits = { ...DEFAULT_READ_LIMITS, supportsMergedAreas: isRequirementSupported(RUNTIME_CHECKED.mergedAreas), ...options.read };
    this.writeLimits = { ...DEFAULT_WRITE_LIMITS, ...options.write };
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/visibility');
      await context.sync();
      return sheets.items.filter((ws) => ws.name !== STATE_SHEET).map((ws) => ({ name: ws.name, visible: ws.visibility === 'Visible' }));
    });
  }

  readGrids(sheets: string[]): Promise<Grid[]> {
    if (sheets.length === 0) return Promise.resolve([]);
    return this.run(async (context) => {
      try {
        return await readSheets(context, sheets, this.readLimits, new SyncCounter(context).sync);
      } catch (e) {
        if (errorCode(e) !== 'ItemNotFound') throw e;
        const existing = new Set((await this.listSheets()).map((s) => s.name.toLowerCase()));
        const missing = sheets.find((s) => !existing.has(s.toLowerCase()));
        throw missing ? sheetNotFound(missing) : e;
      }
    });
  }

  /**
   * Replaces the sheet's content in place: an existing sheet is cleared and written again rather than
   * deleted and re-added, so formulas in the user's sheets that refer to it keep working.
   */
  writeSheet(spec: SheetSpec): Promise<WriteReport> {
    const plan = planSpecWrite(spec, this.writeLimits);
    return this.run(async (context) => {
      const counter = new SyncCounter(context);
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(spec.name);
      const charts = existing.charts.load('items/name');
      await counter.sync();
      const ws = existing.isNullObject ? sheets.add(spec.name) : existing;
      if (!existing.isNullObject) clearSheet(ws, { removeAutoFilter: !spec.autoFilter, charts });
      let largest = 0;
      for (const step of plan.data) {
        step.apply(ws);
        await counter.sync();
        largest = Math.max(largest, step.bytes);
      }
      const cosmetics = await applyCosmetics(ws, plan.cosmetics, counter.sync);
      largest = Math.max(largest, cosmetics.largestBytes);
      const report: WriteReport = { sheet: spec.name, rows: spec.rows.length, syncs: counter.count, largestPayloadBytes: largest };
      return cosmetics.failed.length > 0 ? { ...report, notApplied: cosmetics.failed.map((g) => COSMETIC_GROUPS[g]) } : report;
    });
  }

  deleteSheet(name: string): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (ws.isNullObject) return;
      ws.delete();
      await context.sync();
    });
  }

  loadState(): Promise<string | null> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
      await context.sync();
      if (ws.isNullObject) return null;
      const used = ws.getRange('A:A').getUsedRangeOrNullObject(true).load('values');
      await context.sync();
      return used.isNullObject ? null : joinState(used.values.map((row) => row[0]));
    });
  }

  saveState(json: string): Promise<void> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(STATE_SHEET);
      await context.sync();
      const ws = existing.isNullObject ? sheets.add(STATE_SHEET) : existing;
      if (!existing.isNullObject) ws.getRange().clear();
      const chunks = splitState(json);
      const column = ws.getRangeByIndexes(0, 0, chunks.length, 1);
      column.numberFormat = chunks.map(() => ['@']);
      column.values = chunks.map((c) => [c]);
      ws.visibility = 'VeryHidden';
      await context.sync();
    });
  }

  /** row and column are 1-based. */
  selectCell(sheet: string, row: number, column: number): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getCell(row - 1, column - 1).select();
      await context.sync();
    });
  }
}
