/** 1-based column number of a column letter ('A' = 1, 'AA' = 27): the inverse of tables' columnLetter. */
export const columnNumber = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
