import { evaluate, excelError, FunctionInputError, messageLanguage, toCellError } from '../../src/functions/errors';
import { isOmitted, optionalYear, rangeToGrid, requiredText, toCellValue } from '../../src/functions/range';
import { schoolRisk } from '../../src/functions/school-risk';

const ARG = { ru: 'результаты', en: 'results' };

describe('rangeToGrid', () => {
  it('turns empty cells into null and error values into Excel errors, and drops blank rows at the end', () => {
    const grid = rangeToGrid(
      [
        ['Школа', 'Средний балл'],
        ['СОШ № 1', '#N/A-like', ''],
        ['СОШ № 2', { code: '#DIV/0!', message: 'x' }],
        ['', ''],
        [null, ''],
      ],
      ARG,
    );
    expect(grid.sheet).toBe('результаты');
    expect(grid.merges).toEqual([]);
    expect(grid.values).toEqual([
      ['Школа', 'Средний балл'],
      ['СОШ № 1', '#N/A-like', null],
      ['СОШ № 2', { kind: 'error', code: '#DIV/0!' }],
    ]);
  });

  it('needs a header row and at least one data row (two rows pass, one fails)', () => {
    expect(rangeToGrid([['Школа'], ['СОШ № 1']], ARG).values).toHaveLength(2);
    expect(() => rangeToGrid([['Школа'], ['']], ARG)).toThrow(/строка заголовков и хотя бы одна строка данных/);
  });

  it('rejects a scalar where a range is expected, in Russian and English', () => {
    let error: unknown;
    try {
      rangeToGrid('СОШ № 1', ARG);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FunctionInputError);
    expect((error as FunctionInputError).text.ru).toContain('«результаты»');
    expect((error as FunctionInputError).text.en).toContain('"results"');
  });

  it('keeps numbers, text and booleans as they are', () => {
    expect([0, 'x', false, 3.5].map(toCellValue)).toEqual([0, 'x', false, 3.5]);
  });

  it('gives every row its cells as grid values, rows that need no change and rows that do alike', () => {
    const range: unknown[][] = [['Школа', 'Участников', 'Средний балл'], ['СОШ № 1', 12, 3.5], ['СОШ № 2', '', { code: '#N/A' }], ['СОШ № 3', 7, null], ['СОШ № 4', undefined, true]];
    // Each cell as toCellValue reads it, cell by cell.
    expect(rangeToGrid(range, ARG).values).toEqual(range.map((row) => row.map(toCellValue)));
  });
});

describe('reading a range as a function argument', () => {
  it('leaves the range Excel passed as it was, though the grid uses its rows: a two-row header is filled on a copy', () => {
    // A group label over two columns («Математика» over «Участников» and «Средний балл»): the reader fills it right.
    // Blanks as null (Excel passes "" or null): rows already of grid values, which the grid then uses as they are.
    const range = [
      ['Год', 'Экзамен', 'Школа', 'Математика', null],
      [null, null, null, 'Участников', 'Средний балл'],
      ...Array.from({ length: 30 }, (_, i) => [2024, 'ОГЭ', `МБОУ "СОШ № ${i + 1}"`, 10 + i, 8 + (i % 10)]),
    ];
    const before = structuredClone(range);
    const spill = schoolRisk({ results: range }, undefined, undefined, 'ru');
    expect(spill).toHaveLength(31);
    expect(range).toEqual(before);
  });
});

describe('scalar arguments', () => {
  it('years: 1989 and 2101 fail, 1990 and 2100 pass, text digits are read, fractions fail', () => {
    expect(() => optionalYear(1989)).toThrow(FunctionInputError);
    expect(optionalYear(1990)).toBe(1990);
    expect(optionalYear(2100)).toBe(2100);
    expect(() => optionalYear(2101)).toThrow(FunctionInputError);
    expect(optionalYear(' 2024 ')).toBe(2024);
    expect(() => optionalYear(2024.5)).toThrow(/целым числом/);
    expect(optionalYear(undefined)).toBeUndefined();
    expect(optionalYear(null)).toBeUndefined();
  });

  it('a required text must not be blank; numbers are accepted as text', () => {
    expect(requiredText('  СОШ № 5 ', { ru: 'школа', en: 'school' })).toBe('СОШ № 5');
    expect(requiredText(5, { ru: 'школа', en: 'school' })).toBe('5');
    expect(() => requiredText('  ', { ru: 'школа', en: 'school' })).toThrow('Не указан аргумент «школа».');
  });

  it('an omitted optional range is undefined, null, "" or a range of empty cells', () => {
    expect([undefined, null, '', [['']], [[null, '']]].every(isOmitted)).toBe(true);
    expect(isOmitted([['', 'x']])).toBe(false);
  });
});

describe('Excel errors', () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('without the Excel runtime: a plain object with the Excel code and the message', () => {
    expect(excelError('invalidValue', 'Плохой аргумент')).toEqual({ code: '#VALUE!', message: 'Плохой аргумент' });
    expect(excelError('notAvailable', 'Нет данных')).toEqual({ code: '#N/A', message: 'Нет данных' });
  });

  it('inside Excel: a CustomFunctions.Error built with the runtime code', () => {
    class FakeError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { Error: FakeError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } };
    const error = excelError('invalidValue', 'Плохой аргумент');
    expect(error).toBeInstanceOf(FakeError);
    expect(error).toMatchObject({ code: '#VALUE!', message: 'Плохой аргумент' });
  });

  it('messages are Russian by default and English when Office runs in English', () => {
    const input = new FunctionInputError({ ru: 'Школа не найдена', en: 'School not found' }, 'notAvailable');
    expect(messageLanguage()).toBe('ru');
    expect(toCellError(input)).toEqual({ code: '#N/A', message: 'Школа не найдена' });
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: 'en-US' } };
    expect(messageLanguage()).toBe('en');
    expect(toCellError(input)).toEqual({ code: '#N/A', message: 'School not found' });
  });

  it('an unexpected failure is still #VALUE! with its reason, never a silent value', () => {
    expect(toCellError(new TypeError('x is undefined'), 'ru')).toEqual({ code: '#VALUE!', message: 'Внутренняя ошибка Опоры: x is undefined' });
    expect(() =>
      evaluate(() => {
        throw new FunctionInputError({ ru: 'Неверный год', en: 'Bad year' });
      }),
    ).toThrow(expect.objectContaining({ code: '#VALUE!', message: 'Неверный год' }) as unknown as Error);
    expect(evaluate(() => 42)).toBe(42);
  });
});
