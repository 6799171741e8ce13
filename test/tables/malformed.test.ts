import type { CellValue } from '../../src/grid/cell';
import type { Grid } from '../../src/grid/grid';
import { readWorkbook } from '../../src/tables';
import { longResults, makeGrid, wideResults } from './grid-helpers';

const base: CellValue[] = [2024, 'МБОУ СОШ №1', 'Район', 'Математика', 9, 20, 18.5, '5%', '40%'];
const withCell = (col: number, v: CellValue): CellValue[] => base.map((x, i) => (i === col ? v : x));
const other: CellValue[] = [2024, 'МБОУ СОШ №2', 'Район', 'Математика', 9, 10, 15, '10%', '30%'];
const long = (...rows: CellValue[][]) => longResults(rows);
const registry = (row: CellValue[]) => makeGrid('Школы', [['Наименование ОО', 'Муниципалитет', 'Численность обучающихся', 'Малокомплектная'], row]);

interface Case {
  name: string;
  grids: Grid[];
  saved?: unknown;
  code: string;
  sheet: string;
  row?: number;
  column?: string;
}

const cases: Case[] = [
  { name: 'text in a number cell', grids: [long(withCell(5, 'двадцать'), other)], code: 'text-in-number', sheet: 'Результаты ОГЭ', row: 3, column: 'F' },
  { name: 'fractional participants', grids: [long(withCell(5, '20,5'), other)], code: 'fractional-count', sheet: 'Результаты ОГЭ', row: 3, column: 'F' },
  { name: 'negative participants', grids: [long(withCell(5, -5), other)], code: 'negative-count', sheet: 'Результаты ОГЭ', row: 3, column: 'F' },
  { name: 'share over 100% written with %', grids: [long(withCell(7, '150%'), other)], code: 'share-over-100', sheet: 'Результаты ОГЭ', row: 3, column: 'H' },
  { name: 'quality over 100 in a percent column', grids: [long(withCell(8, 120), other)], code: 'share-over-100', sheet: 'Результаты ОГЭ', row: 3, column: 'I' },
  { name: 'ОГЭ average over the subject maximum', grids: [long(withCell(6, 40), other)], code: 'average-over-max', sheet: 'Результаты ОГЭ', row: 3, column: 'G' },
  { name: '#DIV/0! in an average', grids: [long(withCell(6, { kind: 'error', code: '#DIV/0!' }), other)], code: 'excel-error', sheet: 'Результаты ОГЭ', row: 3, column: 'G' },
  { name: '#N/A in participants', grids: [long(withCell(5, { kind: 'error', code: '#N/A' }), other)], code: 'excel-error', sheet: 'Результаты ОГЭ', row: 3, column: 'F' },
  { name: 'the same school and subject twice', grids: [long(base, other, base)], code: 'duplicate-school', sheet: 'Результаты ОГЭ', row: 5, column: 'B' },
  { name: 'the same school spelled differently', grids: [long(base, withCell(1, 'МОБУ «СОШ № 1»'))], code: 'duplicate-school', sheet: 'Результаты ОГЭ', row: 4, column: 'B' },
  { name: 'unreadable year', grids: [long(withCell(0, 'двадцатый'), other)], code: 'bad-year', sheet: 'Результаты ОГЭ', row: 3, column: 'A' },
  { name: 'unknown subject', grids: [long(withCell(3, 'Астрология'), other)], code: 'unknown-subject', sheet: 'Результаты ОГЭ', row: 3, column: 'D' },
  {
    name: 'not an assessment in the exam column',
    grids: [makeGrid('Итоги', [['Год', 'Школа', 'Экзамен', 'Предмет', 'Участников', 'Средний балл'], [2024, 'СОШ №1', 'КДР', 'Математика', 5, 3.5]])],
    code: 'bad-family', sheet: 'Итоги', row: 2, column: 'C',
  },
  { name: 'no year anywhere', grids: [makeGrid('Итоги ЕГЭ', [['Школа', 'Предмет', 'Участников', 'Средний балл'], ['СОШ №1', 'Химия', 5, 60]])], code: 'year-not-found', sheet: 'Итоги ЕГЭ' },
  { name: 'no assessment anywhere', grids: [makeGrid('Итоги 2024', [['Школа', 'Предмет', 'Участников', 'Средний балл'], ['СОШ №1', 'Химия', 5, 60]])], code: 'family-not-found', sheet: 'Итоги 2024' },
  { name: 'empty sheet', grids: [makeGrid('Пустой', [[null, null], [null, '']])], code: 'empty-sheet', sheet: 'Пустой' },
  { name: 'no header row', grids: [makeGrid('Числа', [[1, 2, 3], [4, 5, 6]])], code: 'header-not-found', sheet: 'Числа' },
  { name: 'unrecognisable columns', grids: [makeGrid('Прочее', [['Показатель', 'Значение'], ['а', 1]])], code: 'kind-not-detected', sheet: 'Прочее' },
  { name: 'a required column missing', grids: [makeGrid('Прочее', [['Показатель', 'Значение'], ['а', 1]])], code: 'missing-required-column', sheet: 'Прочее' },
  {
    name: 'two columns for the same field',
    grids: [makeGrid('Результаты ЕГЭ 2024', [['Школа', 'Предмет', 'Средний балл', 'Средний балл'], ['СОШ №1', 'Химия', 60, 61]])],
    code: 'duplicate-header', sheet: 'Результаты ЕГЭ 2024', row: 1, column: 'D',
  },
  { name: 'more below the minimum than participants', grids: [wideResults([['СОШ №1', 10, 5, 7, 50]])], code: 'below-min-exceeds-participants', sheet: 'Свод', row: 4, column: 'D' },
  { name: 'an average with 0 participants', grids: [wideResults([['СОШ №1', 10, 0, null, 50]])], code: 'average-without-participants', sheet: 'Свод', row: 4, column: 'E' },
  { name: 'participants over graduates', grids: [wideResults([['СОШ №1', 10, 12, null, 50]])], code: 'participants-over-graduates', sheet: 'Свод', row: 4, column: 'C' },
  { name: 'data without a school name', grids: [wideResults([['СОШ №1', 10, 10, null, 50], [null, 5, 5, null, 40]])], code: 'school-name-missing', sheet: 'Свод', row: 5, column: 'A' },
  {
    name: 'a region average outside the subject scale',
    grids: [wideResults([['ВСЕГО по региону', 2000, 2000, null, 180], ['СОШ №1', 10, 10, null, 60], ['СОШ №2', 10, 10, null, 60]])],
    code: 'regional-average-out-of-scale', sheet: 'Свод', row: 4, column: 'E',
  },
  {
    name: 'cells merged across data rows',
    grids: [{ ...wideResults([['СОШ №1', 10, 10, null, 50], ['СОШ №2', 10, 10, null, null]]), merges: wideResults([]).merges.concat([{ top: 3, left: 4, bottom: 4, right: 4 }]) }],
    code: 'merged-data-cells', sheet: 'Свод', row: 4, column: 'E',
  },
  {
    name: 'a share column of only 0 and 1',
    grids: [long(withCell(8, 1), withCell(1, 'СОШ №3').map((v, i) => (i === 8 ? 0 : v)))],
    code: 'share-scale-ambiguous', sheet: 'Результаты ОГЭ', row: 3, column: 'I',
  },
  { name: 'a yes/no cell with another word', grids: [registry(['СОШ №1', 'Район', 100, 'возможно'])], code: 'bad-boolean', sheet: 'Школы', row: 2, column: 'D' },
  { name: 'negative number of students', grids: [registry(['СОШ №1', 'Район', -100, 'да'])], code: 'negative-count', sheet: 'Школы', row: 2, column: 'C' },
  {
    name: 'a social share over 100%',
    grids: [makeGrid('Социальный паспорт', [['Школа', 'Год', 'Неполные семьи, %'], ['СОШ №1', 2024, '120%']])],
    code: 'share-over-100', sheet: 'Социальный паспорт', row: 2, column: 'C',
  },
  {
    name: 'text in olympiad participants',
    grids: [makeGrid('Олимпиады', [['Школа', 'Год', 'Участники олимпиад', 'Численность обучающихся'], ['СОШ №1', 2024, 'много', 300]])],
    code: 'text-in-number', sheet: 'Олимпиады', row: 2, column: 'C',
  },
  {
    name: 'an Excel error in unemployment',
    grids: [makeGrid('Территории', [['Населённый пункт', 'Уровень безработицы'], ['с. Лесное', { kind: 'error', code: '#VALUE!' }]])],
    code: 'excel-error', sheet: 'Территории', row: 2, column: 'B',
  },
  {
    name: 'negative course hours in monitoring',
    grids: [makeGrid('Мониторинг', [['Школа', 'Год', 'Часов курсов', 'Консультации'], ['СОШ №1', 2024, -32, 2]])],
    code: 'negative-count', sheet: 'Мониторинг', row: 2, column: 'C',
  },
  {
    name: 'teacher share continuing to grade 10 over 100',
    grids: [makeGrid('Педагоги', [['ФИО', 'Школа', 'Предмет', 'Класс', 'Год', 'Экзамен', 'Продолжили обучение в 10 классе (%)'], ['Иванова И.И.', 'СОШ №1', 'Математика', 9, 2024, 'ОГЭ', '140%']])],
    code: 'share-over-100', sheet: 'Педагоги', row: 2, column: 'G',
  },
  {
    name: 'a ВПР subject without a known maximum',
    grids: [makeGrid('Результаты ВПР', [['Год', 'Школа', 'Предмет', 'Класс', 'Участников', 'Средний балл'], [2024, 'СОШ №1', 'Литература', 5, 10, 20]])],
    code: 'unknown-scale', sheet: 'Результаты ВПР', row: 2,
  },
  {
    name: 'a saved mapping whose column is gone',
    grids: [long()],
    saved: { version: 1, sheets: [{ sheet: 'Результаты ОГЭ', kind: 'results', headerRows: [2], dataStartRow: 3, columns: [{ column: 'J', path: 'Средний балл по региону', field: 'regionalAverage' }], confirmed: true }] },
    code: 'mapping-mismatch', sheet: 'Результаты ОГЭ', column: 'J',
  },
  { name: 'a damaged saved mapping', grids: [long()], saved: { version: 7, sheets: 'x' }, code: 'invalid-saved-mapping', sheet: 'Результаты ОГЭ' },
];

describe('malformed workbooks: every case is reported in Russian with its place, nothing throws', () => {
  it('has at least 30 distinct cases', () => expect(new Set(cases.map((c) => c.name)).size).toBeGreaterThanOrEqual(30));

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = readWorkbook(c.grids, c.saved);
    const found = result.problems.filter((p) => p.code === c.code && p.sheet === c.sheet);
    expect(found.map((p) => `${p.row}${p.column}`)).toContain(`${c.row}${c.column}`);
    const p = found.find((x) => x.row === c.row && x.column === c.column)!;
    expect(p.message).toContain(`Лист «${c.sheet}»`);
    if (c.row !== undefined) expect(p.message).toContain(`строка ${c.row}`);
    if (c.column !== undefined) expect(p.message).toContain(`столбец ${c.column}`);
    expect(p.message).toMatch(/[а-яё]{4,}/i);
    expect(p.messageEn).toMatch(/[a-z]{4,}/i);
  });
});
