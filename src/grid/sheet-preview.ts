import type { SheetSpec } from './sheet-spec';

/** How many data rows the task pane shows of a generated sheet. */
export const SHEET_PREVIEW_ROWS = 50;

/**
 * The first rows of a sheet, with its row count: what the task pane shows of a sheet already written,
 * without holding a whole country's rows.
 */
export const sheetPreview = (spec: SheetSpec, rows = SHEET_PREVIEW_ROWS): SheetSpec => {
  if (spec.rows.length <= rows) return spec;
  return {
    ...spec,
    rows: spec.rows.slice(0, rows),
    ...(spec.rowKeys ? { rowKeys: spec.rowKeys.slice(0, rows) } : {}),
    ...(spec.rowStyles ? { rowStyles: spec.rowStyles.filter((s) => s.row < rows) } : {}),
    totalRows: spec.totalRows ?? spec.rows.length,
  };
};
