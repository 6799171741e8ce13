import type { CellValue } from '../../grid/cell';
import type { Grid, MergeArea } from '../../grid/grid';
import { byPosition } from '../merge-order';
import { officeCellValue, officeFormula, parseMergedAddress } from './office-cells';
import { readMergedAreas } from './merged-areas';
import { jsonBytes } from './row-chunks';

/** Limits that keep every read response well under Excel on the web's 5 MB / 5,000,000-cell caps. */
export interface ReadLimits {
  /** Rows read from the top of every sheet in the first sync, shared between the sheets read together. */
  firstRows: number;
  responseBudgetBytes: number;
  /**
   * Bytes a cell is assumed to take before any has been seen (value, formula and value type of a short
   * Cyrillic text): the first sync's window is as wide as this allows, so its response has a bound too.
   */
  assumedBytesPerCell: number;
  maxChunkRows: number;
  maxChunkCells: number;
  supportsMergedAreas: boolean;
}

export const DEFAULT_READ_LIMITS: Omit<ReadLimits, 'supportsMergedAreas'> = {
  firstRows: 2000,
  responseBudgetBytes: 2_500_000,
  assumedBytesPerCell: 96,
  maxChunkRows: 20_000,
  maxChunkCells: 1_000_000,
};

const CELL_PROPS = 'rowIndex,columnIndex,rowCount,columnCount,values,formulas,valueTypes';

interface Block {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  valueTypes: string[][];
}

interface SheetRead {
  name: string;
  used: Excel.Range;
  /** The top-left window read in the first sync: firstRows rows × window.columns columns. */
  first: Excel.Range;
  merged: Excel.RangeAreas | null;
  blocks: Block[];
}

const blockOf = (r: Excel.Range): Block => ({
  rowIndex: r.rowIndex,
  columnIndex: r.columnIndex,
  values: r.values,
  formulas: r.formulas,
  valueTypes: r.valueTypes as unknown as string[][],
});

const assemble = (read: SheetRead, merges: MergeArea[]): Grid => {
  let height = 0;
  let width = 0;
  if (!read.used.isNullObject) {
    height = read.used.rowIndex + read.used.rowCount;
    width = read.used.columnIndex + read.used.columnCount;
  }
  for (const m of merges) {
    height = Math.max(height, m.bottom + 1);
    width = Math.max(width, m.right + 1);
  }
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  let formulas: (string | null)[][] | undefined;
  for (const b of read.blocks) {
    b.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = b.rowIndex + i;
        const c = b.columnIndex + j;
        values[r][c] = officeCellValue(v, b.valueTypes[i][j]);
        const f = officeFormula(b.formulas[i][j], v);
        if (f !== null) {
          formulas ??= Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
          formulas[r][c] = f;
        }
      }),
    );
  }
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) values[r][c] = null;
  return formulas ? { sheet: read.name, values, merges, formulas } : { sheet: read.name, values, merges };
};

