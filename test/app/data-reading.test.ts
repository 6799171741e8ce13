import type { Grid } from '../../src/grid/grid';
import { detectMapping } from '../../src/tables/mapping';
import { resolve } from 'path';
import { correctMapping, dataReading, headerPartOf } from '../../src/app/data-reading';
import { readWorkbook } from '../../src/tables';
import { readXlsxGrids } from '../../src/hosts/xlsx/read-grids';
import { columnIndex } from '../../src/grid/column-letter';
import { EAO_WORKBOOK } from '../support/real-data';

const grid: Grid = {
  sheet: 'Школы',
  values: [
    ['Наименование ОО', 'Муниципалитет', 'Численность обучающихся', 'Примечание'],
    ['МБОУ СОШ № 1', 'Город', 500, 'x'],
    ['МБОУ СОШ № 2', 'Город', 300, 'y'],
  ],
  merges: [],
};

describe('reading view of the mapping', () => {
  const read = readWorkbook([grid]);
  const view = dataReading(read, [grid]).sheets[0];

  it('offers every header column and preselects what the reader detected', () => {
    expect(view.kind).toBe(read.mapping.sheets[0].kind);
    expect(view.columns.map((c) => c.letter)).toEqual(['A', 'B', 'C', 'D']);
    for (const c of read.mapping.sheets[0].columns) {
      expect(view.assignment[c.field]).toBe(view.columns.find((x) => x.letter === c.column)!.index);
      expect(view.autoDetected).toContain(c.field);
    }
    expect(view.fields.find((f) => f.id === 'school')?.required).toBe(true);
  });

  it('turns a correction into a confirmed mapping the reader then follows', () => {
    const corrected = correctMapping(read.mapping, { Школы: { fields: { ...view.assignment, municipality: null, settlement: 1 } } }, [grid]);
    const sheet = corrected.sheets[0];
    expect(sheet.confirmed).toBe(true);
    expect(sheet.columns.find((c) => c.field === 'settlement')).toMatchObject({ column: 'B', path: 'Муниципалитет' });
    expect(sheet.columns.some((c) => c.field === 'municipality')).toBe(false);

    const again = dataReading(readWorkbook([grid], corrected), [grid]).sheets[0];
    expect(again.assignment.settlement).toBe(1);
    expect(again.assignment.municipality).toBeNull();
    expect(again.autoDetected).toEqual([]);
  });

  it('leaves sheets without a correction as detected', () => {
    const detected = detectMapping([grid]);
    expect(correctMapping(detected, {}, [grid])).toEqual(detected);
  });
});

describe('reading view of a wide regional ЕГЭ sheet (EAO, real)', () => {
  let grids: Grid[];
  let read: ReturnType<typeof readWorkbook>;
  beforeAll(async () => {
    grids = await readXlsxGrids(EAO_WORKBOOK);
    read = readWorkbook(grids);
  });
  const view = () => dataReading(read, grids).sheets.find((s) => s.sheet === '2023')!;

  it('shows the subject blocks the reader found, and the year and exam from the title', () => {
    const sheet = view();
    const report = read.sheets.find((s) => s.sheet === '2023')!;
    const reportSubjects = [...new Set(report.fields.filter((f) => f.subject).map((f) => f.subject))];
    expect(sheet.subjects!.map((b) => b.subject)).toEqual(reportSubjects);
    expect(reportSubjects.length).toBeGreaterThan(5);
    const russian = sheet.subjects!.find((b) => b.subject === 'Русский язык')!;
    const averageColumn = report.fields.find((f) => f.subject === 'Русский язык' && f.field === 'average')!.column;
    expect(russian.columns.find((c) => c.field === 'average')!.column).toBe(columnIndex(averageColumn));
    expect(sheet.sheetMeta).toMatchObject({ year: report.years[0], family: report.family });
    // Per-subject measures and the sheet-wide year/exam are not offered as empty plain fields.
    expect(sheet.fields.map((f) => f.id)).not.toEqual(expect.arrayContaining(['average']));
    expect(sheet.fields.some((f) => ['participants', 'average', 'year', 'family'].includes(f.id))).toBe(false);
  });

  it('a corrected year, exam and subject reach the records', () => {
    const sheet = view();
    const subjects = sheet.subjects!.flatMap((b) => b.columns).map((c) => (c.subject === 'История' ? { ...c, subject: 'Обществознание' } : c));
    const corrected = correctMapping(read.mapping, { '2023': { fields: sheet.assignment, year: 2021, family: 'ОГЭ', subjects } }, grids);
    const again = readWorkbook(grids, corrected);
    const fromSheet = again.dataset.results.filter((r) => r.source.sheet === '2023');
    expect(fromSheet.length).toBeGreaterThan(0);
    expect(new Set(fromSheet.map((r) => r.year))).toEqual(new Set([2021]));
    expect(new Set(fromSheet.map((r) => r.family))).toEqual(new Set(['ОГЭ']));
    expect(fromSheet.some((r) => r.subject === 'История')).toBe(false);
    const before = read.dataset.results.filter((r) => r.source.sheet === '2023' && r.subject === 'История').length;
    expect(fromSheet.filter((r) => r.subject === 'Обществознание').length).toBeGreaterThanOrEqual(before);
    const view2 = dataReading(again, grids).sheets.find((s) => s.sheet === '2023')!;
    expect(view2.sheetMeta).toMatchObject({ year: 2021, family: 'ОГЭ' });
  });
});

describe('the header part a session keeps of each sheet read', () => {
  const SAMPLE = resolve(__dirname, '../../assets/sample/opora-sample.xlsx');
  it.each([['EAO', EAO_WORKBOOK], ['sample', SAMPLE]])('gives the same data screen and corrections as the whole grids (%s)', async (_, file) => {
    const grids = await readXlsxGrids(file);
    const read = readWorkbook(grids);
    const kept = grids.map((g) => {
      const mapping = read.mapping.sheets.find((m) => m.sheet === g.sheet);
      return mapping ? headerPartOf(g, mapping) : g;
    });
    const dataRows = kept.flatMap((g, i) => g.values.filter((row, r) => row.length === 0 && grids[i].values[r].length > 0));
    expect(dataRows.length).toBeGreaterThan(0);
    expect(dataReading(read, kept)).toEqual(dataReading(read, grids));
    // Every detected plain column confirmed where it is: the header paths are looked up again.
    const corrections = Object.fromEntries(
      read.mapping.sheets.map((m) => [m.sheet, { fields: Object.fromEntries(m.columns.filter((c) => !c.subject).map((c) => [c.field, columnIndex(c.column)])) }]),
    );
    expect(correctMapping(read.mapping, corrections, kept).sheets.flatMap((m) => m.columns.map((c) => c.path)).filter(Boolean).length).toBeGreaterThan(0);
    expect(correctMapping(read.mapping, corrections, kept)).toEqual(correctMapping(read.mapping, corrections, grids));
  });
});
