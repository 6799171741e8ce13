import type { CellValue, Grid, MergeArea } from '../port';
import { byPosition } from '../merge-order';
import { officeCellValue, officeFormula, parseMergedAddress } from './office-cells';
import { jsonBytes } from './row-chunks';

/** Limits that keep every read response well under Excel on the web's 5 MB / 5,000,000-cell caps. */
export interface ReadLimits {
  /** Rows read from the top of every sheet in the first sync, shared between the sheets read together. */
  firstRows: number;
  responseBudgetBytes: number;
  maxChunkRows: number;
  maxChunkCells: number;
  supportsMergedAreas: boolean;
}

export const DEFAULT_READ_LIMITS: Omit<ReadLimits, 'supportsMergedAreas'> = {
  firstRows: 2000,
  responseBudgetBytes: 2_500_000,
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

/**
 * Dates: Office.js returns a date cell as its serial number (45853 for 2025-07-15), while the .xlsx
 * adapter returns 'YYYY-MM-DD'. Telling them apart needs range.numberFormat (or numberFormatCategories):
 * a string per cell, about a third more in every response (measured on a school-results sheet) and so
 * more syncs for large sheets. It is not loaded; readers that expect dates must accept serial numbers.
 *
 * Reads sheets in as few syncs as the size allows: the first sync loads each sheet's used area, its
 * merged areas and its top rows, which is the whole of a small sheet. Larger sheets continue in row
 * chunks sized from the bytes per cell seen in that first sync, packed several to a sync up to the budget.
 */
export const readSheets = async (
  context: Excel.RequestContext,
  names: string[],
  limits: ReadLimits,
  sync: () => Promise<void>,
): Promise<Grid[]> => {
  const firstRows = Math.max(100, Math.floor(limits.firstRows / Math.max(1, names.length)));
  const reads: SheetRead[] = names.map((name) => {
    const ws = context.workbook.worksheets.getItem(name);
    const used = ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
    const first = ws.getRange(`1:${firstRows}`).getUsedRangeOrNullObject(true).load(CELL_PROPS);
    const merged = limits.supportsMergedAreas ? ws.getRange().getMergedAreasOrNullObject().load('address') : null;
    return { name, used, first, merged, blocks: [] };
  });
  await sync();

  const pending: { read: SheetRead; ws: Excel.Worksheet; top: number; rows: number; left: number; columns: number; bytes: number }[] = [];
  for (const read of reads) {
    if (read.used.isNullObject) continue;
    let bytesPerCell = 40;
    if (!read.first.isNullObject) {
      const block = blockOf(read.first);
      read.blocks.push(block);
      const cells = read.first.rowCount * read.first.columnCount;
      bytesPerCell = Math.max(8, (jsonBytes(block.values) + jsonBytes(block.formulas) + jsonBytes(block.valueTypes)) / cells);
    }
    const end = read.used.rowIndex + read.used.rowCount;
    const left = read.used.columnIndex;
    const columns = read.used.columnCount;
    const rowBytes = bytesPerCell * columns;
    const chunkRows = Math.max(
      1,
      Math.min(limits.maxChunkRows, Math.floor(limits.maxChunkCells / columns), Math.floor(limits.responseBudgetBytes / rowBytes)),
    );
    const ws = context.workbook.worksheets.getItem(read.name);
    for (let top = Math.max(firstRows, read.used.rowIndex); top < end; top += chunkRows) {
      const rows = Math.min(chunkRows, end - top);
      pending.push({ read, ws, top, rows, left, columns, bytes: rows * rowBytes });
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
    batch.push({ read: p.read, range: p.ws.getRangeByIndexes(p.top, p.left, p.rows, p.columns).load('rowIndex,columnIndex,values,formulas,valueTypes') });
    batchBytes += p.bytes;
  }
  await flush();

  return reads.map((read) => assemble(read, read.merged && !read.merged.isNullObject ? parseMergedAddress(read.merged.address).sort(byPosition) : []));
};
