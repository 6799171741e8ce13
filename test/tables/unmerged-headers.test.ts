/** Multi-row headers read from values alone (a function's range carries no merges) read as with merges. */
import { join } from 'path';
import { EAO_WORKBOOK } from '../support/real-data';
import type { CellValue } from '../../src/grid/cell';
import type { Grid } from '../../src/grid/grid';
import { readXlsxGrids } from '../../src/hosts/xlsx/read-grids';
import { detectHeader, detectSheetMapping, isLabelRow, readWorkbook } from '../../src/tables';
import { makeGrid } from './grid-helpers';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'sample', 'opora-sample.xlsx');
const EAO = EAO_WORKBOOK;

const stripMerges = (grid: Grid): Grid => ({ ...grid, merges: [] });

describe('the sample workbook with merges stripped', () => {
  let grids: Grid[];
  let merged: ReturnType<typeof readWorkbook>;
  beforeAll(async () => {
    grids = await readXlsxGrids(SAMPLE);
    merged = readWorkbook(grids);
  });

  it('has multi-row merged headers to strip', () => {
    const multiRow = grids.filter((g) => (detectHeader(g)?.headerRows.length ?? 0) > 1).map((g) => g.sheet);
    expect(multiRow).toEqual(expect.arrayContaining(['Социальный паспорт', 'Результаты ЕГЭ 2023']));
  });

  it('every sheet is detected with the same kind, header rows and column fields as with merges', () => {
    for (const grid of grids) {
      const merged = detectSheetMapping(grid).mapping;
      expect(merged.kind).not.toBeNull();
      expect(detectSheetMapping(stripMerges(grid)).mapping).toEqual(merged);
    }
  });

  it('«Социальный паспорт» reads as the social passport with every share column', () => {
    const mapping = detectSheetMapping(stripMerges(grids.find((g) => g.sheet === 'Социальный паспорт')!)).mapping;
    expect(mapping.kind).toBe('social');
    expect(mapping.columns.map((c) => c.field)).toEqual(
      expect.arrayContaining(['school', 'bothParentsHigherEducation', 'singleParent', 'unemployedParents', 'deviant', 'nonNativeRussian', 'lowIncome', 'disabilities']),
    );
  });

  it('reads the same dataset', () => {
    expect(readWorkbook(grids.map(stripMerges)).dataset).toEqual(merged.dataset);
  });

  it('a mapping detected with merges still fits the sheets without them', () => {
    const r = readWorkbook(grids.map(stripMerges), merged.mapping);
    expect(r.problems.filter((p) => p.code === 'mapping-mismatch' || p.code === 'column-moved')).toEqual([]);
  });
});

describe('the EAO workbook (real) with merges stripped', () => {
  let merged: ReturnType<typeof readWorkbook>;
  let stripped: ReturnType<typeof readWorkbook>;
  beforeAll(async () => {
    const grids = await readXlsxGrids(EAO);
    merged = readWorkbook(grids);
    stripped = readWorkbook(grids.map(stripMerges));
  });
  const averages = (r: ReturnType<typeof readWorkbook>) => r.dataset.results.map((x) => [x.year, x.schoolName, x.subject, x.average]);

  it('yields the same schools per sheet', () => {
    expect(stripped.sheets.map((s) => [s.sheet, s.kind, s.schools])).toEqual(merged.sheets.map((s) => [s.sheet, s.kind, s.schools]));
    expect(new Set(stripped.dataset.schools.map((s) => s.name))).toEqual(new Set(merged.dataset.schools.map((s) => s.name)));
  });

  it('yields the same subject averages', () => {
    expect(averages(merged).length).toBeGreaterThan(100);
    expect(averages(stripped)).toEqual(averages(merged));
    expect(stripped.dataset.regional).toEqual(merged.dataset.regional);
  });
});

