import { dateYear, parseYear } from './cells';
import { makeProblem } from './problems';
import type { RowReader } from './row-reader';
import { columnLetter } from '../grid/column-letter';
import type { Problem } from '../domain/problem';

/**
 * The year in a row's «Год» cell; null (reported) when none can be read. A date there is taken as its
 * calendar year and reported, since a school year may have been meant.
 */
export const readYearCell = (sheet: string, reader: RowReader, col: number, problems: Problem[]): number | null => {
  // A typed year (most rows): parseYear takes it as it is, and a number's text is never a date.
  const raw = reader.raw(col);
  if (typeof raw === 'number' && parseYear(raw) !== null) return raw;
  const text = reader.text(col);
  const year = parseYear(raw);
  const where = { sheet, row: reader.rowNumber, column: columnLetter(col) };
  if (year === null) problems.push(makeProblem('bad-year', where, { text }));
  else if (dateYear(text) !== null) problems.push(makeProblem('date-as-year', where, { text: text.replace(/^(\d{4})-(\d\d)-(\d\d)$/, '$3.$2.$1'), year }));
  return year;
};
