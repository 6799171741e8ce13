import { schoolRisk } from '../../src/functions/school-risk';
import { FunctionInputError } from '../../src/functions/errors';
import { generateRegion, REGION_SUBJECTS } from '../support/region';
import { excelRange } from './sample-ranges';

/** A custom function's school argument names a school with the tables' identity. */
describe('SCHOOL_RISK on a whole region', () => {
  const region = generateRegion(11);
  const grid = (name: string) => region.grids.find((g) => g.sheet === name)!;
  // A range carries no merges: the results in the long layout, one row per school and subject.
  const long = [
    ['Результаты ЕГЭ 2024 года'],
    ['Муниципалитет', 'Образовательная организация', 'Предмет', 'Участников', 'Средний балл'],
    ...region.schools.flatMap((s) => REGION_SUBJECTS.map((subject, j) => [s.municipality[2024], s.name[2024], subject, s.results[2024][j].participants, s.results[2024][j].average])),
  ];
  const tables = { results: long, registry: excelRange(grid('Реестр школ')) };
  const target = region.schools.find((s) => s.name[2024].includes('СОШ №1') && s.municipality[2024] !== region.schools[0].municipality[2024])!;
  const row = (school: string) => schoolRisk(tables, school, 2024, 'ru')[0];

  it('«Муниципалитет | Школа» names one school of the region', () => {
    const found = row(`${target.municipality[2024]} | ${target.name[2024]}`);
    expect(found.slice(0, 2)).toEqual([target.name[2024], target.municipality[2024]]);
  });

  it('the district written the old way («… район») or without the legal form names the same school', () => {
    const old = target.municipality[2023].replace(/^Комитет образования администрации /, '');
    expect(row(`${old} | СОШ №1`)).toEqual(row(`${target.municipality[2024]} | ${target.name[2024]}`));
  });

  it('the official code names the same school', () => {
    expect(row(target.code)).toEqual(row(`${target.municipality[2024]} | ${target.name[2024]}`));
  });

  it('a name that every municipality has is an error listing the municipalities, never a guess', () => {
    let error: unknown;
    try {
      row('СОШ №1');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FunctionInputError);
    expect((error as Error).message).toMatch(/нескольких муниципалитетах.*Муниципалитет \| Школа/);
  });
});
