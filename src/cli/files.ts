import { constants } from 'fs';
import { open } from 'fs/promises';
import { basename, dirname, join, resolve } from 'path';
import { encryptedWorkbookMessage, isEncryptedWorkbook, partsLostOnCopy, type LostPart } from '../app/book-contents';
import { isHostError } from '../hosts/host-error';
import { isCsvName, openDataFiles, oporaFileName } from '../hosts/files/open-data-files';
import { nodeDeflate } from '../hosts/xlsx/node-deflate';
import { nodeInflate } from '../hosts/xlsx/node-inflate';
import { XlsxWorkbook } from '../hosts/xlsx/xlsx-workbook';
import { UserError } from './errors';
import { fileIdentity, type FileIdentity } from './file-identity';
import { withFsErrors } from './io-errors';

/** Node cannot read a larger file into one buffer; a larger input is refused with a sentence, not a RangeError. */
export const MAX_INPUT_BYTES = 2 * 1024 ** 3;

const describeNonRegular = (s: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string =>
  s.isDirectory() ? 'это папка, а не файл' : s.isFIFO() ? 'это канал (FIFO), а не файл' : s.isCharacterDevice() || s.isBlockDevice() ? 'это устройство, а не файл' : s.isSocket() ? 'это сокет, а не файл' : 'это не обычный файл';

/**
 * Reads an input file whole. Anything but a regular file (a folder, a FIFO, /dev/zero) is refused at
 * once, before a byte is read: reading those never ends or fills memory. Opened non-blocking so that
 * opening a FIFO with no writer does not wait.
 */
export const readInputFile = async (cwd: string, path: string, what = 'Файл'): Promise<{ bytes: Uint8Array; full: string }> => {
  const full = resolve(cwd, path);
  return withFsErrors(path, 'read', async () => {
    let handle;
    try {
      handle = await open(full, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError(`${what} «${path}» не найден. Проверьте путь.`);
      if ((e as NodeJS.ErrnoException).code === 'EISDIR') throw new UserError(`${what} «${path}»: это папка, а не файл. Укажите файл.`);
      throw e;
    }
    try {
      const s = await handle.stat();
      if (!s.isFile()) throw new UserError(`${what} «${path}»: ${describeNonRegular(s)}. Укажите обычный файл.`);
      if (s.size > MAX_INPUT_BYTES) throw new UserError(`${what} «${path}» больше ${MAX_INPUT_BYTES / 1024 ** 3} ГБ (${(s.size / 1024 ** 3).toFixed(1)} ГБ): такой файл не может быть прочитан целиком. Разделите книгу на несколько файлов.`);
      return { bytes: new Uint8Array(await handle.readFile()), full };
    } finally {
      await handle.close();
    }
  });
};

export interface OpenedWorkbookFile {
  book: XlsxWorkbook;
  /** The first file: it names the saved copy. */
  path: string;
  /** Every file read, full paths (several files, .xlsx or .csv, are one book). */
  paths: string[];
  identity: FileIdentity;
  /** What a saved copy will lack (macros, charts...), for the message after saving. */
  lost: LostPart[];
}

/**
 * Opens one or several files (.xlsx or .csv) as one book; a missing file, a non-file, an encrypted book
 * or a file that is neither a workbook nor a CSV is the user's error (Russian).
 */
export const openWorkbookFile = async (cwd: string, paths: string | readonly string[]): Promise<OpenedWorkbookFile> => {
  const list = typeof paths === 'string' ? [paths] : [...paths];
  const read = [];
  for (const p of list) {
    const file = await readInputFile(cwd, p, 'Файл');
    if (!isCsvName(p) && isEncryptedWorkbook(file.bytes)) throw new UserError(encryptedWorkbookMessage(p), 'encrypted');
    read.push({ ...file, name: basename(p) });
  }
  const [first] = read;
  const [path] = list;
  try {
    const book =
      read.length === 1 && !isCsvName(path) ? await XlsxWorkbook.fromBuffer(first.bytes, path, nodeInflate, nodeDeflate) : await openDataFiles(read.map((f) => ({ name: f.name, data: f.bytes })), nodeInflate, nodeDeflate);
    const lost = isCsvName(path) ? [] : partsLostOnCopy(first.bytes);
    return { book, path: first.full, paths: read.map((f) => f.full), identity: await fileIdentity(cwd, path), lost };
  } catch (e) {
    if (isHostError(e)) throw new UserError(e.text, e.code);
    throw e;
  }
};

/**
 * Where a command that writes sheets saves by default: «<book>.opora.xlsx» beside the input, so the
 * user's own file is never rewritten. A file that already is such a copy is updated in place (through a
 * temporary file, the previous version kept as «<book>.opora.bak.xlsx»).
 */
export const oporaCopyPath = (input: string): string =>
  /\.opora\.xlsx$/i.test(input) ? input : join(dirname(input), oporaFileName(basename(input)));
