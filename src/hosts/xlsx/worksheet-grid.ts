import type { Worksheet } from 'exceljs';
import type { CellValue } from '../../grid/cell';
import type { Grid, MergeArea } from '../../grid/grid';
import { byPosition } from '../merge-order';
import { formulaOf, toCellValue } from './cell-value';

const LETTERS = /^([A-Z]+)(\d+)$/;

const decodeAddress = (address: string): { row: number; col: number } => {
  const m = LETTERS.exec(address.replace(/\$/g, '').toUpperCase());
  if (!m) throw new Error(`Bad cell address ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
};

/** Parses 'A1:C3' (or a single 'A1') into a 0-based merge area. */
export const decodeRange = (ref: string): MergeArea => {
  const [a, b = a] = ref.split(':');
  const p = decodeAddress(a);
  const q = decodeAddress(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
};

/**
 * Merged ranges as 'A1:B2' strings. Worksheet.model.merges would serialise every row to get them;
 * the private _merges map (master address -> range) is what that getter reads.
 */
const mergeRefs = (ws: Worksheet): string[] => {
  const map = (ws as unknown as { _merges?: Record<string, { range?: string; shortRange?: string }> })._merges;
  if (map) return Object.values(map).map((r) => r.shortRange ?? r.range ?? '').filter((s) => s.length > 0);
  return ws.model.merges ?? [];
};

/** The used part of a worksheet as a port Grid (anchored at A1, merged cells null except the top-left). */
export const worksheetToGrid = (ws: Worksheet): Grid => {
  const merges = mergeRefs(ws).map(decodeRange).sort(byPosition);
  const cells: { row: number; col: number; value: CellValue; formula: string | null }[] = [];
  let height = 0;
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return; // ExcelJS repeats the master's value here
      const value = toCellValue(cell.value);
      const formula = formulaOf(cell);
      if (value === null && formula === null) return;
      cells.push({ row: rowNumber - 1, col: colNumber - 1, value, formula });
      height = Math.max(height, rowNumber);
      width = Math.max(width, colNumber);
    });
  });
  for (const m of merges) {
    height = Math.max(height, m.bottom + 1);
    width = Math.max(width, m.right + 1);
  }
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  let formulas: (string | null)[][] | undefined;
  for (const c of cells) {
    values[c.row][c.col] = c.value;
    if (c.formula !== null) {
      formulas ??= Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
      formulas[c.row][c.col] = c.formula;
    }
  }
  return formulas ? { sheet: ws.name, values, merges, formulas } : { sheet: ws.name, values, merges };
};
