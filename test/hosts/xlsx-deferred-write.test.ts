import { unzipSync, strFromU8 } from 'fflate';
import type { SheetSpec } from '../../src/grid/sheet-spec';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';

const spec = (name: string, rows: number, withChart = false): SheetSpec => ({
  name,
  kind: 'test',
  title: ['Заголовок'],
  header: [['Школа', 'Балл']],
  rows: Array.from({ length: rows }, (_, i) => [`Школа ${i + 1}`, i * 1.5]),
  columns: [{ width: 30 }, { numberFormat: '0.0' }],
  ...(withChart
    ? { charts: [{ title: 'Баллы', type: 'bar' as const, headerRow: 2, lastRow: rows + 2, categoryColumn: 0, seriesCount: 1, anchor: { column: 3, row: 1 }, width: 400, height: 300 }] }
    : {}),
});

/** Every part of the saved package but docProps (creation times), as text. */
const parts = async (book: XlsxWorkbook): Promise<Record<string, string>> => {
  const files = unzipSync(await book.toBuffer());
  return Object.fromEntries(Object.entries(files).filter(([p]) => !p.startsWith('docProps/')).map(([p, b]) => [p, strFromU8(b)]));
};

describe('XlsxWorkbook.writeDeferred builds the sheet only when the book needs it', () => {
  it('reports the promised row count and does not build before the save', async () => {
    const book = XlsxWorkbook.empty();
    let builds = 0;
    const report = await book.writeDeferred({ name: 'Лист', rows: 7, build: () => (builds++, spec('Лист', 7)) });
    expect(report).toMatchObject({ sheet: 'Лист', rows: 7 });
    expect(await book.listSheets()).toEqual([{ name: 'Лист', visible: true }]);
    expect(builds).toBe(0);
    await book.toBuffer();
    expect(builds).toBe(1);
  });

  it('saves the same package as writeSheet, charts included', async () => {
    const direct = XlsxWorkbook.empty();
    const deferred = XlsxWorkbook.empty();
    for (const [name, chart] of [['А', true], ['Б', false]] as const) {
      await direct.writeSheet(spec(name, 12, chart));
      await deferred.writeDeferred({ name, rows: 12, build: () => spec(name, 12, chart) });
    }
    const expected = await parts(direct);
    expect(Object.keys(expected).some((p) => p.startsWith('xl/charts/'))).toBe(true);
    expect(await parts(deferred)).toEqual(expected);
  });

  it('reads a deferred sheet back as built, and a later write or deletion of the same name wins', async () => {
    const book = XlsxWorkbook.empty();
    await book.writeDeferred({ name: 'Лист', rows: 3, build: () => spec('Лист', 3, true) });
    expect((await book.readGrids(['Лист']))[0].values.slice(2).map((r) => r[0])).toEqual(['Школа 1', 'Школа 2', 'Школа 3']);
    await book.writeSheet(spec('Лист', 2));
    expect((await book.readGrids(['Лист']))[0].values).toHaveLength(2 + 2);
    await book.deleteSheet('Лист');
    const files = unzipSync(await book.toBuffer());
    expect(Object.keys(files).filter((p) => p.startsWith('xl/charts/'))).toEqual([]);
  });
});
