import type { SheetSpec, SpecCell } from '../grid/sheet-spec';
import { isFormulaCell, ROW_STYLE_LOOK, SHEET_STYLE, specLayout, specMatrix } from './sheet-style';

/**
 * Row heights estimated from wrapped text. Excel grows a row to fit wrapped text only when it edits the
 * row itself; a file written by ExcelJS opens with every row one line high in Excel and in LibreOffice,
 * so wrapped cells overlap their neighbours on screen and in print. The .xlsx renderer sets these heights
 * on every row; Office.js autofits its rows and uses them only for the merged title rows, which Excel's
 * AutoFit skips. The estimate assumes the default font, Calibri 11 (LibreOffice substitutes Carlito, or
 * DejaVu Sans where Carlito is missing): a 15-point row, and a column width unit the width of its digit '0'.
 */
export const BASE_FONT_SIZE = 11;
export const LINE_HEIGHT_POINTS = 15;
/**
 * Each further line of wrapped text: Calibri 11 sets lines about 13.4 points apart (DejaVu Sans, LibreOffice's
 * substitute, 12.8); the first line's 15 points include the row's padding.
 */
const NEXT_LINE_POINTS = 13.5;
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Text inside a cell stays clear of the cell's edges by about this many width units. */
const CELL_PADDING_UNITS = 0.35;
/** Bold letters are wider. */
const BOLD_WIDTH_FACTOR = 1.09;

const NARROW = new Set(" .,;:'|!/()[]-ilIjJftr");
const WIDE = new Set('жшщюыфмЖШЩЮЫФМmwMW№%—');

/**
 * Width of a character in width units (the digit '0' is 1), by class: measured on DejaVu Sans, which
 * LibreOffice uses when Calibri is missing and which is wider than Calibri, so Excel gets a little room to spare.
 */
export const charWidth = (ch: string): number => {
  if (NARROW.has(ch)) return 0.55;
  if (WIDE.has(ch)) return 1.45;
  if (ch !== ch.toLowerCase()) return 1.12;
  return 1;
};

const textWidth = (s: string): number => {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
};

const SPACE_WIDTH = charWidth(' ');

/** Lines a paragraph takes when wrapped at spaces into lines `capacity` width units wide. */
const paragraphLines = (paragraph: string, capacity: number): number => {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
    const width = textWidth(word);
    if (used === 0 ? width <= capacity : used + SPACE_WIDTH + width <= capacity) {
      used += (used === 0 ? 0 : SPACE_WIDTH) + width;
      continue;
    }
    // A new line (unless this is the first word); a word wider than a line is broken across lines.
    const pieces = Math.max(1, Math.ceil(width / capacity));
    lines += (used === 0 ? 0 : 1) + pieces - 1;
    used = width - (pieces - 1) * capacity;
  }
  return lines;
};

/** Lines a text takes in a wrapped cell whose text area is `capacity` width units wide: explicit line breaks, then word wrap. */
export const wrappedLineCount = (text: string, capacity: number): number => {
  const units = Math.max(1, capacity);
  return text.split(/\r?\n/).reduce((n, p) => n + paragraphLines(p, units), 0);
};

const cellText = (v: SpecCell): string => {
  if (v === null) return '';
  if (isFormulaCell(v)) return '0'; // its value is computed by the host; one line
  return String(v);
};

interface CellFont {
  size: number;
  bold: boolean;
}

/** The text area of a cell, in width units of the font its text is set in. */
const capacityOf = (widthUnits: number, font: CellFont): number =>
  ((widthUnits - CELL_PADDING_UNITS) * BASE_FONT_SIZE) / font.size / (font.bold ? BOLD_WIDTH_FACTOR : 1);

/** Height in points of one wrapped cell's text (at least one line). */
const cellHeight = (text: string, widthUnits: number, font: CellFont): number => {
  const lines = text === '' ? 1 : wrappedLineCount(text, capacityOf(widthUnits, font));
  return ((LINE_HEIGHT_POINTS + (lines - 1) * NEXT_LINE_POINTS) * font.size) / BASE_FONT_SIZE;
};

/**
 * The estimated height in points of every sheet row of a spec (index 0 is row 1), or null where one
 * default line is enough. Wrapped cells are the title rows (merged across the table), the header rows,
 * and data and footer cells of wrapped columns.
 */
export const estimateRowHeights = (spec: SheetSpec): (number | null)[] => {
  const layout = specLayout(spec);
  const widths = Array.from({ length: layout.width }, (_, c) => spec.columns[c]?.width ?? DEFAULT_COLUMN_WIDTH);
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  const boldRows = new Set((spec.rowStyles ?? []).filter((s) => ROW_STYLE_LOOK[s.style].bold).map((s) => layout.firstDataRow + s.row));
  return specMatrix(spec, layout.width).map((cells, r) => {
    const rowNumber = r + 1;
    let height = LINE_HEIGHT_POINTS;
    if (rowNumber <= layout.titleRows) {
      const font = { size: rowNumber === 1 ? SHEET_STYLE.titleFontSize : BASE_FONT_SIZE, bold: true };
      height = Math.max(height, cellHeight(cellText(cells[0]), tableWidth, font));
    } else {
      const isHeader = rowNumber <= layout.lastHeaderRow;
      const bold = isHeader || boldRows.has(rowNumber);
      cells.forEach((v, c) => {
        if (!isHeader && !spec.columns[c]?.wrap) return;
        height = Math.max(height, cellHeight(cellText(v), widths[c], { size: BASE_FONT_SIZE, bold }));
      });
    }
    return height > LINE_HEIGHT_POINTS ? Math.ceil(height * 4) / 4 : null;
  });
};
