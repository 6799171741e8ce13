/** The sample workbook's sheets as a custom function receives them: values only, empty cells as "". */
import type { CellValue } from '../../src/grid/cell';
import type { Grid } from '../../src/grid/grid';
import { buildSampleGrids } from '../../src/sample';
import type { SheetSpec } from '../../src/grid/sheet-spec';
import { specToGrid } from '../../src/grid/spec-to-grid';

let grids: Grid[] | null = null;

export const sampleGrid = (sheet: string): Grid => {
  grids ??= buildSampleGrids();
  const grid = grids.find((g) => g.sheet === sheet);
  if (!grid) throw new Error(`test setup: no sample sheet «${sheet}»`);
  return grid;
};

/** What Excel passes for a range: no merges, blanks as empty strings. */
export const excelRange = (grid: Grid): unknown[][] => grid.values.map((row) => row.map((v) => (v === null ? '' : v)));

/** A generated sheet (e.g. «Параметры», «Корректировки») as Excel passes its range from A1: rectangular, blanks as "". */
export const sheetRange = (spec: SheetSpec): unknown[][] => {
  const rows = excelRange(specToGrid(spec));
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
};

/** The range with the «Значение» cell of one setting's row replaced, as the user edits it; returns the 1-based row within the range. */
export const editSetting = (range: unknown[][], code: string, value: CellValue): { range: unknown[][]; row: number } => {
  const r = range.findIndex((row) => row[0] === code);
  const column = range.find((row) => row[0] === 'Код' || row[0] === 'Code')?.findIndex((v) => v === 'Значение' || v === 'Value') ?? -1;
  if (r < 0 || column < 0) throw new Error(`test setup: no setting «${code}» or no «Значение» column`);
  return { range: range.map((row, i) => (i === r ? row.map((v, c) => (c === column ? value : v)) : row)), row: r + 1 };
};
