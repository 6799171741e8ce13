import { EAO_WORKBOOK } from '../support/real-data';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { HostError } from '../../src/hosts/host-error';
import { STATE_SHEET } from '../../src/hosts/state-sheet';
import { openXlsxFile, saveXlsxFile } from '../../src/hosts/xlsx/xlsx-file';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import type { SheetSpec } from '../../src/grid/sheet-spec';

const REAL = EAO_WORKBOOK;
const dir = mkdtempSync(join(tmpdir(), 'opora-xlsx-'));

const spec: SheetSpec = {
  name: 'ШНОР',
  kind: 'identification',
  tabColor: '#C00000',
  title: ['Идентификация', 'по данным 2024'],
  header: [['ОО', 'Балл', 'Статус']],
  rows: [
    ['Школа 1', 55.25, 'ШНОР'],
    ['Школа 2', 70, 'нет'],
    ['Школа 3', 61, 'нет'],
  ],
  rowStyles: [
    { row: 0, style: 'warning' },
    { row: 2, style: 'subtotal' },
  ],
  columns: [{ width: 40 }, { numberFormat: '0.0' }, { wrap: true, hidden: true }],
  conditionalFormats: [{ firstColumn: 0, lastColumn: 2, formula: '=$C4="ШНОР"', fill: '#F8CBAD', fontColor: '#9C0006' }],
  freezeHeader: true,
  freezeColumns: 1,
  autoFilter: true,
  print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true, centerHeader: 'Опора & отчёт' },
};

/** The saved file as a third-party reader sees it (plain ExcelJS). */
const reload = async (book: XlsxWorkbook): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await book.toBuffer()) as unknown as ExcelJS.Buffer);
  return wb;
};

describe('XlsxWorkbook renders a SheetSpec into the file', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const book = XlsxWorkbook.empty();
    await book.writeSheet(spec);
    ws = (await reload(book)).getWorksheet('ШНОР')!;
  });

  test('title rows are bold and merged across the table width', () => {
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('C1').isMerged).toBe(true);
    expect(ws.getCell('C2').master.address).toBe('A2');
    expect(ws.getCell('D1').isMerged).toBe(false);
  });

  test('header cells are bold, filled, wrapped and bordered', () => {
    const h = ws.getCell('C3');
    expect(h.font?.bold).toBe(true);
    expect((h.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9E1F2');
    expect(h.alignment?.wrapText).toBe(true);
    expect(h.border?.bottom?.style).toBe('thin');
  });

  test('data cells carry the column number format, wrap and width', () => {
    expect(ws.getCell('B4').numFmt).toBe('0.0');
    // Text cells take the text format '@' (as the Office.js writer gives them), numbers their column's.
    expect(ws.getCell('A4').numFmt).toBe('@');
    expect(ws.getCell('C6').alignment?.wrapText).toBe(true);
    expect(ws.getColumn(1).width).toBe(40);
  });

  test('row styles: warning filled, subtotal bold, unstyled rows plain', () => {
    expect((ws.getCell('B4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
    expect(ws.getCell('B6').font?.bold).toBe(true);
    expect(ws.getCell('B5').font?.bold).toBeFalsy();
    expect((ws.getCell('B5').fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').toBe('none');
  });

  test('a conditional-format rule covers exactly the data rows', () => {
    const cf = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0].ref).toBe('A4:C6');
    const rule = cf[0].rules[0] as ExcelJS.ExpressionRuleType;
    expect(rule.formulae).toEqual(['$C4="ШНОР"']);
    expect((rule.style?.fill as ExcelJS.FillPattern).bgColor?.argb).toBe('FFF8CBAD');
  });

  test('frozen title and header rows plus the first column, filter from the header to the last row', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 1 });
    expect(ws.autoFilter).toBe('A3:C6');
  });

  test('fonts name Calibri, so LibreOffice does not fall back to a serif face', () => {
    for (const address of ['A1', 'A2', 'B3', 'B4', 'A6']) expect(ws.getCell(address).font?.name).toBe('Calibri');
  });

  test('every data cell is top-aligned; wrapped columns wrap', () => {
    expect(ws.getCell('A5').alignment).toEqual({ vertical: 'top' });
    expect(ws.getCell('C5').alignment).toEqual({ wrapText: true, vertical: 'top' });
  });

  test('a hidden column (the row key) is hidden, the others are not', () => {
    expect(ws.getColumn(3).hidden).toBe(true);
    expect(ws.getColumn(2).hidden).toBe(false);
  });

  test('print setup (A4 by default) and tab colour', () => {
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3', paperSize: 9 });
    expect(ws.headerFooter.oddHeader).toBe('&CОпора && отчёт');
    expect(ws.properties.tabColor?.argb).toBe('FFC00000');
  });
});

