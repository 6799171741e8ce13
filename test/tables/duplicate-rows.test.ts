import { readWorkbook } from '../../src/tables';
import { makeGrid } from './grid-helpers';

/**
 * A school's second row about the same thing is reported; the same name in another municipality or under
 * another code is another school - in a results table and in a registry, and in the report's school count.
 */

const results = (rows: (string | number)[][]) =>
  makeGrid('Результаты ОГЭ', [['Год', 'Муниципалитет', 'Код ОО', 'Школа', 'Экзамен', 'Предмет', 'Участников', 'Средний балл'], ...rows.map((r) => [2024, ...r, 'ОГЭ', 'Математика', 10, 15])]);
const registry = (rows: (string | number)[][]) => makeGrid('Школы', [['Муниципалитет', 'Код ОО', 'Наименование ОО', 'Численность обучающихся'], ...rows.map((r) => [...r, 300])]);

const read = (grid: ReturnType<typeof makeGrid>) => {
  const r = readWorkbook([grid]);
  return { duplicates: r.problems.filter((p) => p.code === 'duplicate-school').map((p) => p.row), schools: r.sheets[0].schools };
};

test.each([
  ['results', results],
  ['registry', registry],
])('%s: duplicates by municipality, code and name', (_, table) => {
  expect(read(table([['Район А', '01', 'СОШ № 1'], ['Район Б', '01', 'СОШ № 1'], ['Район А', '02', 'СОШ № 1']]))).toEqual({ duplicates: [], schools: 3 });
  expect(read(table([['Район А', '01', 'СОШ № 1'], ['Район А', '01', 'МБОУ «СОШ №1»']]))).toEqual({ duplicates: [3], schools: 1 });
  expect(read(table([['', '', 'СОШ № 1'], ['', '', 'СОШ № 1'], ['Район А', '', 'СОШ № 1']]))).toEqual({ duplicates: [3], schools: 2 });
});
