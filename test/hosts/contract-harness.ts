import { ExcelWorkbook } from '../../src/hosts/excel/excel-workbook';
import type { Grid } from '../../src/grid/grid';
import type { WorkbookPort } from '../../src/hosts/port';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { OfficeDouble } from '../support/office-double';

/** One adapter under the port contract: how to seed user sheets and how to reopen the saved workbook. */
export interface Harness {
  port: WorkbookPort;
  seed(grid: Grid, hidden?: boolean): Promise<void>;
  /** The workbook as the next session sees it (xlsx: saved and reloaded; Office: the same live workbook). */
  reopen(): Promise<WorkbookPort>;
}

export interface AdapterCase {
  name: string;
  make(): Harness;
}

export const ADAPTERS: AdapterCase[] = [
  {
    name: 'xlsx (ExcelJS)',
    make: () => {
      const book = XlsxWorkbook.empty();
      return {
        port: book,
        seed: (grid, hidden) => book.writeGridSheet(grid, { state: hidden ? 'hidden' : 'visible' }),
        reopen: async () => XlsxWorkbook.fromBuffer(await book.toBuffer()),
      };
    },
  },
  {
    name: 'Office.js (test double)',
    make: () => {
      const double = new OfficeDouble();
      const book = new ExcelWorkbook(double.run, { read: { supportsMergedAreas: true } });
      return {
        port: book,
        seed: async (grid, hidden) => {
          double.seedSheet(grid.sheet, {
            values: grid.values.map((row) => row.map((v) => (v !== null && typeof v === 'object' ? { error: v.code } : v))),
            formulas: grid.formulas,
            merges: grid.merges,
            visibility: hidden ? 'Hidden' : 'Visible',
          });
        },
        reopen: async () => book,
      };
    },
  },
];
