import type { Grid } from '../grid/grid';
import { XlsxWorkbook } from '../hosts/xlsx/xlsx-workbook';
import { buildSampleGrids } from './sample-workbook';

/** Grids as an .xlsx workbook in memory, sheet order kept. */
export const gridsToWorkbook = async (grids: readonly Grid[]): Promise<XlsxWorkbook> => {
  const book = XlsxWorkbook.empty();
  for (const grid of grids) await book.writeGridSheet(grid);
  return book;
};

/** The bundled sample as .xlsx bytes. */
export const sampleWorkbookBytes = async (seed?: number): Promise<Uint8Array> => (await gridsToWorkbook(buildSampleGrids(seed))).toBuffer();
