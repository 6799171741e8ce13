import type { CellValue, Grid } from '../../src/hosts/port';
import type { SheetSpec, SpecCell } from '../../src/tables/sheet-spec';

const toCell = (v: SpecCell): CellValue => (v !== null && typeof v === 'object' ? null : v);

/** What a host would read back from a written spec: title, header, rows, footer from A1. */
export const specToGrid = (spec: SheetSpec): Grid => ({
  sheet: spec.name,
  values: [
    ...spec.title.map((t) => [t]),
    ...spec.header,
    ...spec.rows.map((r) => r.map(toCell)),
    ...(spec.footer ?? []).map((r) => r.map(toCell)),
  ],
  merges: [],
});

/** The cells of the data row whose key column starts with key (0-based grid row). */
export const findRow = (grid: Grid, key: string): CellValue[] | undefined =>
  grid.values.find((row) => {
    const last = row[row.length - 1];
    return typeof last === 'string' && (last === key || last.startsWith(`${key}|`));
  });
