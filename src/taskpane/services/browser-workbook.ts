/**
 * Browser mode: the workbook is held in memory (hosts/xlsx runs in browsers), opened from the bundled
 * sample or the files the user picks (.xlsx and .csv, several as one dataset), and downloaded with
 * Opora's sheets as «<книга>.opora.xlsx».
 */
import { openDataFiles, oporaFileName } from '../../hosts/files/open-data-files';
import { XlsxWorkbook } from '../../hosts/xlsx/xlsx-workbook';
import type { BrowserWorkbook, OporaServices } from '../model';
import { createServices } from './session';

const nameFromUrl = (url: string): string => decodeURIComponent(url.split('/').pop() ?? 'opora.xlsx');

export const openBrowserWorkbook = async (sampleUrl: string): Promise<{ services: OporaServices; browser: BrowserWorkbook }> => {
  const response = await fetch(sampleUrl);
  if (!response.ok) throw new Error(`пример книги не загружен (${response.status} ${sampleUrl})`);
  let book = await XlsxWorkbook.fromBuffer(await response.arrayBuffer(), nameFromUrl(sampleUrl));
  let fileName = nameFromUrl(sampleUrl);
  const browser: BrowserWorkbook = {
    fileName,
    open: async (files) => {
      book = await openDataFiles(files);
      fileName = files[0].name;
      return createServices(book);
    },
    download: async () => ({ name: oporaFileName(fileName), data: await book.toBuffer() }),
  };
  return { services: createServices(book), browser };
};
