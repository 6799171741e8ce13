/** Range arguments Excel on the web cannot deliver are refused with advice, at their boundaries. */
import { schoolRiskFunction } from '../../src/functions/functions';
import { customFunctionsMetadata } from '../../src/functions/metadata';
import { ARGUMENT_LIMIT_BYTES, rangeToGrid, SHEET_ROWS } from '../../src/functions/range';
import { FunctionInputError } from '../../src/functions/errors';
import { callCustomFunction } from '../support/office-double';
import { thrown } from '../support/thrown';

const RESULTS = { ru: 'результаты', en: 'results' };
const inputError = (call: () => unknown): FunctionInputError => thrown(call) as unknown as FunctionInputError;

/** A one-column range whose JSON is exactly `bytes` long (ASCII text: one byte a character). */
const rangeOfBytes = (bytes: number): string[][] => {
  const rows: string[][] = [['Школа'], ...Array.from({ length: 40_000 }, () => ['x'.repeat(120)])];
  const size = Buffer.byteLength(JSON.stringify(rows));
  rows[rows.length - 1] = ['x'.repeat(120 + bytes - size)];
  expect(Buffer.byteLength(JSON.stringify(rows))).toBe(bytes);
  return rows;
};

describe('range arguments Excel on the web cannot deliver', () => {
  it('a whole column (every row of the sheet) is refused as such; one row less is not a whole column (only too large)', () => {
    const column = (rows: number) => [['Школа'], ['СОШ № 1'], ...Array.from({ length: rows - 2 }, () => [''])];
    const error = inputError(() => rangeToGrid(column(SHEET_ROWS), RESULTS));
    expect(error).toBeInstanceOf(FunctionInputError);
    expect(error.text.ru).toMatch(/целый столбец.*#CALC!.*A1:H400.*Таблица1\[#Все\]/);
    expect(error.text.en).toMatch(/whole column.*#CALC!/);
    const almost = inputError(() => rangeToGrid(column(SHEET_ROWS - 1), RESULTS));
    expect(almost.text.ru).not.toMatch(/целый столбец/);
    expect(almost.text.ru).toMatch(/диапазон занимает 5\.\d МБ/); // a million empty cells are over 5 MB by themselves
  });

  it('a range of exactly 5 MB is read; one byte more is refused, naming its size', () => {
    expect(rangeToGrid(rangeOfBytes(ARGUMENT_LIMIT_BYTES), RESULTS).values.length).toBe(40_001);
    const error = inputError(() => rangeToGrid(rangeOfBytes(ARGUMENT_LIMIT_BYTES + 1), RESULTS));
    expect(error.text.ru).toMatch(/«результаты»: диапазон занимает 5\.0 МБ, а Excel передаёт функции не больше 5 МБ/);
  });

  it('the user sees the explanation in the cell, not a bare error', () => {
    const column = [['Школа', 'Балл'], ...Array.from({ length: SHEET_ROWS - 1 }, () => ['', ''])];
    const outcome = callCustomFunction(customFunctionsMetadata('ru'), 'SCHOOL_RISK', schoolRiskFunction, [column]);
    expect(outcome).toMatchObject({ error: '#VALUE!', ranFunction: true });
    expect((outcome as { message: string }).message).toMatch(/целый столбец/);
  });
});
