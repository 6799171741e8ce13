import { columnLetter } from '../../../grid/column-letter';

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export const columnNumber = (letters: string): number => {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
};

/**
 * The formula of a cell that shares the formula of the cell at (fromRow, fromCol), 0-based: relative
 * references move by the distance between the cells. The same rule as ExcelJS's slideFormula, so both
 * readers report the same text.
 */
export const slideFormula = (formula: string, fromRow: number, fromCol: number, toRow: number, toCol: number): string =>
  formula.replace(CANDIDATE, (whole: string, _s: string, sheet: string | undefined, address: string, paren: string | undefined) => {
    if (paren) return whole;
    const m = CELL_REF.exec(address);
    if (!m) return whole;
    const letters = m[2].toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return whole;
    let col = columnNumber(letters);
    let row = parseInt(m[4], 10);
    if (!m[1]) col += toCol - fromCol;
    if (!m[3]) row += toRow - fromRow;
    return `${sheet ?? ''}${m[1] ?? ''}${columnLetter(col - 1)}${m[3] ?? ''}${row}`;
  });
