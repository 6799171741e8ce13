import { ExcelWorkbook } from '../../src/hosts/excel/excel-workbook';
import { DEFAULT_READ_LIMITS } from '../../src/hosts/excel/read-sheets';
import { columnWidthPoints, DEFAULT_WRITE_LIMITS } from '../../src/hosts/excel/write-spec';
import type { SheetSpec } from '../../src/grid/sheet-spec';
import { OfficeDouble, PAYLOAD_LIMIT_BYTES, measureOfficeWrites } from '../support/office-double';

const MB4 = 4 * 1024 * 1024;

const bigSpec = (rows: number): SheetSpec => ({
  name: 'Большой',
  kind: 'roadmap',
  title: ['Дорожная карта'],
  header: [['ОО', 'Муниципалитет', 'Балл', 'Статус', 'Удвоено', 'Примечание']],
  rows: Array.from({ length: rows }, (_, i) => [
    `МБОУ «Средняя общеобразовательная школа № ${i}»`,
    'Биробиджанский муниципальный район',
    40 + (i % 60) + 0.25,
    i % 7 === 0 ? 'ШНОР' : 'нет',
    { formula: `C${i + 3}*2` },
    i % 11 === 0 ? '=это текст пользователя' : null,
  ]),
  columns: [{ width: 50 }, { width: 30 }, { numberFormat: '0.0' }, {}, {}, { wrap: true }],
  freezeHeader: true,
  autoFilter: true,
  conditionalFormats: [{ firstColumn: 0, lastColumn: 5, formula: '=$D3="ШНОР"', fill: '#F8CBAD', fontColor: '#9C0006' }],
});

const setup = () => {
  const double = new OfficeDouble();
  double.seedSheet('Данные', { values: [['ОО', 'Балл'], ['№ 1', 50]] });
  const book = new ExcelWorkbook(double.run, { read: { supportsMergedAreas: true } });
  return { double, book };
};

