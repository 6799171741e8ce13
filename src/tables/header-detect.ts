import { CellValue, isExcelError } from '../grid/cell';
import { Grid } from '../grid/grid';
import { columnLetter } from '../grid/column-letter';
import { cellText, parseNumber } from './cells';
import { normalizeText } from './text';
import { continuesUnmergedHeader, fillUnmergedHeader } from './unmerged-header';

export const PATH_SEPARATOR = ' › ';

export interface HeaderColumn {
  index: number; // 0-based
  letter: string;
  /** Header texts from the top header row down, merged areas filled across, repeats and filler words dropped. */
  segments: string[];
  path: string;
}

export interface HeaderBlock {
  /** 0-based indexes of the title rows above the header (their text feeds year/family detection). */
  titleRows: number[];
  /** 0-based indexes of the header rows. */
  headerRows: number[];
  /** 0-based index of a column-number row (1, 2, 3… under the header), when there is one. */
  numberRow?: number;
  /** 0-based index of the first data row. */
  dataStart: number;
  columns: HeaderColumn[];
}

/** Words of a group header that say nothing about the column («из них», «в том числе»). */
const FILLER = new Set(['из них', 'в том числе', 'в т ч', 'including', 'of them']);

/** Columns of the grid: its longest row or its rightmost merge (rows of a sparse grid end at their last value). */
const width = (grid: Grid): number => {
  let w = 0;
  const rows = grid.values;
  for (let r = 0; r < rows.length; r++) if (rows[r].length > w) w = rows[r].length;
  for (const m of grid.merges) if (m.right + 1 > w) w = m.right + 1;
  return w;
};

/**
 * The grid's first `rows` rows (all by default), as wide as the grid, with every merged area's top-left
 * value copied into all of its cells. Callers ask only for the rows they look at: a sheet with a stray
 * value at XFD1048576 must not be padded to 17 billion cells.
 */
export const fillMerges = (grid: Grid, rows = grid.values.length): CellValue[][] => {
  const w = width(grid);
  const count = Math.min(rows, grid.values.length);
  const filled: CellValue[][] = [];
  for (let r = 0; r < count; r++) {
    const row = grid.values[r].slice();
    while (row.length < w) row.push(null);
    filled.push(row);
  }
  for (const m of grid.merges) {
    if (m.top >= count) continue;
    const v = filled[m.top][m.left] ?? null;
    for (let r = m.top; r <= m.bottom && r < count; r++)
      for (let c = m.left; c <= m.right && c < w; c++) filled[r][c] = v;
  }
  return filled;
};

const nonEmpty = (row: CellValue[]): CellValue[] => row.filter((v) => cellText(v) !== '');
const isTextCell = (v: CellValue): boolean => typeof v === 'string' && parseNumber(v).kind === 'text';
const isNumberCell = (v: CellValue): boolean => parseNumber(v).kind === 'number';

/** A row whose non-empty cells hold at most one distinct text (a title spanning the sheet) or nothing. */
const isTitleRow = (row: CellValue[], sheetWidth: number): boolean => {
  const values = nonEmpty(row);
  if (values.length === 0) return true;
  const distinct = new Set(values.map((v) => cellText(v)));
  return distinct.size === 1 && (sheetWidth > 2 || cellText(values[0]).length > 40);
};

/** Under the header: 1, 2, 3… (possibly restarting per group, as «5 6 7 8 9 5 6 7 8 9»). */
export const isColumnNumberRow = (row: CellValue[]): boolean => {
  const values = nonEmpty(row);
  if (values.length < 3) return false;
  const nums = values.map((v) => parseNumber(v));
  if (!nums.every((p) => p.kind === 'number' && Number.isInteger(p.value) && p.value >= 1 && p.value <= row.length + 1)) return false;
  const ints = nums.map((p) => (p.kind === 'number' ? p.value : 0));
  if (ints[0] !== 1 && ints[0] !== row.findIndex((v) => cellText(v) !== '') + 1) return false;
  let steps = 0;
  for (let i = 1; i < ints.length; i++) if (ints[i] === ints[i - 1] + 1) steps++;
  return steps >= (ints.length - 1) / 2;
};

const isHeaderLike = (row: CellValue[]): boolean => {
  const values = nonEmpty(row);
  if (values.length < 2) return false;
  const texts = values.filter(isTextCell).length;
  return texts >= 2 && texts >= values.length * 0.6 && !values.some((v) => v !== null && isExcelError(v));
};

