import { readFile } from 'fs/promises';
import { basename } from 'path';
import type { Grid } from '../../grid/grid';
import { STATE_SHEET } from '../state-sheet';
import { FastXlsx } from './fast/read-book';
import { nodeInflate } from './node-inflate';
import { assertXlsxBytes } from './xlsx-format';

/** Every worksheet of an .xlsx file (hidden ones too, Opora's own state sheet excluded) as Grids. Node only. */
export const readXlsxGrids = async (path: string): Promise<Grid[]> => {
  const bytes = await readFile(path);
  const label = basename(path);
  assertXlsxBytes(bytes, label);
  const book = new FastXlsx(bytes, label, undefined, nodeInflate);
  return book.readGrids(book.sheets.filter((s) => s.name !== STATE_SHEET).map((s) => s.name));
};
