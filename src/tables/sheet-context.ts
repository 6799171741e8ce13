import { columnIndex } from '../grid/column-letter';
import { CellValue } from '../grid/cell';
import { Grid } from '../grid/grid';
import type { Problem } from '../domain/problem';
import { columnLetter } from '../grid/column-letter';
import { cellText, decideShareScale, ShareScale } from './cells';
import { FIELDS, FieldId, TableKind } from './fields';
import type { SheetMapping } from './mapping-schema';
import { makeProblem } from './problems';
import { classifyRow, RowRole } from './row-roles';
import { MAX_COUNT, MAX_TOTAL_COUNT } from './plausibility';
import { RowReader } from './row-reader';
import type { SubjectCatalogue } from './subjects';

/** What is known about one sheet while reading its rows. */
export interface SheetContext {
  grid: Grid;
  mapping: SheetMapping & { kind: TableKind };
  catalogue: SubjectCatalogue;
  problems: Problem[];
  /** Non-subject fields → their columns (0-based). */
  fieldCols: Map<FieldId, number[]>;
  /** Wide results: subject → measure → column. */
  subjectCols: Map<string, Map<FieldId, number>>;
  pathOf: Map<number, string>;
  shareScales: Map<number, ShareScale>;
  rows: CellValue[][]; // data rows with key columns of merged areas filled down
  firstRow: number; // 0-based index of rows[0] in the grid
}

export const col = (ctx: SheetContext, field: FieldId): number | undefined => ctx.fieldCols.get(field)?.[0];

/** Columns whose merged data cells are filled down (one value meant for all rows of the merge). */
const FILL_DOWN: FieldId[] = ['municipality', 'settlement', 'year', 'family', 'subject', 'grade', 'school', 'teacher'];

export const buildContext = (grid: Grid, mapping: SheetMapping & { kind: TableKind }, catalogue: SubjectCatalogue, problems: Problem[]): SheetContext => {
  const fieldCols = new Map<FieldId, number[]>();
  const subjectCols = new Map<string, Map<FieldId, number>>();
  const pathOf = new Map<number, string>();
  for (const c of mapping.columns) {
    const i = columnIndex(c.column);
    pathOf.set(i, c.path);
    if (c.subject) {
      if (!subjectCols.has(c.subject)) subjectCols.set(c.subject, new Map());
      subjectCols.get(c.subject)!.set(c.field, i);
    } else fieldCols.set(c.field, [...(fieldCols.get(c.field) ?? []), i]);
  }
  const firstRow = mapping.dataStartRow - 1;
  // The grid's own rows: only a row a merge is filled down into is copied (and padded) before it changes.
  const rows = grid.values.slice(firstRow);
  const copied = new Set<number>();
  const writable = (i: number, width: number): CellValue[] => {
    if (!copied.has(i)) {
      const row = rows[i].slice();
      while (row.length < width) row.push(null);
      rows[i] = row;
      copied.add(i);
    }
    return rows[i];
  };
  const fillCols = new Set(FILL_DOWN.flatMap((f) => fieldCols.get(f) ?? []));
  for (const m of grid.merges) {
    if (m.bottom < firstRow || m.bottom === m.top) continue;
    const top = Math.max(m.top, firstRow);
    const filled = m.left === m.right && fillCols.has(m.left);
    problems.push(
      makeProblem('merged-data-cells', { sheet: grid.sheet, row: top + 1, column: columnLetter(m.left) }, {
        range: `${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}`,
        how: filled ? 'ко всем строкам объединения' : 'только к первой строке',
        howEn: filled ? 'applied to every row of the merge' : 'applied to the first row only',
      }),
    );
    if (filled) {
      const v = grid.values[m.top]?.[m.left] ?? null;
      for (let r = top; r <= m.bottom; r++) if (rows[r - firstRow]) writable(r - firstRow, m.left + 1)[m.left] = v;
    }
  }
  const shareScales = new Map<number, ShareScale>();
  const shareColumns = [
    ...[...fieldCols].flatMap(([f, cs]) => (FIELDS[f].type === 'share' ? cs.map((c) => [f, c] as const) : [])),
    ...[...subjectCols.values()].flatMap((m) => [...m].filter(([f]) => FIELDS[f].type === 'share')),
  ];
  for (const [f, c] of shareColumns) {
    const d = decideShareScale(rows.map((r) => r[c] ?? null), (pathOf.get(c) ?? '').includes('%'));
    shareScales.set(c, d.scale);
    if (d.ambiguous)
      problems.push(
        makeProblem('share-scale-ambiguous', { sheet: grid.sheet, row: mapping.dataStartRow, column: columnLetter(c) }, {
          field: pathOf.get(c) ?? FIELDS[f].ru,
          scale: d.scale === 'fraction' ? 'доли единицы' : 'проценты',
          scaleEn: d.scale === 'fraction' ? 'fractions' : 'percents',
        }),
      );
  }
  return { grid, mapping, catalogue, problems, fieldCols, subjectCols, pathOf, shareScales, rows, firstRow };
};

/**
 * Visits every data row with its role, except blank ones (no reader looks at them); municipality rows also set
 * the municipality of the rows below. A visit, not a list: a long table has a million rows, an object each. The
 * reader is the visit's: it moves on to the next row afterwards (keep its cells and row number, not the reader).
 */
export const eachClassifiedRow = (ctx: SheetContext, visit: (reader: RowReader, role: Exclude<RowRole, 'blank'>, municipality: string | undefined) => void): void => {
  const valueCols = [...[...ctx.fieldCols].filter(([f]) => FIELDS[f].type !== 'text').flatMap(([, cs]) => cs), ...[...ctx.subjectCols.values()].flatMap((m) => [...m.values()])];
  const roleCols = { school: col(ctx, 'school') ?? col(ctx, 'settlement'), municipality: col(ctx, 'municipality'), values: valueCols };
  let current: string | undefined;
  const rowReader = new RowReader(ctx.grid.sheet, [], 0, ctx.problems, ctx.shareScales);
  for (let i = 0; i < ctx.rows.length; i++) {
    const cells = ctx.rows[i];
    // A sparse grid's empty row (a million of them below a stray cell).
    if (cells.length === 0) continue;
    const rowIndex = ctx.firstRow + i;
    let role = classifyRow(cells, roleCols, ctx.grid.formulas?.[rowIndex]);
    if (role === 'blank') continue;
    // Settlements («г. Биробиджан») are the rows of a territory table, not municipality headings.
    if (role === 'municipality' && ctx.mapping.kind === 'territory' && cellText(cells[roleCols.school ?? 0] ?? null) !== '') role = 'school';
    const maxCount = role === 'region' || role === 'area-total' || role === 'municipality' ? MAX_TOTAL_COUNT : MAX_COUNT;
    const reader = rowReader.moveTo(cells, rowIndex + 1, maxCount);
    if (role === 'municipality') current = reader.text(roleCols.municipality) || reader.text(roleCols.school);
    if (role === 'orphan') ctx.problems.push(makeProblem('school-name-missing', { sheet: ctx.grid.sheet, row: rowIndex + 1, column: roleCols.school !== undefined ? columnLetter(roleCols.school) : undefined }));
    visit(reader, role, reader.text(roleCols.municipality) || current);
  }
};
