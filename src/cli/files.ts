import { access } from 'fs/promises';
import { resolve } from 'path';
import { isHostError } from '../hosts/host-error';
import { openXlsxFile } from '../hosts/xlsx/xlsx-file';
import type { XlsxWorkbook } from '../hosts/xlsx/xlsx-workbook';
import { UserError } from './errors';

/** Opens an .xlsx for reading; a missing file or a non-workbook is the user's error (Russian). */
export const openWorkbookFile = async (cwd: string, path: string): Promise<{ book: XlsxWorkbook; path: string }> => {
  const full = resolve(cwd, path);
  try {
    await access(full);
  } catch {
    throw new UserError(`Файл «${path}» не найден. Проверьте путь к книге Excel.`);
  }
  try {
    return { book: await openXlsxFile(full), path: full };
  } catch (e) {
    if (isHostError(e)) throw new UserError(e.message);
    throw e;
  }
};
