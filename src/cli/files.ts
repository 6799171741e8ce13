import { access, readFile } from 'fs/promises';
import { basename, dirname, join, resolve } from 'path';
import { isHostError } from '../hosts/host-error';
import { openDataFiles, oporaFileName } from '../hosts/files/open-data-files';
import type { XlsxWorkbook } from '../hosts/xlsx/xlsx-workbook';
import { UserError } from './errors';

/**
 * Opens one or several files (.xlsx or .csv) as one book; a missing file or one that is neither a
 * workbook nor a CSV is the user's error (Russian). path is the first file: it names the saved copy.
 */
export const openWorkbookFile = async (cwd: string, paths: string | readonly string[]): Promise<{ book: XlsxWorkbook; path: string; paths: string[] }> => {
  const list = typeof paths === 'string' ? [paths] : [...paths];
  const full = list.map((p) => resolve(cwd, p));
  for (const [i, f] of full.entries()) {
    try {
      await access(f);
    } catch {
      throw new UserError(`Файл «${list[i]}» не найден. Проверьте путь к книге Excel или файлу CSV.`);
    }
  }
  try {
    const files = await Promise.all(full.map(async (f) => ({ name: basename(f), data: await readFile(f) })));
    return { book: await openDataFiles(files), path: full[0], paths: full };
  } catch (e) {
    if (isHostError(e)) throw new UserError(e.message);
    throw e;
  }
};

/**
 * Where a command that writes sheets saves by default: «<book>.opora.xlsx» beside the input (also for
 * a CSV), so the user's own file is never rewritten. A file that already is such a copy is updated in place.
 */
export const oporaCopyPath = (input: string): string =>
  /\.opora\.xlsx$/i.test(input) ? input : join(dirname(input), oporaFileName(basename(input)));
