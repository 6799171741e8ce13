/**
 * Browser mode: the workbook is held in memory (hosts/xlsx runs in browsers), opened from the bundled
 * sample or the files the user picks (.xlsx and .csv, several as one dataset), and downloaded with
 * Opora's sheets as «<книга>.opora.xlsx».
 */
import { encryptedWorkbookMessage, isEncryptedWorkbook, lostOnCopyNotice, partsLostOnCopy } from '../../app/book-contents';
import { isCsvName, openDataFiles, oporaFileName } from '../../hosts/files/open-data-files';
import { HostError } from '../../hosts/host-error';
import { XlsxWorkbook } from '../../hosts/xlsx/xlsx-workbook';
import type { BrowserWorkbook, OporaServices } from '../model';
import { createServices } from './session';

const nameFromUrl = (url: string): string => decodeURIComponent(url.split('/').pop() ?? 'opora.xlsx');

export const openBrowserWorkbook = async (sampleUrl: string): Promise<{ services: OporaServices; browser: BrowserWorkbook }> => {
  const response = await fetch(sampleUrl);
  if (!response.ok) throw new Error(`пример книги не загружен (${response.status} ${sampleUrl})`);
  let book = await XlsxWorkbook.fromBuffer(await response.arrayBuffer(), nameFromUrl(sampleUrl));
  let fileName = nameFromUrl(sampleUrl);
  let lost: ReturnType<typeof partsLostOnCopy> = [];
  const browser: BrowserWorkbook = {
    fileName,
    open: async (files) => {
      for (const f of files) {
        if (isCsvName(f.name) || !isEncryptedWorkbook(new Uint8Array(f.data))) continue;
        throw new HostError('encrypted', encryptedWorkbookMessage(f.name));
      }
      book = await openDataFiles(files);
      fileName = files[0].name;
      lost = isCsvName(fileName) ? [] : partsLostOnCopy(new Uint8Array(files[0].data));
      return createServices(book);
    },
    lostOnDownload: (language) => lostOnCopyNotice(lost, language),
    download: async () => ({ name: oporaFileName(fileName), data: await book.toBuffer() }),
  };
  return { services: createServices(book), browser };
};
