import { access, mkdir, writeFile } from 'fs/promises';
import { dirname, resolve } from 'path';
import { isHostError } from '../hosts/host-error';
import { openXlsxFile, saveXlsxFile } from '../hosts/xlsx/xlsx-file';
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

/**
 * Where a command that writes sheets saves by default: «<book>.opora.xlsx» beside the input, so the
 * user's own file is never rewritten. A file that already is such a copy is updated in place.
 */
export const oporaCopyPath = (input: string): string =>
  /\.opora\.xlsx$/i.test(input) ? input : input.replace(/(\.xlsx)?$/i, '.opora.xlsx');

/**
 * Saves the workbook with Opora's sheets to `--out` (default: the «.opora.xlsx» copy) and, with
 * `--json`, the result as JSON. Returns the full paths written.
 */
export const saveBookAndJson = async (
  cwd: string,
  book: XlsxWorkbook,
  inputPath: string,
  options: { out?: string; json?: string },
  json: () => unknown,
): Promise<{ out: string; json?: string }> => {
  const out = resolve(cwd, options.out ?? oporaCopyPath(inputPath));
  await mkdir(dirname(out), { recursive: true });
  await saveXlsxFile(book, out);
  if (!options.json) return { out };
  const target = resolve(cwd, options.json);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, `${JSON.stringify(json(), null, 2)}\n`);
  return { out, json: target };
};
