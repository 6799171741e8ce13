import type { CellValue } from '../../src/grid/cell';
import type { Grid, MergeArea } from '../../src/grid/grid';

/** A Grid from rows of values; merges given as 'A1:C1' ranges. */
export const makeGrid = (sheet: string, values: CellValue[][], merges: string[] = [], formulas?: (string | null)[][]): Grid => ({
  sheet,
  values,
  merges: merges.map(parseRange),
  ...(formulas ? { formulas } : {}),
});

const colIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

export const parseRange = (range: string): MergeArea => {
  const [a, b] = range.split(':');
  const cell = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s)!;
    return { c: colIndex(m[1]), r: Number(m[2]) - 1 };
  };
  const p = cell(a);
  const q = cell(b);
  return { top: p.r, left: p.c, bottom: q.r, right: q.c };
};

/** A small long-format ОГЭ results sheet; `rows` replaces the data rows when given. */
export const longResults = (rows?: CellValue[][], sheet = 'Результаты ОГЭ'): Grid =>
  makeGrid(sheet, [
    ['Результаты ОГЭ по школам района'],
    ['Год', 'Школа', 'Муниципалитет', 'Предмет', 'Класс', 'Участников', 'Средний балл', 'Не преодолели минимум (%)', 'Качество знаний (%)'],
    ...(rows ?? [
      [2024, 'МБОУ СОШ №1', 'Район', 'Математика', 9, 20, 18.5, '5%', '40%'],
      [2024, 'МБОУ СОШ №2', 'Район', 'Математика', 9, 10, 15, '10%', '30%'],
      [2024, 'МБОУ СОШ №1', 'Район', 'Русский язык', 9, 20, 25, '0%', '60%'],
    ]),
  ]);

/** A small wide ЕГЭ sheet: title, two-level merged header (subject over measures), data from row 4. */
export const wideResults = (rows: CellValue[][], title = 'Результаты ЕГЭ выпускников в 2024 году', subject = 'Русский язык', sheet = 'Свод'): Grid =>
  makeGrid(
    sheet,
    [
      [title, null, null, null, null],
      ['Образовательная организация', 'Всего выпускников', subject, null, null],
      [null, null, 'приняло участие', 'не преодолен min порог', 'средний балл'],
      ...rows,
    ],
    ['A1:E1', 'A2:A3', 'B2:B3', 'C2:E2'],
  );
