import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { SheetSpec } from '../../../src/grid/sheet-spec';
import { XlsxWorkbook } from '../../../src/hosts/xlsx/xlsx-workbook';
import { partsLostOnCopy } from '../../../src/app/book-contents';
import { minimalBook, STYLES_WITH_FORMATS } from './minimal-book';
import { entryNames, fastGrids, loadExcel, sheetModel } from './splice-compare';

/** The workbook-level parts of a spliced save: tabs, defined names, the active tab, styles, the calculation chain, the fallback. */

const spec = (name: string): SheetSpec => ({
  name,
  kind: 'test',
  title: ['Проверка'],
  header: [['Школа', 'Балл', 'Доля']],
  rows: [
    ['Лесная СОШ', 1.25, 0.5],
    ['', 2.5, 0.25],
  ],
  columns: [{ width: 24 }, { width: 10, numberFormat: '0.0' }, { width: 10, numberFormat: '0.0%' }],
  conditionalFormats: [{ firstColumn: 1, lastColumn: 1, formula: '=$B3>2', fill: '#F8CBAD', fontColor: '#9C0006' }],
  freezeHeader: true,
  print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true },
});

const part = (bytes: Uint8Array, name: string): string | null => {
  const f = unzipSync(bytes)[name];
  return f ? strFromU8(f) : null;
};
const names = (workbookXml: string) => [...workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)</g)].map((m) => `${/localSheetId="(\d+)"/.exec(m[1])?.[1] ?? '-'} ${/name="([^"]*)"/.exec(m[1])![1]} ${m[2]}`);

/** The same writes saved both ways: spliced, and through ExcelJS's whole rewrite. */
const saveBoth = async (bytes: Uint8Array, write: (book: XlsxWorkbook) => Promise<unknown>) => {
  const [a, b] = [await XlsxWorkbook.fromBuffer(bytes), await XlsxWorkbook.fromBuffer(bytes)];
  await write(a);
  await write(b);
  return { spliced: await a.toBuffer(), whole: await b.rewriteWhole() };
};

describe('workbook.xml of a spliced save', () => {
  const book = minimalBook({
    sheets: ['Первый', 'Второй', 'Третий'],
    names: [
      `<definedName name="_xlnm.Print_Area" localSheetId="0">'Первый'!$A$1:$B$1</definedName>`,
      `<definedName name="_xlnm.Print_Area" localSheetId="1">'Второй'!$A$1:$B$1</definedName>`,
      `<definedName name="_xlnm.Print_Area" localSheetId="2">'Третий'!$A$1:$B$1</definedName>`,
      `<definedName name="Итог">'Второй'!$B$1</definedName>`,
      `<definedName name="Начало">Первый!$A$1</definedName>`,
    ],
    activeTab: 2,
    calcChain: true,
  });

  it('renumbers the sheet-scoped names, drops those of a removed sheet, keeps the active tab on its sheet and drops the calculation chain', async () => {
    const { spliced } = await saveBoth(book, async (b) => {
      await b.deleteSheet('Второй');
      await b.writeSheet(spec('Опора'));
    });
    const xml = part(spliced, 'xl/workbook.xml')!;
    expect([...xml.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1])).toEqual(['Первый', 'Третий', 'Опора']);
    expect(names(xml)).toEqual([
      // The user's names as written, Opora's print titles as ExcelJS writes them.
      `0 _xlnm.Print_Area 'Первый'!$A$1:$B$1`,
      `1 _xlnm.Print_Area 'Третий'!$A$1:$B$1`,
      `- Начало Первый!$A$1`,
      `2 _xlnm.Print_Titles &apos;Опора&apos;!$2:$2`,
    ]);
    expect(/activeTab="(\d+)"/.exec(xml)?.[1]).toBe('1');
    expect(entryNames(spliced)).not.toContain('xl/calcChain.xml');
    expect(entryNames(spliced)).not.toContain('xl/worksheets/sheet2.xml');
    expect(part(spliced, '[Content_Types].xml')).not.toMatch(/calcChain|sheet2\.xml/);
    const grids = await fastGrids(spliced, ['Первый', 'Третий']);
    expect(grids.map((g) => g.values[0][0])).toEqual([1, 3]);
  });

  it('keeps the calculation chain when no sheet of the user went, and the new sheet takes a sheetId no sheet had', async () => {
    const { spliced } = await saveBoth(book, (b) => b.writeSheet(spec('Опора')));
    expect(entryNames(spliced)).toContain('xl/calcChain.xml');
    expect(/<sheet name="Опора" sheetId="(\d+)"/.exec(part(spliced, 'xl/workbook.xml')!)?.[1]).toBe('4');
  });

  it('moves the active tab off a sheet that is gone to the first visible one', async () => {
    const { spliced } = await saveBoth(minimalBook({ sheets: ['Первый', 'Второй'], activeTab: 1 }), (b) => b.deleteSheet('Второй'));
    expect(part(spliced, 'xl/workbook.xml')).not.toContain('activeTab');
  });
});

