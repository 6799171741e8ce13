/**
 * A plain description of an output sheet. Builders in sheets/ produce it from domain results;
 * the hosts write it. Layout from the top: title rows, header rows, data rows, footer rows.
 */

/** A cell to write. Strings are always written as text (a user's "=..." never becomes a formula). */
export type SpecCell = string | number | boolean | null | { formula: string };

export interface ColumnSpec {
  width?: number; // Excel character units
  numberFormat?: string; // e.g. '0.0', '0.0%', '@'
  wrap?: boolean;
  /** Technical columns (the row key that carries edits over) are hidden, not left out. */
  hidden?: boolean;
}

/**
 * Conditional formatting over the data rows of columns [firstColumn, lastColumn] (0-based).
 * formula is an English Excel formula written for the first data row, e.g. '=$C5="ШНОР"';
 * Excel shifts it down the range. Rules read computed cells, never call custom functions.
 */
export interface ConditionalRule {
  firstColumn: number;
  lastColumn: number;
  formula: string;
  fill: string; // '#RRGGBB'
  fontColor?: string;
}

/**
 * Data validation over the data rows of columns [firstColumn, lastColumn] and the rows the user adds
 * below them. Warnings, not stops: a school may still type «—» (no data) or «да» where a date is asked.
 */
export interface ValidationRule {
  firstColumn: number;
  lastColumn: number;
  kind: 'decimal' | 'whole' | 'date' | 'list';
  min?: number;
  max?: number;
  /** List items (kind 'list'). */
  list?: string[];
  /** Shown when the cell is selected. */
  prompt?: string;
}

/**
 * Sheet protection without a password: only `inputColumns` (whole columns, so rows the user adds
 * too) can be edited; formulas and the key column are locked. Rows can be inserted, sorted, filtered.
 */
export interface ProtectionSpec {
  inputColumns: number[];
}

/**
 * A native chart over the sheet's own cells: categories in one column, series in the `seriesCount`
 * columns to its right, series names in `headerRow`, values from the row below it to `lastRow`.
 */
export interface ChartSpec {
  title: string;
  type: 'bar' | 'column';
  headerRow: number; // 1-based
  lastRow: number; // 1-based
  categoryColumn: number; // 0-based
  seriesCount: number;
  /** Top-left cell of the chart: 0-based column, 1-based row; size in pixels. */
  anchor: { column: number; row: number };
  width: number;
  height: number;
  /** Value axis from 0 to 100 (shares in %). */
  percentAxis?: boolean;
}

export type RowStyle = 'section' | 'subtotal' | 'muted' | 'warning';

export interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  fitToWidth: boolean;
  repeatHeaderRows: boolean;
  centerHeader?: string;
  /** Default A4, the paper of Russian offices. */
  paperSize?: 'A4' | 'A3';
  /** With fitToWidth: pages across (default 1). A wide sheet prints legibly over several pages. */
  pagesWide?: number;
  /** The first columns repeated at the left of every printed page (e.g. 2: № and the school). */
  repeatColumns?: number;
}

export interface SheetSpec {
  name: string;
  /** Which generator made it: identification, teachers, roadmap, settings, catalogue... */
  kind: string;
  tabColor?: string;
  title: string[];
  header: string[][];
  rows: SpecCell[][];
  /** Stable key of each data row (same length as rows) - how user edits survive regeneration. */
  rowKeys?: string[];
  /** 0-based columns whose contents belong to the user and are carried over by row key. */
  editableColumns?: number[];
  rowStyles?: { row: number; style: RowStyle }[]; // row = index into rows
  columns: ColumnSpec[];
  conditionalFormats?: ConditionalRule[];
  freezeHeader?: boolean; // freeze title + header rows
  freezeColumns?: number;
  autoFilter?: boolean;
  print?: PrintSetup;
  footer?: SpecCell[][];
  validations?: ValidationRule[];
  protection?: ProtectionSpec;
  charts?: ChartSpec[];
  /** Set on a preview (grid/sheet-preview.ts): the rows the whole sheet has; `rows` holds only the first. */
  totalRows?: number;
}

/** 1-based sheet row of the first data row. */
export const firstDataRow = (spec: SheetSpec): number => spec.title.length + spec.header.length + 1;
