import { isDateFormat } from './xlsx/fast/workbook-parts';
import { serialToIsoDate } from './xlsx/fast/sheet-scan';
import type { CellValue } from '../grid/cell';
import type { Grid, MergeArea } from '../grid/grid';
import type { SheetSpec } from '../grid/sheet-spec';
import { isFormulaCell, specLayout, specMatrix, withoutEquals } from './sheet-style';

/**
 * What a host reads back from a sheet it rendered from `spec` (hosts/xlsx/render-spec.ts), without
 * rendering it: values, formula texts (formulas have no cached value yet), the title merges. A number
 * in a column with a date format reads back as a date, as from any cell. Lets a sheet Opora wrote in
 * this session be read again without loading ExcelJS.
 */
export const specGrid = (spec: SheetSpec): Grid => {
  const layout = specLayout(spec);
  const matrix = specMatrix(spec, layout.width);
  const dateColumns = spec.columns.map((c) => c.numberFormat !== undefined && isDateFormat(c.numberFormat));
  const merges: MergeArea[] = [];
  if (layout.width > 1) for (let t = 0; t < layout.titleRows; t++) merges.push({ top: t, left: 0, bottom: t, right: layout.width - 1 });
  let height = merges.length > 0 ? layout.titleRows : 0;
  let width = merges.length > 0 ? layout.width : 0;
  let hasFormulas = false;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  matrix.forEach((cells, r) => {
    const styled = r + 1 >= layout.firstDataRow;
    const row: CellValue[] = [];
    const formulaRow: (string | null)[] = [];
    cells.forEach((v, c) => {
      let value: CellValue = null;
      let formula: string | null = null;
      if (isFormulaCell(v)) formula = withoutEquals(v.formula) || null;
      else if (typeof v === 'number') value = !Number.isFinite(v) ? null : styled && dateColumns[c] ? serialToIsoDate(v, false) : v;
      else value = v;
      row.push(value);
      formulaRow.push(formula);
      if (value !== null || formula !== null) {
        height = Math.max(height, r + 1);
        width = Math.max(width, c + 1);
        if (formula !== null) hasFormulas = true;
      }
    });
    values.push(row);
    formulas.push(formulaRow);
  });
  const cut = <T>(rows: T[][]): T[][] => rows.slice(0, height).map((r) => (r.length > width ? r.slice(0, width) : [...r, ...new Array<T>(width - r.length).fill(null as T)]));
  return hasFormulas ? { sheet: spec.name, values: cut(values), merges, formulas: cut(formulas) } : { sheet: spec.name, values: cut(values), merges };
};