describe('XlsxWorkbook sets row heights for wrapped text (neither Excel nor LibreOffice fits rows on opening)', () => {
  test('rows with long wrapped text are taller, in proportion; short and unwrapped rows keep the default height', async () => {
    const long = (words: number) => Array.from({ length: words }, () => 'мероприятие').join(' ');
    const book = XlsxWorkbook.empty();
    await book.writeSheet({
      ...spec,
      title: ['Заголовок'],
      rows: [
        ['Школа 1', 1, 'коротко'],
        ['Школа 2', 2, long(6)],
        ['Школа 3', 3, long(12)],
        [long(20), 4, 'коротко'],
      ],
      rowStyles: [],
      columns: [{ width: 40 }, { numberFormat: '0.0' }, { width: 20, wrap: true }],
    });
    const sheet = (await reload(book)).getWorksheet('ШНОР')!;
    const height = (row: number) => sheet.getRow(row).height;
    expect(height(1)).toBeGreaterThan(15); // the larger title font
    expect(height(2)).toBeUndefined(); // a short header
    expect(height(3)).toBeUndefined();
    expect(height(4)).toBeGreaterThan(15 * 2);
    expect(height(5)).toBeGreaterThan(height(4) * 1.7);
    expect(height(6)).toBeUndefined();
  });
});

describe('XlsxWorkbook on the real Р7-Офис workbook', () => {
  test('writing sheets and state leaves every user sheet identical, even after saving to a file', async () => {
    const original = await openXlsxFile(REAL);
    const names = ['2024', '2023', '2022'];
    const before = await original.readGrids(names);
    await original.writeSheet(spec);
    await original.saveState(JSON.stringify({ mapping: { ОО: 'B' } }));
    await original.writeSheet({ ...spec, rows: spec.rows.slice(0, 1) });
    const path = join(dir, 'real-after.xlsx');
    await saveXlsxFile(original, path);
    const reopened = await openXlsxFile(path);
    expect(JSON.stringify(await reopened.readGrids(names))).toBe(JSON.stringify(before));
    expect((await reopened.listSheets()).map((s) => s.name)).toEqual([...names, 'ШНОР']);
  });

  test('the state sheet is very hidden, last, and never the active tab', async () => {
    const book = XlsxWorkbook.empty();
    await book.saveState('{}');
    await book.writeSheet(spec);
    const wb = await reload(book);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['ШНОР', STATE_SHEET]);
    expect(wb.getWorksheet(STATE_SHEET)!.state).toBe('veryHidden');
    expect(wb.views?.[0]?.activeTab ?? 0).toBe(0);
  });
});

describe('XlsxWorkbook.fromBuffer rejects what is not a workbook', () => {
  test.each([
    ['a CSV', new TextEncoder().encode('a;b\n1;2\n')],
    ['nothing', new Uint8Array(0)],
  ])('%s', async (_, bytes) => {
    await expect(XlsxWorkbook.fromBuffer(bytes, 'данные.xlsx')).rejects.toBeInstanceOf(HostError);
  });

  test('accepts the bytes of a real workbook as an ArrayBuffer', async () => {
    const bytes = readFileSync(REAL);
    const book = await XlsxWorkbook.fromBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect((await book.listSheets()).map((s) => s.name)).toEqual(['2024', '2023', '2022']);
  });
});
