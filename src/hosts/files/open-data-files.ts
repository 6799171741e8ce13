/**
 * Several files as one dataset: each .xlsx contributes its sheets, each .csv one sheet named after the
 * file, all in one in-memory workbook (browser and Node). The first file names the result
 * («<книга>.opora.xlsx») and, when it is an .xlsx, keeps its own formatting and Opora's state.
 */
import { csvToGrid, decodeCsvBytes } from '../csv/parse-csv';
import { HostError } from '../host-error';
import type { WholeInflater } from '../xlsx/fast/zip';
import type { SaveFormat } from '../xlsx/splice/splice-check';
import type { WholeDeflater } from '../xlsx/splice/raw-zip';
import { XlsxWorkbook } from '../xlsx/xlsx-workbook';

export interface DataFile {
  name: string;
  data: ArrayBuffer | Uint8Array;
}

const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

export const isCsvName = (name: string): boolean => /\.csv$/i.test(name);

/** The name without its extension (and without an earlier «.opora»). */
export const bookBaseName = (name: string): string => name.replace(/\.(xlsx|xlsm|csv|txt)$/i, '').replace(/\.opora$/i, '');

/** How a saved copy is written for its file name: an .xlsm keeps the book's macros, anything else is an .xlsx. */
export const saveFormatOf = (name: string): SaveFormat => (/\.xlsm$/i.test(name) ? 'xlsm' : 'xlsx');

/** «<книга>.opora.xlsx»: the name every saved result carries, whatever the input's format. */
export const oporaFileName = (name: string): string => `${bookBaseName(name)}.opora.xlsx`;

/** An Excel-valid sheet name for a CSV file, distinct from the names already taken. */
const sheetNameFor = (fileName: string, taken: ReadonlySet<string>): string => {
  const base = (bookBaseName(fileName).replace(FORBIDDEN, '_').replace(/^'+|'+$/g, '') || 'CSV').slice(0, MAX_SHEET_NAME);
  let name = base;
  for (let n = 2; [...taken].some((t) => t.toLowerCase() === name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  return name;
};

const bytesOf = (data: ArrayBuffer | Uint8Array): Uint8Array => (data instanceof Uint8Array ? data : new Uint8Array(data));

const csvGrid = (file: DataFile, taken: ReadonlySet<string>) => {
  const text = decodeCsvBytes(bytesOf(file.data));
  if (text.trim() === '') {
    throw new HostError('empty-csv', { ru: `Файл «${file.name}» пустой.`, en: `File "${file.name}" is empty.` });
  }
  return csvToGrid(text, sheetNameFor(file.name, taken));
};

/** Opens the files as one workbook; a file that is neither .xlsx nor CSV is a HostError naming it. */
export const openDataFiles = async (files: readonly DataFile[], inflate?: WholeInflater, deflate?: WholeDeflater): Promise<XlsxWorkbook> => {
  if (files.length === 0) throw new HostError('no-files', { ru: 'Не выбран ни один файл.', en: 'No file was chosen.' });
  const [first, ...rest] = files;
  const book = isCsvName(first.name) ? XlsxWorkbook.empty() : await XlsxWorkbook.fromBuffer(first.data, first.name, inflate, deflate);
  const taken = new Set((await book.listSheets()).map((s) => s.name));
  const add = async (grid: Awaited<ReturnType<typeof csvGrid>>) => {
    const name = taken.has(grid.sheet) ? sheetNameFor(grid.sheet, taken) : grid.sheet;
    await book.writeGridSheet({ ...grid, sheet: name });
    taken.add(name);
  };
  if (isCsvName(first.name)) await add(csvGrid(first, taken));
  for (const file of rest) {
    if (isCsvName(file.name)) {
      await add(csvGrid(file, taken));
      continue;
    }
    const other = await XlsxWorkbook.fromBuffer(file.data, file.name, inflate);
    const sheets = (await other.listSheets()).filter((s) => s.visible).map((s) => s.name);
    for (const grid of await other.readGrids(sheets)) await add(grid);
  }
  return book;
};
