/**
 * Multi-row headers without merge information: a range passed to a custom function, a CSV, or a
 * sheet whose header was typed cell by cell. A group label then sits in the first cell of its
 * group with empty cells to its right, and a label meant for the whole height sits in the top row
 * with an empty cell below it.
 */
import type { CellValue } from '../grid/cell';
import { cellText } from './cells';

const isEmpty = (v: CellValue | undefined): boolean => cellText(v ?? null) === '';

/** Column c of the upper row opens a group: a label followed by an empty cell. */
const opensGroup = (upper: CellValue[], width: number, c: number): boolean => !isEmpty(upper[c]) && c + 1 < width && isEmpty(upper[c + 1]);

/**
 * Whether `lower` reads as the next header row under `upper`: every label of the lower row stands
 * under an empty upper cell or under the opening cell of a group. A data row has values under the
 * upper labels, so it fails.
 */
export const continuesUnmergedHeader = (upper: CellValue[], lower: CellValue[]): boolean => {
  const labels = lower.filter((v) => !isEmpty(v)).length;
  if (labels < 2 || upper.every((v) => isEmpty(v))) return false;
  return lower.every((v, c) => isEmpty(v) || isEmpty(upper[c]) || opensGroup(upper, Math.max(upper.length, lower.length), c));
};

/**
 * The header rows with group labels filled right and whole-height labels filled down, in place.
 * A label fills right only over columns that have a label lower in the block, and stops at a column
 * where this row or a row above holds a label of its own (the start of another group).
 */
export const fillUnmergedHeader = (values: CellValue[][], headerRows: number[]): void => {
  const raw = headerRows.map((r) => [...(values[r] ?? [])]);
  const width = raw.reduce((m, row) => Math.max(m, row.length), 0);
  const labelBelow = (i: number, c: number) => raw.slice(i + 1).some((row) => !isEmpty(row[c]));
  const labelAtOrAbove = (i: number, c: number) => raw.slice(0, i + 1).some((row) => !isEmpty(row[c]));
  headerRows.forEach((r, i) => {
    const row = values[r];
    if (!row) return;
    for (let c = 0; c < width; c++) {
      if (isEmpty(raw[i][c])) continue;
      for (let j = c + 1; j < width && !labelAtOrAbove(i, j) && labelBelow(i, j); j++) row[j] = raw[i][c];
    }
    if (i === 0) return;
    const above = values[headerRows[i - 1]];
    for (let c = 0; c < width; c++) if (isEmpty(row[c]) && !isEmpty(above[c])) row[c] = above[c];
  });
};
