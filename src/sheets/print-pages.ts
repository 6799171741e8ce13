import type { ColumnSpec } from '../grid/sheet-spec';

/**
 * Excel character units one A4 landscape page holds at about 90 % scale: 277 mm of printable width at
 * roughly 2 mm per character of the default font. Wider sheets go over several pages instead of
 * shrinking until nothing can be read.
 */
export const A4_LANDSCAPE_CHARS = 140;
const DEFAULT_WIDTH = 9; // Excel's default column width

const widthOf = (columns: readonly ColumnSpec[]): number => columns.reduce((sum, c) => sum + (c.hidden ? 0 : (c.width ?? DEFAULT_WIDTH)), 0);

/** Pages across for a sheet whose first `repeated` columns print on every page. */
export const pagesAcross = (columns: readonly ColumnSpec[], repeated: number, pageChars = A4_LANDSCAPE_CHARS): number => {
  const room = pageChars - widthOf(columns.slice(0, repeated));
  return Math.max(1, Math.ceil(widthOf(columns.slice(repeated)) / Math.max(room, 1)));
};