describe('unmerged two-row header rules', () => {
  const SOCIAL_UPPER: CellValue[] = ['Школа', 'Доли обучающихся, %', '', '', ''];
  const SOCIAL_LOWER: CellValue[] = ['', 'оба родителя с высшим образованием', 'неполные семьи', 'на учёте', 'русский неродной'];
  const DATA: CellValue[] = ['СОШ №1', 30, 10, 2, 5];

  it('a group label fills right over its columns, a whole-height label fills down', () => {
    const h = detectHeader(makeGrid('Социальный паспорт', [SOCIAL_UPPER, SOCIAL_LOWER, DATA]))!;
    expect(h.headerRows).toEqual([0, 1]);
    expect(h.dataStart).toBe(2);
    expect(h.columns.map((c) => c.path)).toEqual([
      'Школа',
      'Доли обучающихся, % › оба родителя с высшим образованием',
      'Доли обучающихся, % › неполные семьи',
      'Доли обучающихся, % › на учёте',
      'Доли обучающихся, % › русский неродной',
    ]);
    const r = readWorkbook([makeGrid('Социальный паспорт', [['Социальный паспорт школ, 2024 год'], SOCIAL_UPPER, SOCIAL_LOWER, DATA])]);
    expect(r.sheets[0]).toMatchObject({ kind: 'social', headerRows: [2, 3] });
    expect(r.dataset.social[0]).toMatchObject({ bothParentsHigherEducation: 30, singleParent: 10, deviant: 2, nonNativeRussian: 5 });
  });

  it('null and "" are both empty cells', () => {
    const asNull = (row: CellValue[]) => row.map((v) => (v === '' ? null : v));
    const h = detectHeader(makeGrid('s', [asNull(SOCIAL_UPPER), asNull(SOCIAL_LOWER), DATA]))!;
    expect(h.columns.map((c) => c.path)).toEqual(detectHeader(makeGrid('s', [SOCIAL_UPPER, SOCIAL_LOWER, DATA]))!.columns.map((c) => c.path));
  });

  it('a group stops at the next upper label; a column with nothing below is not filled', () => {
    const h = detectHeader(
      makeGrid('Свод', [
        ['Школа', 'Русский язык', '', 'Математика', '', ''],
        ['', 'участников', 'средний балл', 'участников', 'средний балл', ''],
        ['СОШ №1', 10, 60, 10, 50, null],
      ]),
    )!;
    expect(h.columns.map((c) => c.path)).toEqual(['Школа', 'Русский язык › участников', 'Русский язык › средний балл', 'Математика › участников', 'Математика › средний балл', '']);
  });

  it('a second row needs two labels: one label under the group is data, two are a header row', () => {
    const one = detectHeader(makeGrid('s', [['Школа', 'Доли, %', ''], ['', 'неполные семьи', ''], ['СОШ №1', 10, 5]]))!;
    expect(one.headerRows).toEqual([0]);
    const two = detectHeader(makeGrid('s', [['Школа', 'Доли, %', ''], ['', 'неполные семьи', 'на учёте'], ['СОШ №1', 10, 5]]))!;
    expect(two.headerRows).toEqual([0, 1]);
  });

  it('a text row with values under labels that open no group is data, not a header row', () => {
    const g = makeGrid('Школы', [
      ['Наименование ОО', 'Муниципалитет', 'Тип ОО', ''],
      ['МКОУ ООШ с. Лесное', 'Район', 'ООШ', 'примечание'],
    ]);
    expect(detectHeader(g)!.headerRows).toEqual([0]);
    expect(readWorkbook([g]).dataset.schools.map((s) => s.name)).toEqual(['МКОУ ООШ с. Лесное']);
  });

  it('a label under an upper label whose right neighbour is filled keeps the header to one row', () => {
    const h = detectHeader(makeGrid('s', [['Школа', 'Доли, %', 'Год'], ['', 'неполные семьи', 'на учёте'], ['СОШ №1', 10, 2024]]))!;
    expect(h.headerRows).toEqual([0]);
  });

  it('three unmerged rows: group over subgroups over measures', () => {
    const h = detectHeader(
      makeGrid('Свод', [
        ['Школа', 'Русский язык', '', '', ''],
        ['', 'основной период', '', 'резервные дни', ''],
        ['', 'участников', 'балл', 'участников', 'балл'],
        ['СОШ №1', 10, 60, 12, 61],
      ]),
    )!;
    expect(h.headerRows).toEqual([0, 1, 2]);
    expect(h.columns.map((c) => c.path)).toEqual(['Школа', 
      'Русский язык › основной период › участников',
      'Русский язык › основной период › балл',
      'Русский язык › резервные дни › участников',
      'Русский язык › резервные дни › балл',
    ]);
  });

  it('a label row holds two or more texts and no number', () => {
    expect(isLabelRow(SOCIAL_LOWER)).toBe(true);
    expect(isLabelRow(['', 'неполные семьи', ''])).toBe(false);
    expect(isLabelRow(['СОШ №1', 'Район', 'СОШ', 820])).toBe(false);
  });
});
