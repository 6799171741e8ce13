import type { CellValue } from '../grid/cell';
import type { Grid, MergeArea } from '../grid/grid';

/** A header group: one label over several sub-columns (the upper level of a two-level header). */
export interface HeaderGroup {
  label: string;
  columns: string[];
}

export interface SheetLayout {
  sheet: string;
  /** Title lines above the header, each merged across the table; an empty line follows them. */
  title: string[];
  /** One header row: plain column labels. */
  columns?: string[];
  /** Two header rows: leading single columns merged vertically, then groups merged horizontally. */
  twoLevel?: { single: string[]; groups: HeaderGroup[] };
  rows: CellValue[][];
}

const twoLevelHeader = (single: string[], groups: HeaderGroup[], top: number) => {
  const upper: CellValue[] = [...single];
  const lower: CellValue[] = single.map(() => null);
  const merges: MergeArea[] = single.map((_, c) => ({ top, left: c, bottom: top + 1, right: c }));
  for (const g of groups) {
    const left = upper.length;
    g.columns.forEach((label, i) => {
      upper.push(i === 0 ? g.label : null);
      lower.push(label);
    });
    if (g.columns.length > 1) merges.push({ top, left, bottom: top, right: left + g.columns.length - 1 });
  }
  return { rows: [upper, lower], merges };
};

/** Lays a table out the way committees do: title block, blank line, header, data. */
export const layoutSheet = (layout: SheetLayout): Grid => {
  const headerTop = layout.title.length > 0 ? layout.title.length + 1 : 0;
  const header = layout.twoLevel
    ? twoLevelHeader(layout.twoLevel.single, layout.twoLevel.groups, headerTop)
    : { rows: [layout.columns ?? []], merges: [] as MergeArea[] };
  const width = layout.rows.reduce((w, r) => Math.max(w, r.length), header.rows[0].length);
  const pad = (row: CellValue[]): CellValue[] => Array.from({ length: width }, (_, c) => row[c] ?? null);
  const values: CellValue[][] = [];
  const merges: MergeArea[] = [];
  for (const line of layout.title) {
    merges.push({ top: values.length, left: 0, bottom: values.length, right: width - 1 });
    values.push(pad([line]));
  }
  if (layout.title.length > 0) values.push(pad([]));
  values.push(...header.rows.map(pad));
  merges.push(...header.merges);
  for (const row of layout.rows) values.push(pad(row));
  return { sheet: layout.sheet, values, merges };
};
