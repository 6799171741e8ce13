import type { RowStyle, SheetSpec, SpecCell } from '../grid/sheet-spec';

/** How both hosts render a SheetSpec: one palette, so a sheet looks the same in Excel and in a saved .xlsx. */
export const SHEET_STYLE = {
  titleFontSize: 14,
  headerFill: '#D9E1F2',
  borderColor: '#A6A6A6',
  textFormat: '@',
} as const;

export interface CellLook {
  bold?: boolean;
  italic?: boolean;
  fill?: string; // '#RRGGBB'
  fontColor?: string;
}

export const ROW_STYLE_LOOK: Record<RowStyle, CellLook> = {
  section: { bold: true, fill: '#E2EFDA' },
  subtotal: { bold: true },
  muted: { fontColor: '#808080' },
  warning: { fill: '#FFF2CC', fontColor: '#9C5700' },
};

export const FOOTER_LOOK: CellLook = { italic: true };

/** 1-based sheet rows of each block of a spec, and the table width. */
export interface SpecLayout {
  width: number;
  titleRows: number;
  headerRows: number;
  firstHeaderRow: number;
  lastHeaderRow: number;
  firstDataRow: number;
  lastDataRow: number; // firstDataRow - 1 when there are no data rows
  firstFooterRow: number;
  totalRows: number;
}

export const specLayout = (spec: SheetSpec): SpecLayout => {
  const footer = spec.footer ?? [];
  const width = Math.max(1, spec.columns.length, ...spec.header.map((r) => r.length), ...spec.rows.map((r) => r.length), ...footer.map((r) => r.length));
  const titleRows = spec.title.length;
  const headerRows = spec.header.length;
  const firstHeaderRow = titleRows + 1;
  const firstDataRow = firstHeaderRow + headerRows;
  const lastDataRow = firstDataRow + spec.rows.length - 1;
  const firstFooterRow = lastDataRow + 1;
  return {
    width,
    titleRows,
    headerRows,
    firstHeaderRow,
    lastHeaderRow: firstDataRow - 1,
    firstDataRow,
    lastDataRow,
    firstFooterRow,
    totalRows: firstFooterRow + footer.length - 1,
  };
};

/** Every row of the sheet top to bottom (title, header, data, footer), each padded with nulls to the width. */
/** Excel's limit on the characters of one cell; a longer text makes the file unreadable to Excel. */
export const EXCEL_CELL_CHARS = 32767;

/** A text cut to Excel's cell limit, its end marked «…» so the cut is visible. */
export const fitCellText = (v: SpecCell): SpecCell => (typeof v === 'string' && v.length > EXCEL_CELL_CHARS ? `${v.slice(0, EXCEL_CELL_CHARS - 1)}…` : v);

export const specMatrix = (spec: SheetSpec, width = specLayout(spec).width): SpecCell[][] => {
  const pad = (r: readonly SpecCell[]): SpecCell[] => Array.from({ length: width }, (_, c) => (c < r.length ? fitCellText(r[c]) : null));
  return [...spec.title.map((t) => pad([t])), ...spec.header.map(pad), ...spec.rows.map(pad), ...(spec.footer ?? []).map(pad)];
};

export const isFormulaCell = (v: SpecCell): v is { formula: string } => typeof v === 'object' && v !== null;

/** Formula text with exactly one leading '='. */
export const withEquals = (formula: string): string => (formula.startsWith('=') ? formula : `=${formula}`);
export const withoutEquals = (formula: string): string => formula.replace(/^=/, '');

/** Page header text escaped for Excel's header codes, where '&' starts a code. */
export const escapeHeaderText = (text: string): string => text.replace(/&/g, '&&');
