import { readFile, writeFile } from 'fs/promises';
import { basename } from 'path';
import { nodeDeflate } from './node-deflate';
import { nodeInflate } from './node-inflate';
import { XlsxWorkbook } from './xlsx-workbook';

/** Node-only: opens an .xlsx file as a WorkbookPort (HostError when the file is not a workbook). */
export const openXlsxFile = async (path: string): Promise<XlsxWorkbook> => XlsxWorkbook.fromBuffer(await readFile(path), basename(path), nodeInflate, nodeDeflate);

/** Node-only: saves the workbook to path. */
export const saveXlsxFile = async (book: XlsxWorkbook, path: string): Promise<void> => writeFile(path, await book.toBuffer());
