import { DEFAULT_SETTINGS, identify } from '../../src/domain';
import { isExcelError } from '../../src/grid/cell';
import type { Grid } from '../../src/grid/grid';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { readXlsxGrids } from '../../src/hosts/xlsx/read-grids';
import { buildSampleGrids, SCHOOLS } from '../../src/sample';
import { SAMPLE_WORKBOOK_PATH } from '../../src/sample/sample-path';
import { egeSheetName, MISTYPED_TOTAL, TOTAL_ROW_LABEL } from '../../src/sample/sheets/ege-sheet';
import { TEACHERS_SHEET } from '../../src/sample/sheets/teachers-sheet';
import { gridsToWorkbook } from '../../src/sample/write-sample';
import { readWorkbook } from '../../src/tables';

const grids = buildSampleGrids();
const read = readWorkbook(grids);
const allCells = (g: Grid) => g.values.flat();

/** Trailing empty cells and rows are not stored in .xlsx; compare what a reader can see. */
const visible = (g: Grid) => {
  const rows = g.values.map((r) => {
    const cells = [...r];
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return { sheet: g.sheet, rows, merges: [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left) };
};

describe('sample workbook generator', () => {
  it('is deterministic: the same seed gives the same grids, another seed other values', () => {
    expect(buildSampleGrids()).toEqual(grids);
    const other = buildSampleGrids(7);
    expect(other.map((g) => g.sheet)).toEqual(grids.map((g) => g.sheet));
    expect(other).not.toEqual(grids);
  });

  it('has every input table a committee keeps, each recognised by the reader with the expected kind', () => {
    const kinds = Object.fromEntries(read.sheets.map((s) => [s.sheet, s.kind]));
    expect(kinds).toEqual({
      Школы: 'schools',
      [egeSheetName(2022)]: 'results',
      [egeSheetName(2023)]: 'results',
      [egeSheetName(2024)]: 'results',
      'Результаты ОГЭ': 'results',
      'Результаты ВПР': 'results',
      Олимпиады: 'olympiads',
      'Социальный паспорт': 'social',
      Территории: 'territory',
      Педагоги: 'teachers',
      Мониторинг: 'monitoring',
    });
    expect(read.sheets.every((s) => !s.skipped)).toBe(true);
  });

  it('reads every school of the registry, three years of each assessment family, and about 400 teachers', () => {
    expect(read.dataset.schools).toHaveLength(SCHOOLS.length);
    for (const family of ['ЕГЭ', 'ОГЭ', 'ВПР'] as const) {
      const years = new Set(read.dataset.results.filter((r) => r.family === family).map((r) => r.year));
      expect([...years].sort()).toEqual([2022, 2023, 2024]);
    }
    expect(new Set(read.dataset.results.filter((r) => r.family === 'ЕГЭ' && r.subject === 'Математика (базовая)').map((r) => r.maxScore))).toEqual(new Set([5]));
    const teachers = new Set(read.dataset.teachers.map((t) => t.teacher));
    expect(teachers.size).toBeGreaterThanOrEqual(350);
    expect(teachers.size).toBeLessThanOrEqual(450);
  });

  it('joins the other spellings of school names (МОБУ, «», ё) to the registry', () => {
    const registry = new Set(read.dataset.schools.map((s) => s.key));
    expect(read.dataset.results.every((r) => registry.has(r.schoolKey))).toBe(true);
    const names = new Set(grids.flatMap(allCells).filter((v): v is string => typeof v === 'string'));
    expect(names.has('МОБУ «СОШ №5»')).toBe(true);
    expect(names.has('МКОУ «Березовская СОШ»')).toBe(true);
  });

  it('contains the planted mess: comma decimals and «%» as text, one Excel error, a blank data row, a two-level merged header', () => {
    const strings = grids.flatMap(allCells).filter((v): v is string => typeof v === 'string');
    expect(strings.some((s) => /^\d+,\d+$/.test(s))).toBe(true);
    expect(strings.some((s) => /^\d+(,\d+)?%$/.test(s))).toBe(true);
    expect(grids.flatMap(allCells).filter((v) => v !== null && isExcelError(v))).toHaveLength(1);
    const registry = grids.find((g) => g.sheet === 'Школы')!;
    const header = read.sheets.find((s) => s.sheet === 'Школы')!.headerRows[0];
    expect(registry.values.slice(header).some((r) => r.every((v) => v === null))).toBe(true);
    expect(read.sheets.find((s) => s.sheet === egeSheetName(2024))!.headerRows).toHaveLength(2);
  });

  it('reports exactly the planted problems that are errors or warnings', () => {
    // The mistyped total is the identification's to report: whether it is off depends on the user's tolerance.
    const serious = [...read.problems, ...identify(read.dataset, DEFAULT_SETTINGS).problems].filter((p) => p.severity !== 'info');
    expect(serious.map((p) => [p.sheet, p.code])).toEqual([
      ['Результаты ОГЭ', 'excel-error'],
      [egeSheetName(MISTYPED_TOTAL.year), 'regional-average-mismatch'],
    ]);
  });

  it('carries «Итого по району» rows that the reader takes as the area totals', () => {
    for (const year of [2022, 2023, 2024]) {
      const sheet = read.sheets.find((s) => s.sheet === egeSheetName(year))!;
      const grid = grids.find((g) => g.sheet === sheet.sheet)!;
      expect(sheet.regionRow).toBeDefined();
      expect(grid.values[sheet.regionRow! - 1]).toContain(TOTAL_ROW_LABEL);
    }
  });

  it('plants a signal the default rules find: stably low schools, hard-to-reach schools, flagged teachers', () => {
    const result = identify(read.dataset, DEFAULT_SETTINGS);
    const lastYear = result.schools.filter((s) => s.year === 2024);
    const stableLow = SCHOOLS.filter((s) => s.profile === 'low-stable').map((s) => s.name);
    for (const name of stableLow) {
      const entry = lastYear.find((s) => s.name === name)!;
      expect(entry.groups).toContain('ШНОР');
      expect(entry.stable).toBe(true);
    }
    const strong = SCHOOLS.filter((s) => s.profile === 'strong').map((s) => s.name);
    expect(lastYear.filter((s) => strong.includes(s.name) && s.groups.length > 0)).toEqual([]);
    expect(lastYear.some((s) => s.findings.some((f) => f.code === 'S2' && f.flagged))).toBe(true);
    const codes = new Set(result.teachers.filter((t) => t.flagged).map((t) => t.code));
    for (const code of ['T1', 'T3.1', 'T3.2']) expect(codes.has(code as never)).toBe(true);
  });

  it('survives an .xlsx round trip cell for cell', async () => {
    const book = await XlsxWorkbook.fromBuffer(await (await gridsToWorkbook(grids)).toBuffer());
    const back = await book.readGrids(grids.map((g) => g.sheet));
    expect(back.map(visible)).toEqual(grids.map(visible));
  });

  it('the committed assets/sample/opora-sample.xlsx is the current generator output (run scripts/generate-sample.ts)', async () => {
    const committed = await readXlsxGrids(SAMPLE_WORKBOOK_PATH);
    expect(committed.map(visible)).toEqual(grids.map(visible));
  });

  it('keeps teachers personal data on their own sheet only', () => {
    const names = new Set(read.dataset.teachers.map((t) => t.teacher));
    for (const g of grids.filter((x) => x.sheet !== TEACHERS_SHEET)) expect(g.values.flat().some((v) => typeof v === 'string' && names.has(v))).toBe(false);
  });
});
