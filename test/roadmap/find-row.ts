import type { CellValue } from '../../src/grid/cell';
import type { Grid } from '../../src/grid/grid';

/** The cells of the data row whose key column starts with key (0-based grid row). */
export const findRow = (grid: Grid, key: string): CellValue[] | undefined =>
  grid.values.find((row) => {
    const last = row[row.length - 1];
    return typeof last === 'string' && (last === key || last.startsWith(`${key}|`));
  });
