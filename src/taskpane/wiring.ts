/**
 * The task pane's composition root: the one module of the pane that knows the hosts. Inside Excel the
 * services run over Office.js; anywhere else over an .xlsx workbook held in memory, opened from the
 * bundled sample or the files the user picks (.xlsx and .csv, several as one dataset) and downloaded
 * with Opora's sheets as «<книга>.opora.xlsx». Each host is loaded only when chosen, so the Excel pane
 * does not carry the .xlsx reader and the browser does not carry Office.js code.
 */
import type { LostPart } from '../app/book-contents';
import type { BrowserWorkbook, OporaServices } from './model';
import { createServices } from './services/create-services';

/** Inside Excel: the services over Office.js. */
export const excelServices = async (): Promise<OporaServices> => {
  const { ExcelWorkbook } = await import('../hosts/excel/excel-workbook');
  return createServices(new ExcelWorkbook());
};

const nameFromUrl = (url: string): string => decodeURIComponent(url.split('/').pop() ?? 'opora.xlsx');

/** Anywhere else: the services over the bundled sample, and the means to open other files and download. */
export const openBrowserWorkbook = async (sampleUrl: string): Promise<{ services: OporaServices; browser: BrowserWorkbook }> => {
  const [{ isCsvName, openDataFiles, oporaFileName }, { HostError }, { XlsxWorkbook }, { encryptedWorkbookMessage, isEncryptedWorkbook, lostOnCopyNotice, partsLostOnCopy }] = await Promise.all([
    import(/* webpackChunkName: "browser-host" */ '../hosts/files/open-data-files'),
    import(/* webpackChunkName: "browser-host" */ '../hosts/host-error'),
    import(/* webpackChunkName: "browser-host" */ '../hosts/xlsx/xlsx-workbook'),
    import(/* webpackChunkName: "browser-host" */ '../app/book-contents'),
  ]);
  const response = await fetch(sampleUrl);
  if (!response.ok) throw new Error(`пример книги не загружен (${response.status} ${sampleUrl})`);
  let book = await XlsxWorkbook.fromBuffer(await response.arrayBuffer(), nameFromUrl(sampleUrl));
  let fileName = nameFromUrl(sampleUrl);
  let lost: LostPart[] = [];
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
