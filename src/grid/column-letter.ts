/** The column letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export const columnLetter = (index0: number): string => {
  let n = index0 + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/** The 0-based index of a column letter: A → 0, Z → 25, AA → 26. */
export const columnIndex = (letter: string): number => [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
