/**
 * Browser mode: the workbook is an .xlsx file held in memory (hosts/xlsx runs in browsers), opened
 * from the bundled sample or a file the user picks, and downloaded with Opora's sheets.
 */
import { encryptedWorkbookMessage, isEncryptedWorkbook, lostOnCopyNotice, partsLostOnCopy } from '../../app/book-contents';
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
    open: async (name, data) => {
      const bytes = new Uint8Array(data);
      if (isEncryptedWorkbook(bytes)) {
        const message = encryptedWorkbookMessage(name);
        throw new HostError('encrypted', message.ru, message.en);
      }
      book = await XlsxWorkbook.fromBuffer(bytes, name);
      fileName = name;
      lost = partsLostOnCopy(bytes);
      return createServices(book);
    },
    lostOnDownload: (language) => lostOnCopyNotice(lost, language),
    download: async () => ({ name: fileName.replace(/\.xlsx$/i, '') + '.xlsx', data: await book.toBuffer() }),
  };
  return { services: createServices(book), browser };
};
