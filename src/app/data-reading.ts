/**
 * Between the reader's WorkbookMapping (column → field) and the mapping screen (field → column):
 * per-field dropdowns for the plain columns; for results sheets also the year and exam of the sheet
 * (taken from its title or name) and the subject blocks of wide tables (subject › measure → column).
 */
import { FAMILIES, type Family } from '../domain/records';
import type { CellValue } from '../grid/cell';
import type { Grid } from '../grid/grid';
import { FIELD_IDS, FIELDS, REQUIRED_FIELDS, TABLE_KIND_NAMES, type FieldId } from '../tables/fields';
import { headerFromRows } from '../tables/header-detect';
import type { ColumnMapping, SheetMapping, WorkbookMapping } from '../tables/mapping-schema';
import type { ReadResult } from '../tables/mapping';
import type { MatchDecision } from '../tables/identity';
import { matchViews, unjoinedViews, type MatchView, type UnjoinedView } from './school-matches';
import type { SheetReport } from '../tables/sheet-read-result';
import { columnIndex, columnLetter } from '../grid/column-letter';
import { DEFAULT_SUBJECTS } from '../tables/subjects';
import type { Problem } from '../domain/problem';
import { frozen } from '../util/frozen';
import { same, type Bilingual } from '../i18n/bilingual';

export interface MappingField {
  id: string;
  label: Bilingual;
  required: boolean;
}

export interface MappingColumn {
  index: number; // 0-based column of the sheet
  letter: string;
  header: string;
}

/** Column index per field id; null = the field is not in this sheet. */
export type FieldAssignment = Record<string, number | null>;

/** One column of a wide results sheet: «Русский язык › средний балл» → subject and measure. */
export interface SubjectColumn {
  column: number; // 0-based
  subject: string;
  field: string;
}

/** A subject block of a wide results sheet as the mapping step shows it. */
export interface SubjectBlock {
  subject: string;
  columns: SubjectColumn[];
}

/** The user's correction of one sheet: plain columns, and for results the sheet's year, exam and subject columns. */
export interface SheetCorrection {
  fields: FieldAssignment;
  /** Year and exam of the whole sheet; absent = as detected, null = none. */
  year?: number | null;
  family?: string | null;
  /** Every subject column of the sheet, as corrected; absent = as detected. */
  subjects?: SubjectColumn[];
}

/** Per sheet name. */
export type WorkbookAssignment = Record<string, SheetCorrection>;

export interface SheetReading {
  sheet: string;
  kind: string | null; // table kind id; null = not recognised
  kindLabel: Bilingual;
  rows: number;
  fields: MappingField[];
  columns: MappingColumn[];
  assignment: FieldAssignment;
  /** Field ids whose column was detected automatically (not set by the user). */
  autoDetected: string[];
  /** Results sheets: the year and exam of the whole sheet (from its title or name), with the choices. */
  sheetMeta?: { year: number | null; family: string | null; families: string[] };
  /** Wide results sheets: the subject blocks (subject › measure → column), the measures and subjects to choose from. */
  subjects?: SubjectBlock[];
  measures?: MappingField[];
  subjectNames?: string[];
}

export interface DataReading {
  sheets: SheetReading[];
  problems: Problem[];
  counts: { schools: number; results: number; social: number };
  /** «Сопоставление школ»: non-exact matches to confirm or split, schools that did not join to merge. */
  matches: MatchView[];
  unjoined: UnjoinedView[];
}

const FIELD_LABEL_EN = (id: FieldId): string => id.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());

/** What a column of a subject block can measure. */
const MEASURES: readonly FieldId[] = ['participants', 'average', 'belowMinimum', 'belowMinimumShare', 'qualityShare', 'highScorers', 'hundredScorers', 'regionalAverage'];
/** Fields a wide sheet carries per subject or for the whole sheet: not offered as plain columns there. */
const PER_SHEET_ON_WIDE: readonly FieldId[] = ['subject', 'year', 'family'];

const fieldOf = (id: FieldId, required = false): MappingField => ({ id, label: { ru: FIELDS[id].ru, en: FIELD_LABEL_EN(id) }, required });

const headerColumns = (grid: Grid | undefined, mapping: SheetMapping): MappingColumn[] => {
  if (!grid || mapping.headerRows.length === 0) return [];
  return headerFromRows(grid, mapping.headerRows, mapping.dataStartRow)
    .columns.filter((c) => c.path !== '')
    .map((c) => ({ index: c.index, letter: c.letter, header: c.path }));
};

const plainColumns = (mapping: SheetMapping): ColumnMapping[] => mapping.columns.filter((c) => c.subject === undefined);

const subjectBlocks = (mapping: SheetMapping): SubjectBlock[] => {
  const blocks = new Map<string, SubjectBlock>();
  for (const c of mapping.columns) {
    if (c.subject === undefined) continue;
    const block = blocks.get(c.subject) ?? { subject: c.subject, columns: [] };
    block.columns.push({ column: columnIndex(c.column), subject: c.subject, field: c.field });
    blocks.set(c.subject, block);
  }
  return [...blocks.values()];
};

const resultsExtras = (mapping: SheetMapping, report: SheetReport | undefined): Partial<SheetReading> => {
  const subjects = subjectBlocks(mapping);
  const detectedYear = mapping.year ?? (report?.years.length === 1 ? report.years[0] : null);
  return {
    sheetMeta: { year: detectedYear, family: mapping.family ?? report?.family ?? null, families: [...FAMILIES] },
    ...(subjects.length > 0
      ? { subjects, measures: MEASURES.map((id) => fieldOf(id)), subjectNames: DEFAULT_SUBJECTS.map((s) => s.name) }
      : {}),
  };
};

