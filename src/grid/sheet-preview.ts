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

/** The items a sheet builder turns into rows: all of them, or the first `headRows` for a preview. */
export const headOf = <T>(items: readonly T[], headRows?: number): readonly T[] =>
  headRows === undefined || items.length <= headRows ? items : items.slice(0, headRows);

/** A preview's row count, set when the builder left rows out (see SheetSpec.totalRows). */
export const totalRowsOf = (items: readonly unknown[], headRows?: number): { totalRows?: number } =>
  headRows === undefined || items.length <= headRows ? {} : { totalRows: items.length };
