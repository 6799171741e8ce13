/** Browser mode opens a picked file with the same checks as the CLI: an encrypted book is named as such, and what the download lacks is said. */
import { openBrowserWorkbook } from '../../src/taskpane/wiring';
import { encryptedBook, withParts } from './crafted';
import { baseGrids, workbookBytes } from './district';

const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;

beforeAll(() => {
  const sample = workbookBytes(baseGrids());
  global.fetch = (async () => new Response(toArrayBuffer(await sample))) as typeof fetch;
});

it('refuses a password-protected book with the sentence that says how to remove the password', async () => {
  const { browser } = await openBrowserWorkbook('/sample/book.xlsx');
  await expect(browser.open([{ name: 'Район.xlsx', data: toArrayBuffer(encryptedBook()) }])).rejects.toMatchObject({
    message: expect.stringContaining('«Район.xlsx» защищена паролем'),
    messageEn: expect.stringContaining('password-protected'),
  });
});

it('says what the downloaded copy lacks for a macro book, and nothing for a plain one', async () => {
  const { browser } = await openBrowserWorkbook('/sample/book.xlsx');
  await browser.open([{ name: 'Район.xlsm', data: toArrayBuffer(withParts(await workbookBytes(baseGrids()), { 'xl/vbaProject.bin': 'VBA' })) }]);
  expect(browser.lostOnDownload?.('ru')).toContain('В сохранённой копии нет: макросы (VBA)');
  expect(browser.lostOnDownload?.('en')).toContain('The saved copy lacks: macros (VBA)');
  await browser.open([{ name: 'Район.xlsx', data: toArrayBuffer(await workbookBytes(baseGrids())) }]);
  expect(browser.lostOnDownload?.('ru')).toBeNull();
});