/** A row of header labels only: two or more texts, no numbers or errors (data rows almost always hold a number). */
export const isLabelRow = (row: CellValue[]): boolean => isHeaderLike(row) && !nonEmpty(row).some(isNumberCell);

const mergesTouching = (grid: Grid, row: number) => grid.merges.filter((m) => m.top <= row && m.bottom >= row);

/** Whether row r+1 continues the header block that currently ends at row r. */
const continuesHeader = (grid: Grid, filled: CellValue[][], r: number): boolean => {
  const next = filled[r + 1];
  if (!next || isColumnNumberRow(next) || nonEmpty(next).some(isNumberCell)) return false;
  if (nonEmpty(next).length === 0) return false;
  const vertical = grid.merges.some((m) => m.top <= r && m.bottom >= r + 1);
  const groupAbove = mergesTouching(grid, r).some((m) => m.right > m.left && m.bottom === r);
  if (vertical || groupAbove) return true;
  // Without merge information (a function's range, CSV, values typed per cell) the values alone must show it.
  return continuesUnmergedHeader(grid.values[r] ?? [], next);
};

/** The grid with merges filled and, when no merge touches the header, its unmerged groups filled too. */
const filledWithHeader = (grid: Grid, headerRows: number[]): CellValue[][] => {
  const filled = fillMerges(grid, Math.max(-1, ...headerRows) + 1);
  if (!headerRows.some((r) => mergesTouching(grid, r).length > 0)) fillUnmergedHeader(filled, headerRows);
  return filled;
};

const headerColumns = (grid: Grid, headerRows: number[], w: number): HeaderColumn[] => {
  const filled = filledWithHeader(grid, headerRows);
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < w; c++) {
    const segments = segmentsFor(filled, headerRows, c);
    columns.push({ index: c, letter: columnLetter(c), segments, path: segments.join(PATH_SEPARATOR) });
  }
  return columns;
};

const segmentsFor = (filled: CellValue[][], headerRows: number[], c: number): string[] => {
  const out: string[] = [];
  for (const r of headerRows) {
    const t = cellText(filled[r]?.[c] ?? null);
    if (!t || FILLER.has(normalizeText(t))) continue;
    if (out[out.length - 1] !== t) out.push(t);
  }
  return out;
};

/**
 * Finds the header block: skips title rows (one text spanning the sheet, or empty), takes the first
 * header-like row and the rows merged with it (or, without merges, laid out as a header below it),
 * then skips a column-number row. Null when no row looks like a header.
 */
export const detectHeader = (grid: Grid, maxScan = 30): HeaderBlock | null => {
  // The header starts within maxScan rows and spans at most 4, then a column-number row may follow.
  const filled = fillMerges(grid, maxScan + 5);
  const w = width(grid);
  const titleRows: number[] = [];
  let start = -1;
  for (let r = 0; r < Math.min(filled.length, maxScan); r++) {
    if (isHeaderLike(filled[r]) && !isTitleRow(filled[r], w)) {
      start = r;
      break;
    }
    if (nonEmpty(filled[r]).length > 0) titleRows.push(r);
  }
  if (start < 0) return null;
  const headerRows = [start];
  while (headerRows.length < 4 && continuesHeader(grid, filled, headerRows[headerRows.length - 1])) headerRows.push(headerRows[headerRows.length - 1] + 1);
  let dataStart = headerRows[headerRows.length - 1] + 1;
  let numberRow: number | undefined;
  if (filled[dataStart] && isColumnNumberRow(filled[dataStart])) {
    numberRow = dataStart;
    dataStart++;
  }
  return { titleRows, headerRows, numberRow, dataStart, columns: headerColumns(grid, headerRows, w) };
};

/** Header block from rows given by a saved mapping (1-based sheet rows). */
export const headerFromRows = (grid: Grid, headerRows1: number[], dataStartRow1: number): HeaderBlock => {
  const headerRows = headerRows1.map((r) => r - 1);
  const filled = fillMerges(grid, headerRows[0] ?? 0);
  const w = width(grid);
  const columns = headerColumns(grid, headerRows, w);
  const titleRows = Array.from({ length: headerRows[0] ?? 0 }, (_, r) => r).filter((r) => nonEmpty(filled[r] ?? []).length > 0);
  const numberRow = dataStartRow1 - 2 > (headerRows[headerRows.length - 1] ?? -1) ? dataStartRow1 - 2 : undefined;
  return { titleRows, headerRows, numberRow, dataStart: dataStartRow1 - 1, columns };
};
