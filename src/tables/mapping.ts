import { emptyDataset, Dataset } from '../domain/records';
import { applyIdentities, type IdentityStep, type MatchDecision } from './identity';
import { Grid } from '../grid/grid';
import type { Problem } from '../domain/problem';
import { appendAll } from '../util/append-all';
import { KeyTree } from '../util/key-tree';
import { cellText } from './cells';
import { detectHeader, fillMerges, HeaderBlock, headerFromRows } from './header-detect';
import { detectKind, FIELDS, FieldId, isSatisfied, matchColumn, REQUIRED_FIELDS, TABLE_KIND_NAMES, TableKind } from './fields';
import { ColumnMapping, SheetMapping, WorkbookMapping } from './mapping-schema';
import { makeProblem } from './problems';
import { readRecords } from './read-records';
import { readResults } from './read-results';
import { buildContext } from './sheet-context';
import type { SheetOutput, SheetReport } from './sheet-read-result';
import { DEFAULT_SUBJECTS, SubjectCatalogue } from './subjects';
import { detectSheetMeta } from './title-meta';

export interface ReadOptions {
  /** Sheet-name prefixes of sheets that are not input (Opora's own generated sheets). */
  ignoreSheets?: string[];
  /** Subject catalogue (DEFAULT_SUBJECTS merged with the user's entries). */
  subjects?: SubjectCatalogue;
  /** The user's decisions on school matches (confirm, split, merge), remembered in the workbook. */
  decisions?: readonly MatchDecision[];
}

export interface ReadResult {
  dataset: Dataset;
  problems: Problem[];
  sheets: SheetReport[];
  mapping: WorkbookMapping;
  /** Which rows are one school: keys, non-exact matches and schools that did not join. */
  identity: IdentityStep;
}

/** Why a sheet holds no results although it looks like one: applications to sit the exam. */
const APPLICATIONS = /заявлени|заявок|applications/i;

const isIgnored = (sheet: string, options: ReadOptions) => (options.ignoreSheets ?? []).some((p) => sheet.startsWith(p));

interface Detected {
  mapping: SheetMapping;
  problems: Problem[];
}

/** Header, kind, year, family and the field of every column of one sheet. */
export const detectSheetMapping = (grid: Grid, catalogue: SubjectCatalogue = DEFAULT_SUBJECTS): Detected => {
  const sheet = grid.sheet;
  const problems: Problem[] = [];
  const base: SheetMapping = { sheet, kind: null, headerRows: [], dataStartRow: 1, columns: [], confirmed: false };
  if (grid.values.every((r) => r.every((v) => cellText(v) === ''))) {
    problems.push(makeProblem('empty-sheet', { sheet }));
    return { mapping: { ...base, skipped: 'лист пуст' }, problems };
  }
  const block = detectHeader(grid);
  if (!block) {
    problems.push(makeProblem('header-not-found', { sheet }));
    return { mapping: { ...base, skipped: 'не найдена строка заголовков' }, problems };
  }
  return finishMapping(grid, block, catalogue, problems);
};

