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

/**
 * A two-row header written as one row - «Доля обучающихся, %» over «Неполные семьи» becomes
 * «Неполные семьи» - what a user does for a range passed to a function (ranges carry no merges).
 */
export const withOneHeaderRow = (grid: Grid, upper: number, lower: number): Grid => ({
  sheet: grid.sheet,
  merges: [],
  values: grid.values
    .filter((_, r) => r !== lower)
    .map((row, r) => (r === upper ? row.map((v, c) => grid.values[lower][c] ?? v) : row)),
});
