/**
 * Issue 3: the spilling SCHOOL_RISK over the sample's tables gives the same groups and criteria as
 * identification of the same sheets read as a workbook (with their merges and title rows).
 */
import { DEFAULT_SETTINGS, identify, type SchoolYearResult } from '../../src/domain';
import { schoolRiskFunction } from '../../src/functions/functions';
import { riskReasons } from '../../src/functions/risk-reasons';
import { schoolRisk, schoolRiskHeader } from '../../src/functions/school-risk';
import { readWorkbook } from '../../src/tables';
import { excelRange, sampleGrid } from './sample-ranges';

const results = sampleGrid('Результаты ОГЭ');
const social = sampleGrid('Социальный паспорт');
const olympiads = sampleGrid('Олимпиады');
const registry = sampleGrid('Школы');

const tables = {
  results: excelRange(results),
  // Its two-row header as Excel passes a range: values only, no merges.
  social: excelRange(social),
  olympiads: excelRange(olympiads),
  registry: excelRange(registry),
};

const identification = identify(readWorkbook([results, social, olympiads, registry]).dataset, DEFAULT_SETTINGS);
const lastYear = identification.lastYear;
const expected = identification.schools.filter((s) => s.year === lastYear);
const codes = (s: SchoolYearResult) => s.findings.filter((f) => f.flagged).map((f) => f.code).join(', ');

describe('SCHOOL_RISK spill form', () => {
  const spill = schoolRisk(tables, undefined, undefined, 'ru');

  it('the sample has schools in both groups, so the comparison means something', () => {
    expect(expected.some((s) => s.groupsByCriteria.includes('ШНОР'))).toBe(true);
    expect(expected.some((s) => s.groupsByCriteria.includes('ШНСУ'))).toBe(true);
    expect(expected.some((s) => s.groupsByCriteria.length === 0)).toBe(true);
  });

  it('starts with the header and has one row per school of the latest year', () => {
    expect(spill[0]).toEqual(schoolRiskHeader('ru'));
    expect(spill).toHaveLength(expected.length + 1);
  });

  it('gives the same school, year, groups, criteria and stability as identification', () => {
    expect(spill.slice(1)).toEqual(expected.map((s) => [s.name, s.municipality ?? '', lastYear, s.groupsByCriteria.join(', '), codes(s), s.stable]));
  });

  it('the wrapper returns the same matrix', () => {
    expect(schoolRiskFunction(tables.results as unknown[][], tables.social as unknown[][], tables.olympiads as unknown[][], tables.registry as unknown[][])).toEqual(spill);
  });

  it('has an English header when asked', () => {
    expect(schoolRisk(tables, undefined, undefined, 'en')[0]).toEqual(['School', 'Municipality', 'Year', 'Groups', 'Criteria', 'Stable']);
  });
});

describe('SCHOOL_RISK per-row form', () => {
  const spill = schoolRisk(tables, undefined, undefined, 'ru');

  it('returns exactly the spill row of each school, without the header', () => {
    for (const row of spill.slice(1)) expect(schoolRisk(tables, String(row[0]))).toEqual([row]);
  });

  it('finds a school written another way («МБОУ СОШ №6» for «МБОУ "СОШ № 6"»)', () => {
    const row = spill.find((r) => r[0] === 'МБОУ "СОШ № 6"');
    expect(row).toBeDefined();
    expect(schoolRisk(tables, 'МБОУ СОШ №6')).toEqual([row]);
  });

  it('a school not in the table is #N/A with its name in the message', () => {
    expect(() => schoolRiskFunction(tables.results as unknown[][], undefined, undefined, undefined, 'СОШ № 99')).toThrow(
      expect.objectContaining({ code: '#N/A', message: `Школа «СОШ № 99» не найдена в таблице за ${lastYear} год.` }) as unknown as Error,
    );
  });

  it('a year given explicitly selects that year; a year without data is #N/A listing the years there are', () => {
    const earlier = identification.years[0];
    const rows = schoolRisk(tables, undefined, earlier, 'ru').slice(1);
    expect(rows.every((r) => r[2] === earlier)).toBe(true);
    expect(() => schoolRisk(tables, undefined, 1999)).toThrow(/Нет данных за 1999 год/);
  });
});

describe('SCHOOL_RISK bad arguments', () => {
  const call = (...args: unknown[]) => () => (schoolRiskFunction as (...a: unknown[]) => unknown)(...args);

  it('a range without a recognisable header is #VALUE! saying what is missing, in Russian', () => {
    expect(call([[1, 2], [3, 4]])).toThrow(expect.objectContaining({ code: '#VALUE!', message: expect.stringMatching(/^Не удалось прочитать диапазон «результаты»/) }) as unknown as Error);
  });

  it('a table given in the wrong argument is rejected, not silently ignored', () => {
    expect(call(tables.results, tables.olympiads)).toThrow(
      expect.objectContaining({ code: '#VALUE!', message: expect.stringContaining('«социальный паспорт»: столбцы распознаны как таблица «олимпиады»') }) as unknown as Error,
    );
  });

  it('a single cell where the table should be is #VALUE!', () => {
    expect(call('СОШ № 1')).toThrow(expect.objectContaining({ code: '#VALUE!', message: expect.stringContaining('ожидается диапазон ячеек с заголовками') }) as unknown as Error);
  });

  it('a missing results range is #VALUE!', () => {
    expect(call(undefined)).toThrow(expect.objectContaining({ code: '#VALUE!', message: 'Не указан диапазон «результаты».' }) as unknown as Error);
  });
});

describe('reading problems name the range and the place in it', () => {
  const header = ['Школа', 'Экзамен', 'Предмет', 'Участников', 'Средний балл', 'Год'];
  const table = [header, ['СОШ № 1', 'ОГЭ', 'Русский язык', 10, 20, 2024], ['СОШ № 2', 'ОГЭ', 'Русский язык', 12, 'двадцать', 2024]];

  it('a school whose numbers cannot be read is listed without criteria (no data), not dropped and not guessed', () => {
    const spill = schoolRisk({ results: table }, undefined, undefined, 'ru');
    expect(spill.slice(1).map((r) => r[0])).toEqual(['СОШ № 1', 'СОШ № 2']);
    expect(spill[2].slice(3, 5)).toEqual(['', '']);
  });

  it('RISK_REASONS of that school cites the cell: range, row and column within the range, what to do', () => {
    const text = riskReasons({ results: table }, 'СОШ № 2');
    expect(text).toContain('Замечания к данным школы: Лист «результаты», строка 3, столбец E: В ячейке должно быть число («Средний балл»), а записано «двадцать»');
    expect(riskReasons({ results: table }, 'СОШ № 1')).not.toContain('Замечания');
  });

  it('no header row: #VALUE! «Не удалось прочитать диапазон «результаты»: Не найдена строка заголовков…»', () => {
    expect(() => schoolRisk({ results: [[1, 2], [3, 4]] })).toThrow(/^Не удалось прочитать диапазон «результаты»: Не найдена строка заголовков/);
  });
});
