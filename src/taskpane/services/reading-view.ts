/**
 * Between the reader's WorkbookMapping (column → field) and the mapping screen (field → column):
 * per-field dropdowns for the plain columns; per-subject columns of wide result tables keep the
 * reader's mapping untouched.
 */
import type { Grid } from '../../hosts/port';
import { FIELD_IDS, FIELDS, REQUIRED_FIELDS, TABLE_KIND_NAMES, type FieldId } from '../../tables/fields';
import { headerFromRows } from '../../tables/header-detect';
import type { ColumnMapping, SheetMapping, WorkbookMapping } from '../../tables/mapping-schema';
import type { ReadResult } from '../../tables/mapping';
import type { MatchDecision } from '../../tables/identity';
import { matchViews, unjoinedViews } from './matching-view';
import { columnIndex } from '../../tables/sheet-context';
import type { DataReading, FieldAssignment, MappingColumn, SheetReading, WorkbookAssignment } from '../model';

const FIELD_LABEL_EN = (id: FieldId): string => id.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());

const headerColumns = (grid: Grid | undefined, mapping: SheetMapping): MappingColumn[] => {
  if (!grid || mapping.headerRows.length === 0) return [];
  return headerFromRows(grid, mapping.headerRows, mapping.dataStartRow)
    .columns.filter((c) => c.path !== '')
    .map((c) => ({ index: c.index, letter: c.letter, header: c.path }));
};

const plainColumns = (mapping: SheetMapping): ColumnMapping[] => mapping.columns.filter((c) => c.subject === undefined);

export const sheetReading = (mapping: SheetMapping, grid: Grid | undefined, rows: number): SheetReading => {
  const kind = mapping.kind;
  const required = new Set(kind ? REQUIRED_FIELDS[kind].filter((r): r is FieldId => !Array.isArray(r)) : []);
  const fields = kind
    ? FIELD_IDS.filter((f) => FIELDS[f].kinds.includes(kind)).map((id) => ({
        id,
        label: { ru: FIELDS[id].ru, en: FIELD_LABEL_EN(id) },
        required: required.has(id),
      }))
    : [];
  const assignment: FieldAssignment = {};
  for (const f of fields) {
    const column = plainColumns(mapping).find((c) => c.field === f.id);
    assignment[f.id] = column ? columnIndex(column.column) : null;
  }
  return {
    sheet: mapping.sheet,
    kind,
    kindLabel: kind ? TABLE_KIND_NAMES[kind] : { ru: mapping.skipped ?? '' },
    rows,
    fields,
    columns: headerColumns(grid, mapping),
    assignment,
    autoDetected: mapping.confirmed ? [] : fields.map((f) => f.id).filter((id) => assignment[id] !== null),
  };
};

/** The screen's view of one reading; rows = data rows under the header. */
export const dataReading = (result: ReadResult, grids: Grid[], decisions: readonly MatchDecision[] = []): DataReading => ({
  sheets: result.mapping.sheets.map((m) => {
    const grid = grids.find((g) => g.sheet === m.sheet);
    const rows = grid ? Math.max(0, grid.values.length - m.dataStartRow + 1) : 0;
    return sheetReading(m, grid, rows);
  }),
  problems: result.problems,
  counts: { schools: result.dataset.schools.length, results: result.dataset.results.length, social: result.dataset.social.length },
  matches: matchViews(result.identity, decisions),
  unjoined: unjoinedViews(result.identity),
});

/**
 * The mapping with the user's corrections: a corrected sheet's plain columns become exactly the
 * assignment (header paths taken from the grid so a moved column is still found), per-subject
 * columns stay unless their column was given to a field; the sheet is marked confirmed.
 */
export const correctMapping = (mapping: WorkbookMapping, corrections: WorkbookAssignment, grids: Grid[]): WorkbookMapping => ({
  ...mapping,
  sheets: mapping.sheets.map((sheet) => {
    const assignment = corrections[sheet.sheet];
    if (!assignment) return sheet;
    const columns = headerColumns(grids.find((g) => g.sheet === sheet.sheet), sheet);
    const chosen = new Set(Object.values(assignment).filter((v): v is number => v !== null));
    const kept = sheet.columns.filter((c) => c.subject !== undefined && !chosen.has(columnIndex(c.column)));
    const assigned: ColumnMapping[] = Object.entries(assignment).flatMap(([field, index]) => {
      const column = index === null ? undefined : columns.find((c) => c.index === index);
      return column ? [{ column: column.letter, path: column.header, field: field as FieldId, confidence: 1 }] : [];
    });
    return { ...sheet, columns: [...assigned, ...kept], confirmed: true };
  }),
});