describe('styles of a spliced save', () => {
  it('appends Opora\'s formats after the user\'s: number formats reuse an equal code or take an id no format has', async () => {
    const { spliced, whole } = await saveBoth(minimalBook({ sheets: ['Лист1'], styles: STYLES_WITH_FORMATS }), (b) => b.writeSheet(spec('Опора')));
    const styles = part(spliced, 'xl/styles.xml')!;
    expect(styles.startsWith(STYLES_WITH_FORMATS.slice(0, STYLES_WITH_FORMATS.indexOf('<numFmts')))).toBe(true);
    const formats = [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [Number(m[1]), m[2]]);
    // '0.0' is the user's 170; '0.0%' is new and takes the first id after every id in use.
    expect(formats).toEqual([[164, '0.000'], [170, '0.0'], [171, '0.0%']]);
    const sheet = (await loadExcel(spliced)).getWorksheet('Опора')!;
    expect(sheetModel(sheet)).toEqual(sheetModel((await loadExcel(whole)).getWorksheet('Опора')!));
    expect(sheet.getCell('B3').numFmt).toBe('0.0');
    expect((await loadExcel(spliced)).getWorksheet('Лист1')!.getCell('A1').style).toEqual((await loadExcel(minimalBook({ sheets: ['Лист1'], styles: STYLES_WITH_FORMATS }))).getWorksheet('Лист1')!.getCell('A1').style);
    // The user's dxfs did not exist: the section is created where the schema puts it (after cellStyles).
    expect(styles.indexOf('<dxfs')).toBeGreaterThan(styles.indexOf('</cellStyles>'));
  });

  it('gives a book without styles.xml the rendered one', async () => {
    const { spliced, whole } = await saveBoth(minimalBook({ sheets: ['Лист1'] }), (b) => b.writeSheet(spec('Опора')));
    expect(entryNames(spliced)).toContain('xl/styles.xml');
    expect(part(spliced, 'xl/_rels/workbook.xml.rels')).toContain('relationships/styles');
    expect(sheetModel((await loadExcel(spliced)).getWorksheet('Опора')!)).toEqual(sheetModel((await loadExcel(whole)).getWorksheet('Опора')!));
    // An empty text stays a (shared) empty string, as ExcelJS writes it.
    expect((await fastGrids(spliced, ['Опора']))[0].values[3][0]).toBe('');
  });
});

describe('the save path', () => {
  const rewrites = () => jest.spyOn(XlsxWorkbook.prototype, 'rewriteWhole');
  afterEach(() => jest.restoreAllMocks());

  it('splices a book opened from bytes', async () => {
    const spy = rewrites();
    const book = await XlsxWorkbook.fromBuffer(minimalBook({ sheets: ['Лист1'] }));
    await book.writeSheet(spec('Опора'));
    await book.toBuffer();
    expect(spy).not.toHaveBeenCalled();
  });

  it('rewrites a book made empty, and one whose ExcelJS model a caller has (it may have edited it)', async () => {
    const spy = rewrites();
    const empty = XlsxWorkbook.empty();
    await empty.writeSheet(spec('Опора'));
    await empty.toBuffer();
    expect(spy).toHaveBeenCalledTimes(1);
    const opened = await XlsxWorkbook.fromBuffer(minimalBook({ sheets: ['Лист1'] }));
    (await opened.workbook()).getWorksheet('Лист1')!.getCell('C1').value = 'правка';
    const saved = await opened.toBuffer();
    expect(spy).toHaveBeenCalledTimes(2);
    expect((await fastGrids(saved, ['Лист1']))[0].values[0][2]).toBe('правка');
  });

  const withParts = (book: Uint8Array, edit: (files: Record<string, Uint8Array>) => void): Uint8Array => {
    const files = unzipSync(book);
    edit(files);
    return zipSync(files);
  };
  const text = (files: Record<string, Uint8Array>, name: string, change: (xml: string) => string) => {
    files[name] = strToU8(change(strFromU8(files[name])));
  };
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

  it('splices a book whose workbook and styles use a prefix for SpreadsheetML (the Open XML SDK\'s way): the copy has them without it', async () => {
    const prefixed = (xml: string) => xml.replace(/<(\/?)([A-Za-z]+)(?=[\s/>])/g, '<$1x:$2').replace(` xmlns="${MAIN}"`, ` xmlns:x="${MAIN}"`);
    const book = withParts(minimalBook({ sheets: ['Лист1', 'Лист2'], styles: STYLES_WITH_FORMATS, activeTab: 1 }), (files) => {
      text(files, 'xl/workbook.xml', prefixed);
      text(files, 'xl/styles.xml', prefixed);
    });
    expect(strFromU8(unzipSync(book)['xl/workbook.xml'])).toContain('<x:sheets>');
    const spy = rewrites();
    const opened = await XlsxWorkbook.fromBuffer(book);
    await opened.writeSheet(spec('Опора'));
    const saved = await opened.toBuffer();
    expect(spy).not.toHaveBeenCalled();
    const wb = await loadExcel(saved);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Лист1', 'Лист2', 'Опора']);
    expect(wb.getWorksheet('Опора')!.getCell('B3').numFmt).toBe('0.0');
    expect(part(saved, 'xl/workbook.xml')).toContain('activeTab="1"');
    expect(partsLostOnCopy(book)).toEqual([]);
  });

  it('rewrites a package whose parts splicing does not handle (Strict SpreadsheetML), and says what the copy will lack', async () => {
    const book = withParts(minimalBook({ sheets: ['Лист1'] }), (files) => {
      text(files, 'xl/workbook.xml', (xml) => xml.replace(MAIN, 'http://purl.oclc.org/ooxml/spreadsheetml/main'));
      files['xl/charts/chart1.xml'] = strToU8('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    });
    const spy = rewrites().mockResolvedValue(new Uint8Array([1]));
    const opened = await XlsxWorkbook.fromBuffer(book);
    await opened.writeSheet(spec('Опора'));
    expect(await opened.toBuffer()).toEqual(new Uint8Array([1]));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(partsLostOnCopy(book).map((l) => l.ru)).toEqual(['диаграммы']);
    expect(partsLostOnCopy(minimalBook({ sheets: ['Лист1'] }))).toEqual([]);
  });
});
