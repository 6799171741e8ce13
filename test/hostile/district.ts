import type { CellValue } from '../../src/grid/cell';
import type { Grid } from '../../src/grid/grid';
import { XlsxWorkbook, type GridSheetOptions } from '../../src/hosts/xlsx/xlsx-workbook';

/**
 * A small generated district for the hostile-input suite: 16 schools, ЕГЭ results in two subjects over
 * two years, in the long layout (one row per school and subject). Every hostile workbook is this one
 * with one thing changed, so each case has a control: the same book with that thing undone.
 */
export const SCHOOLS = Array.from({ length: 16 }, (_, i) => `МБОУ СОШ № ${i + 1}`);
export const RESULTS_HEADER = ['Школа', 'Год', 'Экзамен', 'Предмет', 'Участников', 'Средний балл', 'Качество знаний, %'];
/** 0-based columns of RESULTS_HEADER. */
export const COL = { school: 0, year: 1, family: 2, subject: 3, participants: 4, average: 5, quality: 6 } as const;
const SUBJECTS = ['Русский язык', 'Математика (профильная)'];

/** Deterministic scores: four schools well below the rest, so a few are flagged and most are not. */
const average = (school: number, subject: number, year: number): number => (school % 4 === 3 ? 38 : 62) + ((school * 7 + subject * 3 + year) % 9);

export const resultsGrid = (year: number, sheet = `ЕГЭ ${year}`): Grid => {
  const values: CellValue[][] = [RESULTS_HEADER];
  SCHOOLS.forEach((name, s) =>
    SUBJECTS.forEach((subject, j) => values.push([name, year, 'ЕГЭ', subject, 20 + ((s * 5 + j) % 17), average(s, j, year), 40 + ((s * 3 + j) % 30)])),
  );
  return { sheet, values, merges: [] };
};

/** The data row (0-based in the grid) of school s, subject j. */
export const rowOf = (s: number, j = 0): number => 1 + s * SUBJECTS.length + j;

export const baseGrids = (): Grid[] => [resultsGrid(2023), resultsGrid(2024)];

export interface SheetToWrite {
  grid: Grid;
  options?: GridSheetOptions;
}

export const workbookBytes = async (sheets: (Grid | SheetToWrite)[], state?: string): Promise<Uint8Array> => {
  const book = XlsxWorkbook.empty();
  for (const s of sheets) {
    const { grid, options } = 'grid' in s ? s : { grid: s, options: undefined };
    await book.writeGridSheet(grid, options);
    // Grids hold no dates; a Date placed in one (a typed date in «Год») is written as an Excel date cell.
    const hasDates = grid.values.some((row) => row.some((v) => (v as unknown) instanceof Date));
    const ws = hasDates ? (await book.workbook()).getWorksheet(grid.sheet)! : null;
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if ((v as unknown) instanceof Date) ws!.getCell(r + 1, c + 1).value = v as unknown as Date;
      }),
    );
  }
  if (state !== undefined) await book.saveState(state);
  return book.toBuffer();
};

/** A copy of the grids with one cell replaced. */
export const withCell = (grids: Grid[], sheet: string, row: number, col: number, value: CellValue): Grid[] =>
  grids.map((g) => (g.sheet !== sheet ? g : { ...g, values: g.values.map((r, i) => (i === row ? r.map((v, c) => (c === col ? value : v)) : r)) }));
