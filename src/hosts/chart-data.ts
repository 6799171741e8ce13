import type { ChartSpec, SheetSpec, SpecCell } from '../grid/sheet-spec';
import { specMatrix } from './sheet-style';

/** One chart of a spec with the cell values it shows: the .xlsx caches and the task pane draw from it. */
export interface ChartData {
  sheet: string;
  spec: ChartSpec;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

/** Each chart of a spec with the cell values it shows. */
export const chartDataOf = (spec: SheetSpec): ChartData[] => {
  // Most sheets have no chart: a whole country's sheet is not laid out into a matrix for nothing.
  if (!spec.charts || spec.charts.length === 0) return [];
  const matrix = specMatrix(spec);
  const at = (row: number, column: number): SpecCell => matrix[row - 1]?.[column] ?? null;
  return spec.charts.map((c) => {
    const rows = Array.from({ length: Math.max(0, c.lastRow - c.headerRow) }, (_, i) => c.headerRow + 1 + i);
    return {
      sheet: spec.name,
      spec: c,
      categories: rows.map((r) => String(at(r, c.categoryColumn) ?? '')),
      series: Array.from({ length: c.seriesCount }, (_, s) => ({
        name: String(at(c.headerRow, c.categoryColumn + 1 + s) ?? ''),
        values: rows.map((r) => {
          const v = at(r, c.categoryColumn + 1 + s);
          return typeof v === 'number' ? v : null;
        }),
      })),
    };
  });
};
