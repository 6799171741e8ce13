/**
 * Error cells in a function's table, as Excel calls the function: through the Office.js double's
 * callCustomFunction, which runs the function only if the metadata lets errors reach `any` parameters.
 */
import { riskReasonsFunction, schoolRiskFunction, scoreGapFunction } from '../../src/functions/functions';
import { customFunctionsMetadata } from '../../src/functions/metadata';
import { toCellValue } from '../../src/functions/range';
import { callCustomFunction, type SheetValue } from '../support/office-double';
import { excelRange, sampleGrid } from './sample-ranges';

/** The sample results with one school's average replaced by #N/A, as Excel passes the range. */
const resultsWithError = (): { range: SheetValue[][]; school: string; row: number; column: string } => {
  const range = excelRange(sampleGrid('Результаты ОГЭ')) as SheetValue[][];
  const header = range.findIndex((row) => row.includes('Средний балл'));
  const [average, schoolColumn] = ['Средний балл', 'Школа'].map((name) => range[header].indexOf(name));
  const row = header + 1;
  return {
    range: range.map((r, i) => (i === row ? r.map((v, c) => (c === average ? { error: '#N/A' } : v)) : r)),
    school: range[row][schoolColumn] as string,
    row: row + 1,
    column: String.fromCharCode('A'.charCodeAt(0) + average),
  };
};

describe('error cells in the tables given to a function', () => {
  it.each(['en', 'ru'] as const)('the %s metadata lets them reach the function, so Opora answers instead of a bare #N/A', (language) => {
    const metadata = customFunctionsMetadata(language);
    const { range } = resultsWithError();
    const outcome = callCustomFunction(metadata, 'SCHOOL_RISK', schoolRiskFunction, [range]);
    expect(outcome).toHaveProperty('value');
    const spill = (outcome as { value: unknown[][] }).value;
    expect(spill.length).toBeGreaterThan(2);
  });

  it('RISK_REASONS names the error cell by row and column of the range in the school\'s explanation', () => {
    const { range, school, row, column } = resultsWithError();
    const outcome = callCustomFunction(customFunctionsMetadata('ru'), 'RISK_REASONS', riskReasonsFunction, [range, school]) as { value: string };
    expect(outcome.value).toContain(`строка ${row}, столбец ${column}: В ячейке ошибка Excel #N/A`);
  });

  it('a scalar text argument that is an error still stops the call, as Excel does for non-`any` parameters', () => {
    const { range } = resultsWithError();
    const outcome = callCustomFunction(customFunctionsMetadata('en'), 'SCORE_GAP', scoreGapFunction, [range, { error: '#REF!' }]);
    expect(outcome).toEqual({ error: '#REF!', ranFunction: false });
  });

  it('without allowErrorForDataTypeAny Excel does not run the function (what the double enforces)', () => {
    const { range } = resultsWithError();
    const { allowErrorForDataTypeAny: _dropped, ...withoutFlag } = customFunctionsMetadata('en');
    expect(callCustomFunction(withoutFlag, 'SCHOOL_RISK', schoolRiskFunction, [range])).toEqual({ error: '#N/A', ranFunction: false });
  });

  it('both shapes an error input may take become the same cell error', () => {
    expect(toCellValue({ code: '#N/A' })).toEqual({ kind: 'error', code: '#N/A' });
    expect(toCellValue({ type: 'Error', basicType: 'Error', basicValue: '#DIV/0!', errorType: 'Div0' })).toEqual({ kind: 'error', code: '#DIV/0!' });
  });
});
