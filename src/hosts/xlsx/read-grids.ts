import { readFile } from 'fs/promises';
import { basename } from 'path';
import type { Grid } from '../port';
import { STATE_SHEET } from '../state-sheet';
import { loadWorkbook } from './load-workbook';
import { worksheetToGrid } from './worksheet-grid';

/** Every worksheet of an .xlsx file (hidden ones too, Opora's own state sheet excluded) as Grids. Node only. */
export const readXlsxGrids = async (path: string): Promise<Grid[]> => {
  const wb = await loadWorkbook(await readFile(path), basename(path));
  return wb.worksheets.filter((ws) => ws.name !== STATE_SHEET).map(worksheetToGrid);
};
