/**
 * What Excel refuses and the Office.js double now refuses too: more than 512 merged areas in one
 * request, any response over 5 MB (the first included), a cosmetic step that fails its sync.
 */
import { writeOwnedSheet } from '../../src/app/owned-sheets';
import { defaultState } from '../../src/app/state';
import { ExcelWorkbook } from '../../src/hosts/excel/excel-workbook';
import type { SheetSpec } from '../../src/grid/sheet-spec';
import { MERGED_AREAS_LIMIT, OfficeDouble, PAYLOAD_LIMIT_BYTES } from '../support/office-double';

const bookOver = (double: OfficeDouble) => new ExcelWorkbook(double.run, { read: { supportsMergedAreas: true } });

describe('merged areas above the limit', () => {
  const mergedRows = (count: number) =>
    Array.from({ length: count }, (_, r) => ({ top: r + 1, left: 0, bottom: r + 1, right: 1 }));

  it('a sheet with more than 512 merged areas is still read, with every merge', async () => {
    const double = new OfficeDouble();
    const rows = MERGED_AREAS_LIMIT + 88;
    const merges = mergedRows(rows);
    double.seedSheet('Сводная', {
      values: [['Школа', '', 'Балл'], ...Array.from({ length: rows }, (_, r) => [`СОШ № ${r + 1}`, null, 40 + (r % 30)])],
      merges,
    });
    const [grid] = await bookOver(double).readGrids(['Сводная']);
    expect(grid.values.length).toBe(rows + 1);
    expect(grid.values[rows][2]).toBe(40 + ((rows - 1) % 30));
    expect(grid.merges).toEqual(merges);
  });

  it('the double refuses one request for more than 512 merged areas and accepts exactly 512', async () => {
    for (const [count, fails] of [[MERGED_AREAS_LIMIT, false], [MERGED_AREAS_LIMIT + 1, true]] as const) {
      const double = new OfficeDouble();
      double.seedSheet('Лист', { values: [['a']], merges: mergedRows(count) });
      const ctx = double.newContext() as unknown as Excel.RequestContext;
      ctx.workbook.worksheets.getItem('Лист').getRange().getMergedAreasOrNullObject().load('address');
      if (fails) await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
      else await expect(ctx.sync()).resolves.toBeUndefined();
    }
  });
});

describe('the size of every read response', () => {
  const wideText = (rows: number, columns: number) =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => `Значение ${r}-${c} текст`));

  it.each([40, 60, 120])('3,000 rows × %i text columns read with every response under 5 MB', async (columns) => {
    const double = new OfficeDouble();
    double.seedSheet('Широкий', { values: wideText(3_000, columns) });
    const [grid] = await bookOver(double).readGrids(['Широкий']);
    expect(Math.max(...double.responsePayloads)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(grid.values.length).toBe(3_000);
    expect(grid.values[2_999][columns - 1]).toBe(`Значение 2999-${columns - 1} текст`);
    expect(grid.values[0][0]).toBe('Значение 0-0 текст');
  });
});

describe('cosmetic steps of a write', () => {
  const spec: SheetSpec = {
    name: 'Итог',
    kind: 'roadmap',
    title: ['Дорожная карта'],
    header: [['ОО', 'Балл']],
    rows: [['СОШ № 1', 51], ['СОШ № 2', 47]],
    columns: [{ width: 40 }, {}],
    freezeHeader: true,
    autoFilter: true,
    print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true },
  };

  it.each(['pageLayout.zoom', 'autoFilter.apply', 'freezePanes.freezeRows'])('%s failing leaves the data written and is reported', async (operation) => {
    const double = new OfficeDouble();
    double.failingOperations.add(operation);
    const report = await bookOver(double).writeSheet(spec);
    const sheet = double.sheet('Итог')!;
    expect(sheet.valuesGrid()).toEqual([['Дорожная карта', ''], ['ОО', 'Балл'], ['СОШ № 1', 51], ['СОШ № 2', 47]]);
    expect(report.notApplied?.length).toBe(1);
    expect(report.notApplied?.[0].ru).toMatch(/[а-я]/);
  });

  it('what did not fail is still applied: a failing print scale keeps the filter, the panes and the widths', async () => {
    const double = new OfficeDouble();
    double.failingOperations.add('pageLayout.zoom');
    await bookOver(double).writeSheet(spec);
    const sheet = double.sheet('Итог')!;
    expect(sheet.autoFilter).not.toBeNull();
    expect(sheet.freeze.rows).toBe(2);
    expect(sheet.formatAt(0, 0, 'columnWidth')).toBeGreaterThan(0);
    expect(sheet.pageLayout.orientation).toBe('Landscape');
    expect(sheet.pageLayout.zoom).toBeUndefined();
  });

  it('fit-to-width printing silently dropped by the host (office-js #1860) is read back and reported', async () => {
    const double = new OfficeDouble();
    double.ignoresFitToPagesZoom = true;
    const report = await bookOver(double).writeSheet(spec);
    expect(double.sheet('Итог')!.pageLayout.zoom).toBeUndefined();
    expect(report.notApplied?.map((n) => n.en)).toEqual([expect.stringMatching(/print scaling/)]);
    expect(double.sheet('Итог')!.pageLayout.orientation).toBe('Landscape');
  });

  it('the user is told in Russian and in English what was not applied', async () => {
    const double = new OfficeDouble();
    double.failingOperations.add('pageLayout.zoom');
    const { report } = await writeOwnedSheet(bookOver(double), spec, defaultState());
    expect(report.message).toMatch(/Данные записаны, но Excel не применил: масштаб печати/);
    expect(report.messageEn).toMatch(/did not apply: print scaling/);
  });

  it('with nothing failing, the report has nothing to say', async () => {
    const report = await bookOver(new OfficeDouble()).writeSheet(spec);
    expect(report.notApplied ?? []).toEqual([]);
  });
});
