/** The sample workbook's sheets as a custom function receives them: values only, empty cells as "". */
import type { Grid } from '../../src/hosts/port';
import { buildSampleGrids } from '../../src/sample';

let grids: Grid[] | null = null;

export const sampleGrid = (sheet: string): Grid => {
  grids ??= buildSampleGrids();
  const grid = grids.find((g) => g.sheet === sheet);
  if (!grid) throw new Error(`test setup: no sample sheet «${sheet}»`);
  return grid;
};

/** What Excel passes for a range: no merges, blanks as empty strings. */
export const excelRange = (grid: Grid): unknown[][] => grid.values.map((row) => row.map((v) => (v === null ? '' : v)));

