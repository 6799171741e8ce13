/** An Excel error value such as #N/A or #DIV/0! as read from a cell. */
export interface ExcelErrorValue {
  kind: 'error';
  code: string;
}

/** A cell value as a host reads it: the computed value, never the formula. */
export type CellValue = string | number | boolean | null | ExcelErrorValue;

export const isExcelError = (v: CellValue): v is ExcelErrorValue =>
  typeof v === 'object' && v !== null && (v as ExcelErrorValue).kind === 'error';
