import { readFile } from 'fs/promises';
import { basename, extname } from 'path';
import type { Grid } from '../../grid/grid';
import { csvToGrid, decodeCsvBytes } from './parse-csv';

/** Reads a CSV file as one Grid; the sheet is named after the file unless sheetName is given. Node only. */
export const readCsvGrid = async (path: string, sheetName?: string): Promise<Grid> => {
  const bytes = await readFile(path);
  return csvToGrid(decodeCsvBytes(bytes), sheetName ?? basename(path, extname(path)));
};
