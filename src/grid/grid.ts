import type { CellValue } from './cell';

/** A merged area, 0-based inclusive indexes into Grid.values. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The used part of one sheet, always anchored at A1: values[0][0] is A1.
 * Merged areas hold their value in the top-left cell only; the other cells are null.
 * formulas[r][c] is the cell's formula text (English, without '=') when it has one.
 */
export interface Grid {
  sheet: string;
  values: CellValue[][];
  merges: MergeArea[];
  formulas?: (string | null)[][];
}