interface Area {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** The first sync's window: as many rows as asked, as many columns as the response budget allows with them. */
const firstWindow = (limits: ReadLimits, sheets: number): { rows: number; columns: number } => {
  const rows = Math.max(100, Math.floor(limits.firstRows / Math.max(1, sheets)));
  const cells = limits.responseBudgetBytes / limits.assumedBytesPerCell / Math.max(1, sheets);
  return { rows, columns: Math.max(1, Math.floor(cells / rows)) };
};

/** The parts of a sheet's used area outside the first window: to its right, then below it. */
const outsideWindow = (used: Area, window: { rows: number; columns: number }): Area[] => {
  const bottom = used.top + used.rows;
  const right = used.left + used.columns;
  const parts: Area[] = [];
  const windowBottom = Math.min(bottom, window.rows);
  const rightLeft = Math.max(used.left, window.columns);
  if (used.top < windowBottom && rightLeft < right) parts.push({ top: used.top, left: rightLeft, rows: windowBottom - used.top, columns: right - rightLeft });
  const belowTop = Math.max(used.top, window.rows);
  if (belowTop < bottom) parts.push({ top: belowTop, left: used.left, rows: bottom - belowTop, columns: used.columns });
  return parts;
};

/**
 * Dates: Office.js returns a date cell as its serial number (45853 for 2025-07-15), while the .xlsx
 * adapter returns 'YYYY-MM-DD'. Telling them apart needs range.numberFormat (or numberFormatCategories):
 * a string per cell, about a third more in every response (measured on a school-results sheet) and so
 * more syncs for large sheets. It is not loaded; readers that expect dates must accept serial numbers.
 *
 * Reads sheets in as few syncs as the size allows: the first sync loads each sheet's used area, its
 * merged areas and its top-left window, which is the whole of a small sheet. The window's rows × columns
 * are bounded so that even its response stays within the budget. The rest of a larger sheet follows in
 * row chunks sized from its column count and the bytes per cell seen in that first sync, packed several
 * to a sync up to the budget. Merged areas fail their request above 512 (getMergedAreasOrNullObject): the
 * first sync is then sent again without them, and they are read block by block (readMergedAreas).
 */
export const readSheets = async (
  context: Excel.RequestContext,
  names: string[],
  limits: ReadLimits,
  sync: () => Promise<void>,
): Promise<Grid[]> => {
  const window = firstWindow(limits, names.length);
  const queueFirst = (withMerges: boolean): SheetRead[] =>
    names.map((name) => {
      const ws = context.workbook.worksheets.getItem(name);
      const used = ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
      const first = ws.getRangeByIndexes(0, 0, window.rows, window.columns).getUsedRangeOrNullObject(true).load(CELL_PROPS);
      const merged = withMerges ? ws.getRange().getMergedAreasOrNullObject().load('address') : null;
      return { name, used, first, merged, blocks: [] };
    });
  let reads = queueFirst(limits.supportsMergedAreas);
  let mergesPending = false;
  try {
    await sync();
  } catch (error) {
    if (!limits.supportsMergedAreas) throw error;
    reads = queueFirst(false); // a missing sheet fails this one too and is reported as before
    await sync();
    mergesPending = true;
  }

  const pending: { read: SheetRead; ws: Excel.Worksheet; area: Area; bytes: number }[] = [];
  for (const read of reads) {
    if (read.used.isNullObject) continue;
    let bytesPerCell = limits.assumedBytesPerCell;
    if (!read.first.isNullObject) {
      const block = blockOf(read.first);
      read.blocks.push(block);
      const cells = read.first.rowCount * read.first.columnCount;
      bytesPerCell = Math.max(8, (jsonBytes(block.values) + jsonBytes(block.formulas) + jsonBytes(block.valueTypes)) / cells);
    }
    const used = { top: read.used.rowIndex, left: read.used.columnIndex, rows: read.used.rowCount, columns: read.used.columnCount };
    const ws = context.workbook.worksheets.getItem(read.name);
    for (const part of outsideWindow(used, window)) {
      const rowBytes = bytesPerCell * part.columns;
      const chunkRows = Math.max(
        1,
        Math.min(limits.maxChunkRows, Math.floor(limits.maxChunkCells / part.columns), Math.floor(limits.responseBudgetBytes / rowBytes)),
      );
      for (let top = part.top; top < part.top + part.rows; top += chunkRows) {
        const rows = Math.min(chunkRows, part.top + part.rows - top);
        pending.push({ read, ws, area: { ...part, top, rows }, bytes: rows * rowBytes });
      }
    }
  }

  let batch: { read: SheetRead; range: Excel.Range }[] = [];
  let batchBytes = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    await sync();
    for (const { read, range } of batch) read.blocks.push(blockOf(range));
    batch = [];
    batchBytes = 0;
  };
  for (const p of pending) {
    if (batch.length > 0 && batchBytes + p.bytes > limits.responseBudgetBytes) await flush();
    const { top, left, rows, columns } = p.area;
    batch.push({ read: p.read, range: p.ws.getRangeByIndexes(top, left, rows, columns).load('rowIndex,columnIndex,values,formulas,valueTypes') });
    batchBytes += p.bytes;
  }
  await flush();

  const merges = new Map<SheetRead, MergeArea[]>();
  for (const read of reads) {
    if (read.merged && !read.merged.isNullObject) merges.set(read, parseMergedAddress(read.merged.address));
    else if (mergesPending && !read.used.isNullObject) {
      const ws = context.workbook.worksheets.getItem(read.name);
      const used = { top: read.used.rowIndex, left: read.used.columnIndex, rows: read.used.rowCount, columns: read.used.columnCount };
      merges.set(read, await readMergedAreas(ws, used, sync));
    }
  }
  return reads.map((read) => assemble(read, (merges.get(read) ?? []).sort(byPosition)));
};