const finishMapping = (grid: Grid, block: HeaderBlock, catalogue: SubjectCatalogue, problems: Problem[], forcedColumns?: ColumnMapping[]): Detected => {
  const sheet = grid.sheet;
  const filled = fillMerges(grid, Math.max(-1, ...block.titleRows) + 1);
  const titleTexts = block.titleRows.flatMap((r) => [...new Set(filled[r].map((v) => cellText(v)).filter(Boolean))]);
  const headerTexts = block.columns.map((c) => c.path).filter(Boolean);
  const meta = detectSheetMeta(sheet, titleTexts, headerTexts);
  const columns: ColumnMapping[] = forcedColumns ?? [];
  if (!forcedColumns) {
    const taken = new Map<string, string>();
    const unmapped: string[] = [];
    for (const c of block.columns) {
      if (!c.path) continue;
      const m = matchColumn(c, catalogue);
      if (!m) {
        unmapped.push(`${c.letter} «${c.path}»`);
        continue;
      }
      const key = `${m.field}|${m.subject ?? ''}`;
      const first = taken.get(key);
      if (first && !FIELDS[m.field].summed) {
        problems.push(makeProblem('duplicate-header', { sheet, row: block.headerRows[0] + 1, column: c.letter }, { path: c.path, field: FIELDS[m.field].ru, first }));
        continue;
      }
      taken.set(key, c.letter);
      columns.push({ column: c.letter, path: c.path, field: m.field, ...(m.subject ? { subject: m.subject } : {}), confidence: m.confidence });
    }
    if (unmapped.length > 0) problems.push(makeProblem('unmapped-columns', { sheet }, { columns: unmapped.join(', ') }));
  }
  const fields = columns.map((c) => c.field);
  const hasSubjects = columns.some((c) => c.subject);
  const kind = detectKind(sheet, hasSubjects ? [...fields, 'subject'] : fields);
  const mapping: SheetMapping = {
    sheet,
    kind,
    headerRows: block.headerRows.map((r) => r + 1),
    dataStartRow: block.dataStart + 1,
    ...(meta.year !== undefined ? { year: meta.year } : {}),
    ...(meta.family ? { family: meta.family } : {}),
    columns,
    confirmed: false,
  };
  const text = [...titleTexts, ...headerTexts].join(' ');
  if ((kind === 'results' || kind === null) && APPLICATIONS.test(text)) {
    mapping.kind = null;
    mapping.skipped = 'лист содержит заявления на участие в экзаменах, а не результаты';
  } else if (!kind) {
    problems.push(makeProblem('kind-not-detected', { sheet }, { fields: fields.map((f) => FIELDS[f].ru).join(', ') || '—' }));
    mapping.skipped = 'не удалось определить, какие данные на листе';
    for (const k of ['results', 'schools'] as TableKind[]) reportMissing(sheet, k, new Set(fields), problems);
  }
  return { mapping, problems };
};

const reportMissing = (sheet: string, kind: TableKind, present: Set<FieldId>, problems: Problem[]) => {
  for (const req of REQUIRED_FIELDS[kind]) {
    if (isSatisfied(req, present)) continue;
    const f = Array.isArray(req) ? req[0] : req;
    const name = Array.isArray(req) ? req.map((x) => FIELDS[x].ru).join(' / ') : FIELDS[f].ru;
    problems.push(makeProblem('missing-required-column', { sheet }, { field: name, kind: TABLE_KIND_NAMES[kind].ru, fieldEn: Array.isArray(req) ? req.join(' / ') : req, kindEn: TABLE_KIND_NAMES[kind].en }));
  }
};

export const detectMapping = (grids: Grid[], options: ReadOptions = {}): WorkbookMapping => ({
  version: 1,
  sheets: grids.filter((g) => !isIgnored(g.sheet, options)).map((g) => detectSheetMapping(g, options.subjects).mapping),
});

/**
 * A saved sheet mapping re-anchored on the current grid: each column is found at its letter when the
 * header path still matches, else by its path elsewhere (moved column). Null when a path is gone.
 */
const reanchor = (grid: Grid, saved: SheetMapping, problems: Problem[]): SheetMapping | null => {
  if (saved.headerRows.length === 0) return saved;
  const block = headerFromRows(grid, saved.headerRows, saved.dataStartRow);
  const byLetter = new Map(block.columns.map((c) => [c.letter, c.path]));
  const columns: ColumnMapping[] = [];
  for (const c of saved.columns) {
    if (byLetter.get(c.column) === c.path) {
      columns.push(c);
      continue;
    }
    const moved = block.columns.find((x) => x.path === c.path);
    if (!moved) {
      problems.push(makeProblem('mapping-mismatch', { sheet: grid.sheet, column: c.column }, { path: c.path, column: c.column }));
      return null;
    }
    problems.push(makeProblem('column-moved', { sheet: grid.sheet, column: moved.letter }, { path: c.path, from: c.column, to: moved.letter }));
    columns.push({ ...c, column: moved.letter });
  }
  return { ...saved, columns };
};