describe('ExcelWorkbook cost on Office.js', () => {
  test('reading several small sheets takes one sync', async () => {
    const { double, book } = setup();
    for (let i = 0; i < 5; i++) double.seedSheet(`Лист${i}`, { values: Array.from({ length: 300 }, (_, r) => [r, `ОО ${r}`, r / 3]) });
    double.resetCounters();
    const grids = await book.readGrids(['Данные', 'Лист0', 'Лист1', 'Лист2', 'Лист3', 'Лист4']);
    expect(double.syncCount).toBe(1);
    expect(grids[1].values.length).toBe(300);
  });

  test('writing a small sheet takes three syncs (lookup, data, formatting on its own), and the report says so', async () => {
    const { double, book } = setup();
    double.resetCounters();
    const report = await book.writeSheet(bigSpec(10));
    expect(double.syncCount).toBe(3);
    expect(report.syncs).toBe(3);
  });

  test('a 50,000-row sheet is written and read back with every request and response under 4 MB', async () => {
    const { double, book } = setup();
    double.resetCounters();
    const report = await book.writeSheet(bigSpec(50_000));
    const writeSyncs = double.syncCount;
    expect(double.largestPayloadBytes).toBeLessThan(MB4);
    expect(report.largestPayloadBytes).toBeLessThan(MB4);
    // one lookup sync, one per chunk of about DEFAULT_WRITE_LIMITS.requestBudgetBytes, one for the formatting: never row by row
    const sent = double.requestPayloads.reduce((a, b) => a + b, 0);
    expect(writeSyncs).toBeLessThanOrEqual(3 + Math.ceil(sent / DEFAULT_WRITE_LIMITS.requestBudgetBytes));

    double.resetCounters();
    const [grid] = await book.readGrids(['Большой']);
    expect(double.largestPayloadBytes).toBeLessThan(MB4);
    const received = double.responsePayloads.reduce((a, b) => a + b, 0);
    expect(double.syncCount).toBeLessThanOrEqual(2 + Math.ceil(received / DEFAULT_READ_LIMITS.responseBudgetBytes));
    expect(grid.values.length).toBe(50_002);
    expect(grid.values[50_001][0]).toBe('МБОУ «Средняя общеобразовательная школа № 49999»');
    expect(grid.values[2 + 11 * 1000][5]).toBe('=это текст пользователя');
    expect(grid.formulas?.[50_001][4]).toBe('C50002*2');
  });

  test('read chunks never exceed the cell limit', async () => {
    const double = new OfficeDouble();
    const book = new ExcelWorkbook(double.run, { read: { supportsMergedAreas: true, firstRows: 100, maxChunkCells: 40_000 } });
    double.seedSheet('Широкий', { values: Array.from({ length: 3_000 }, (_, r) => Array.from({ length: 40 }, (_, c) => r * c)) });
    const [g] = await book.readGrids(['Широкий']);
    expect(g.values[2_999][39]).toBe(2_999 * 39);
    expect(Math.max(...double.readCellCounts)).toBeLessThanOrEqual(40_000);
    expect(Math.max(...double.readCellCounts)).toBeGreaterThan(40_000 - 40);
  });

  test('measureOfficeWrites reports syncs and payloads for benchmarks', async () => {
    const costs = await measureOfficeWrites(bigSpec(100));
    expect(costs.write.syncs).toBe(3);
    expect(costs.read.syncs).toBe(1);
    expect(costs.write.largestPayloadBytes).toBeGreaterThan(0);
    expect(costs.write.largestPayloadBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });
});

describe('ExcelWorkbook rendering on Office.js', () => {
  test('formats, rules, frozen panes, filter, print setup and tab colour', async () => {
    const { double, book } = setup();
    await book.writeSheet({
      ...bigSpec(4),
      header: [['ОО', 'Муниципалитет', 'Балл', 'Статус', 'Удвоено', 'Примечание'], ['', '', 'ср.', '', '', '']],
      rowStyles: [
        { row: 1, style: 'section' },
        { row: 2, style: 'muted' },
      ],
      footer: [['Итого', null, { formula: 'SUM(C4:C7)' }]],
      print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true, centerHeader: 'ШНОР & ШНСУ' },
      tabColor: '#C00000',
      freezeColumns: 1,
      columns: [...bigSpec(4).columns.slice(0, 5), { wrap: true, hidden: true }],
    });
    const s = double.sheet('Большой')!;
    expect(s.formatAt(3, 5, 'columnHidden')).toBe(true);
    expect(s.formatAt(3, 4, 'columnHidden')).toBeUndefined();
    expect(s.merges).toEqual([{ top: 0, left: 0, rows: 1, columns: 6 }]);
    expect(s.formatAt(1, 3, 'font.bold')).toBe(true);
    expect(s.formatAt(2, 5, 'fill.color')).toBe('#D9E1F2');
    expect(s.formatAt(3, 0, 'fill.color')).toBeUndefined();
    expect(s.formatAt(4, 2, 'fill.color')).toBe('#E2EFDA');
    expect(s.formatAt(4, 2, 'font.bold')).toBe(true);
    expect(s.formatAt(5, 0, 'font.color')).toBe('#808080');
    expect(s.formatAt(6, 0, 'font.color')).toBeUndefined();
    expect(s.formatAt(7, 0, 'font.italic')).toBe(true);
    expect(s.formatAt(0, 0, 'columnWidth')).toBe(columnWidthPoints(50));
    expect(s.formatAt(3, 5, 'wrapText')).toBe(true);
    expect(s.cell(3, 2)?.numberFormat).toBe('0.0');
    expect(s.cell(7, 2)?.formula).toBe('=SUM(C4:C7)');
    expect(s.conditionalFormats).toEqual([
      { area: { top: 3, left: 0, rows: 4, columns: 6 }, type: 'Custom', formula: '=$D3="ШНОР"', fill: '#F8CBAD', fontColor: '#9C0006' },
    ]);
    expect(s.freeze).toEqual({ rows: 3, columns: 1 });
    expect(s.autoFilter).toEqual({ top: 2, left: 0, rows: 5, columns: 6 });
    expect(s.pageLayout).toEqual({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '$2:$3', centerHeader: 'ШНОР && ШНСУ', paperSize: 'A4' });
    expect(s.tabColor).toBe('#C00000');
  });

  test('the state sheet is very hidden and its text cells are formatted as text', async () => {
    const { double, book } = setup();
    await book.saveState('12345');
    const s = double.sheet('Opora.state')!;
    expect(s.visibility).toBe('VeryHidden');
    expect(s.cell(0, 0)).toEqual({ value: '12345', numberFormat: '@' });
    expect(await book.loadState()).toBe('12345');
  });

  test('without ExcelApi 1.13 sheets are still read, without merges', async () => {
    const double = new OfficeDouble();
    double.supportsMergedAreas = false;
    double.seedSheet('Лист', { values: [['a', null], ['b', 'c']], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] });
    const book = new ExcelWorkbook(double.run, { read: { supportsMergedAreas: false } });
    expect(await book.readGrids(['Лист'])).toEqual([{ sheet: 'Лист', values: [['a', null], ['b', 'c']], merges: [] }]);
  });

  test('an empty sheet reads as an empty grid', async () => {
    const double = new OfficeDouble();
    double.seedSheet('Пусто', { values: [] });
    const book = new ExcelWorkbook(double.run, { read: { supportsMergedAreas: true } });
    expect(await book.readGrids(['Пусто'])).toEqual([{ sheet: 'Пусто', values: [], merges: [] }]);
  });

  test('rewriting the only visible sheet works', async () => {
    const double = new OfficeDouble();
    const book = new ExcelWorkbook(double.run, { read: { supportsMergedAreas: true } });
    await book.writeSheet(bigSpec(2));
    await book.writeSheet(bigSpec(1));
    expect(double.sheets.map((s) => s.name)).toEqual(['Большой']);
  });

  test('rewriting a sheet clears it in place: same sheet and tab position, user formulas intact, no extra sync', async () => {
    const { double, book } = setup();
    double.seedSheet('После', { values: [['x']] });
    const first = await book.writeSheet(bigSpec(3));
    const sheet = double.sheet('Большой')!;
    const user = double.seedSheet('Сводка', { values: [[null, null]], formulas: [["='Большой'!C4*2", '=SUM(Большой!C4:C6)']] });
    const second = await book.writeSheet(bigSpec(5));
    expect(double.sheet('Большой')).toBe(sheet);
    expect(double.sheets.map((s) => s.name)).toEqual(['Данные', 'После', 'Большой', 'Сводка']);
    expect([user.cell(0, 0)?.formula, user.cell(0, 1)?.formula]).toEqual(["='Большой'!C4*2", '=SUM(Большой!C4:C6)']);
    expect(second.syncs).toBe(first.syncs);
  });

  test('a rewritten sheet keeps nothing of the old one: cells, formats, rules, merges, panes, filter', async () => {
    const { double, book } = setup();
    await book.writeSheet({
      ...bigSpec(6),
      title: ['Старый заголовок', 'вторая строка'],
      rowStyles: [{ row: 4, style: 'warning' }],
      freezeColumns: 2,
      footer: [['Итого']],
    });
    await book.writeSheet({ name: 'Большой', kind: 'roadmap', title: [], header: [['A', 'B']], rows: [[1, 2]], columns: [{}, {}] });
    const s = double.sheet('Большой')!;
    expect(s.valuesGrid()).toEqual([
      ['A', 'B'],
      [1, 2],
    ]);
    expect(s.merges).toEqual([]);
    expect(s.conditionalFormats).toEqual([]);
    expect(s.freeze).toEqual({ rows: 0, columns: 0 });
    expect(s.autoFilter).toBeNull();
    expect(s.formatAt(6, 0, 'fill.color')).toBeUndefined(); // the old warning row
    expect(s.formatAt(0, 0, 'columnWidth')).toBeUndefined();
    expect(s.formatAt(0, 0, 'useStandardHeight')).toBe(true);
  });

  test('rows are fitted to wrapped text after writing; merged title rows get an estimated height', async () => {
    const { double, book } = setup();
    const longTitle = 'Дорожная карта по поддержке школ с низкими образовательными результатами '.repeat(4);
    await book.writeSheet({ ...bigSpec(3), title: [longTitle, 'коротко'], footer: [['Итого']] });
    const s = double.sheet('Большой')!;
    expect(s.formats.filter((f) => f.path === 'autofitRows').map((f) => f.area)).toEqual([{ top: 2, left: 0, rows: 5, columns: 6 }]);
    expect(s.formatAt(0, 0, 'wrapText')).toBe(true);
    expect(s.formatAt(0, 0, 'rowHeight')).toBeGreaterThan(2 * 15);
    expect(s.formatAt(1, 0, 'rowHeight')).toBeUndefined();
  });

  test('selectCell activates the sheet and selects the 1-based cell', async () => {
    const { double, book } = setup();
    await book.selectCell('Данные', 2, 3);
    expect(double.activeSheet).toBe('Данные');
    expect(double.activeCell).toEqual({ sheet: 'Данные', row: 1, column: 2 });
  });
});
