import type { CellValue } from './cell';
import type { Grid } from './grid';
import type { SheetSpec, SpecCell } from './sheet-spec';

const toCell = (v: SpecCell): CellValue => (v !== null && typeof v === 'object' ? null : v);

/** What a host would read back from a written spec (formulas read as empty): title, header, rows, footer from A1. */
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