const emptyOutput = (mapping: SheetMapping): SheetOutput => ({
  ...emptyDataset(),
  report: {
    sheet: mapping.sheet,
    kind: mapping.kind,
    headerRows: mapping.headerRows,
    fields: mapping.columns.map((c) => ({ column: c.column, path: c.path, field: c.field, ...(c.subject ? { subject: c.subject } : {}) })),
    years: [],
    schools: 0,
    subtotalRows: [],
    ...(mapping.family ? { family: mapping.family } : {}),
    ...(mapping.skipped ? { skipped: mapping.skipped } : {}),
  },
  years: new Set(),
  families: new Set(),
});

const readSheet = (grid: Grid, mapping: SheetMapping, catalogue: SubjectCatalogue, problems: Problem[]): SheetOutput => {
  const out = emptyOutput(mapping);
  if (!mapping.kind || mapping.skipped) {
    if (mapping.skipped) problems.push(makeProblem('sheet-skipped', { sheet: grid.sheet }, { reason: mapping.skipped, reasonEn: mapping.skipped }));
    return out;
  }
  const kind = mapping.kind;
  const present = new Set(mapping.columns.map((c) => c.field));
  if (mapping.columns.some((c) => c.subject)) present.add('subject');
  const before = problems.length;
  reportMissing(grid.sheet, kind, present, problems);
  if (problems.length > before) {
    out.report.skipped = 'нет обязательных столбцов';
    return out;
  }
  const ctx = buildContext(grid, { ...mapping, kind }, catalogue, problems);
  if (kind === 'results' || kind === 'teachers') readResults(ctx, out);
  else readRecords(ctx, out);
  out.report.years = [...out.years].sort();
  const families = [...out.families];
  if (families.length === 1) out.report.family = families[0];
  const schools = new KeyTree<true>();
  for (let i = 0; i < out.schools.length; i++) {
    const s = out.schools[i];
    schools.set(s.municipality ?? '', s.code ?? '', s.key, true);
  }
  out.report.schools = schools.size;
  return out;
};

/** Reads every sheet with the given mapping; sheets it does not cover, or no longer fits, are detected. */
export const applyMapping = (grids: Grid[], mapping: WorkbookMapping, options: ReadOptions = {}): ReadResult => {
  const catalogue = options.subjects ?? DEFAULT_SUBJECTS;
  const problems: Problem[] = [];
  const dataset = emptyDataset();
  const reports: SheetReport[] = [];
  const used: SheetMapping[] = [];
  for (const grid of grids) {
    if (isIgnored(grid.sheet, options)) continue;
    const saved = mapping.sheets.find((s) => s.sheet === grid.sheet);
    let sheetMapping = saved ? reanchor(grid, saved, problems) : null;
    if (!sheetMapping) {
      const d = detectSheetMapping(grid, catalogue);
      appendAll(problems, d.problems);
      sheetMapping = d.mapping;
    }
    used.push(sheetMapping);
    const out = readSheet(grid, sheetMapping, catalogue, problems);
    for (const k of ['schools', 'results', 'regional', 'olympiads', 'social', 'territory', 'teachers', 'monitoring'] as const) appendAll(dataset[k] as unknown[], out[k]);
    reports.push(out.report);
  }
  // Which rows are one school is decided over every table at once: the same school is written differently
  // across sheets and years, and a table without a municipality joins the others by name only when unambiguous.
  const identity = applyIdentities(dataset, reports, options.decisions);
  appendAll(problems, identity.problems);
  return { dataset, problems, sheets: reports, mapping: { version: 1, sheets: used }, identity };
};