export const sheetReading = (mapping: SheetMapping, grid: Grid | undefined, rows: number, report?: SheetReport): SheetReading => {
  const kind = mapping.kind;
  const wide = mapping.columns.some((c) => c.subject !== undefined);
  const required = new Set(kind ? REQUIRED_FIELDS[kind].filter((r): r is FieldId => !Array.isArray(r)) : []);
  const fields = kind
    ? FIELD_IDS.filter((f) => FIELDS[f].kinds.includes(kind))
        .filter((f) => !wide || (!MEASURES.includes(f) && !PER_SHEET_ON_WIDE.includes(f)))
        .map((id) => fieldOf(id, required.has(id)))
    : [];
  const assignment: FieldAssignment = {};
  for (const f of fields) {
    const column = plainColumns(mapping).find((c) => c.field === f.id);
    assignment[f.id] = column ? columnIndex(column.column) : null;
  }
  return {
    sheet: mapping.sheet,
    kind,
    kindLabel: kind ? TABLE_KIND_NAMES[kind] : same(mapping.skipped ?? ''),
    rows,
    fields,
    columns: headerColumns(grid, mapping),
    assignment,
    autoDetected: mapping.confirmed ? [] : fields.map((f) => f.id).filter((id) => assignment[id] !== null),
    ...(kind === 'results' ? resultsExtras(mapping, report) : {}),
  };
};

const NO_CELLS: CellValue[] = frozen<CellValue>([]);

/**
 * What the data screen needs of a sheet read: its header rows and its length. The data rows become one
 * shared empty row, so a session does not hold a whole country's cells after the dataset is built.
 * Header paths come from the header rows (and merges) alone, so headerColumns gives the same columns.
 */
export const headerPartOf = (grid: Grid, mapping: SheetMapping): Grid => {
  const keep = Math.max(mapping.dataStartRow - 1, ...mapping.headerRows);
  const { formulas: _formulas, ...rest } = grid;
  return { ...rest, values: grid.values.map((row, r) => (r < keep ? row : NO_CELLS)) };
};

/** The screen's view of one reading; rows = data rows under the header. */
export const dataReading = (result: ReadResult, grids: Grid[], decisions: readonly MatchDecision[] = []): DataReading => ({
  sheets: result.mapping.sheets.map((m) => {
    const grid = grids.find((g) => g.sheet === m.sheet);
    const rows = grid ? Math.max(0, grid.values.length - m.dataStartRow + 1) : 0;
    return sheetReading(m, grid, rows, result.sheets.find((s) => s.sheet === m.sheet));
  }),
  problems: result.problems,
  counts: { schools: result.dataset.schools.length, results: result.dataset.results.length, social: result.dataset.social.length },
  matches: matchViews(result.identity, decisions),
  unjoined: unjoinedViews(result.identity),
});

const isFamily = (v: string | null | undefined): v is Family => (FAMILIES as readonly string[]).includes(v ?? '');

/** The sheet's year and exam after a correction: absent keeps the detected value, null removes it. */
const correctedMeta = (sheet: SheetMapping, correction: SheetCorrection): Pick<SheetMapping, 'year' | 'family'> => {
  const year = correction.year === undefined ? sheet.year : (correction.year ?? undefined);
  const family = correction.family === undefined ? sheet.family : isFamily(correction.family) ? correction.family : undefined;
  return { ...(year !== undefined ? { year } : {}), ...(family !== undefined ? { family } : {}) };
};

/**
 * The mapping with the user's corrections: a corrected sheet's plain columns become exactly the
 * assignment (header paths taken from the grid so a moved column is still found); its subject columns
 * become the corrected list when one is given, else stay unless their column was given to a field;
 * the year and exam are set as corrected; the sheet is marked confirmed.
 */
export const correctMapping = (mapping: WorkbookMapping, corrections: WorkbookAssignment, grids: Grid[]): WorkbookMapping => ({
  ...mapping,
  sheets: mapping.sheets.map((sheet) => {
    const correction = corrections[sheet.sheet];
    if (!correction) return sheet;
    const columns = headerColumns(grids.find((g) => g.sheet === sheet.sheet), sheet);
    const pathAt = (index: number) => columns.find((c) => c.index === index)?.header ?? sheet.columns.find((c) => columnIndex(c.column) === index)?.path ?? '';
    const chosen = new Set(Object.values(correction.fields).filter((v): v is number => v !== null));
    const subjects: ColumnMapping[] = correction.subjects
      ? correction.subjects
          .filter((s) => !chosen.has(s.column))
          .map((s) => ({ column: columnLetter(s.column), path: pathAt(s.column), field: s.field as FieldId, subject: s.subject, confidence: 1 }))
      : sheet.columns.filter((c) => c.subject !== undefined && !chosen.has(columnIndex(c.column)));
    const assigned: ColumnMapping[] = Object.entries(correction.fields).flatMap(([field, index]) => {
      const column = index === null ? undefined : columns.find((c) => c.index === index);
      return column ? [{ column: column.letter, path: column.header, field: field as FieldId, confidence: 1 }] : [];
    });
    const { year: _year, family: _family, ...rest } = sheet;
    return { ...rest, ...correctedMeta(sheet, correction), columns: [...assigned, ...subjects], confirmed: true };
  }),
});

/** Saved sheets with the corrected ones replaced: only sheets the user confirmed are remembered. */
export const rememberCorrected = (saved: WorkbookMapping | undefined, corrected: WorkbookMapping): WorkbookMapping => {
  const confirmed = corrected.sheets.filter((s) => s.confirmed);
  const names = new Set(confirmed.map((s) => s.sheet));
  return { version: 1, sheets: [...(saved?.sheets ?? []).filter((s) => !names.has(s.sheet)), ...confirmed] };
};
