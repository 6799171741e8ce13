import { SHEET_PREVIEW_ROWS, sheetPreview } from '../../src/grid/sheet-preview';
import type { SheetSpec } from '../../src/grid/sheet-spec';

const spec = (rows: number): SheetSpec => ({
  name: 'Лист',
  kind: 'test',
  title: [],
  header: [['Школа']],
  rows: Array.from({ length: rows }, (_, i) => [`Школа ${i}`]),
  rowKeys: Array.from({ length: rows }, (_, i) => `k${i}`),
  rowStyles: [{ row: 0, style: 'section' }, { row: rows - 1, style: 'warning' }],
  columns: [{}],
});

describe('sheetPreview keeps the first rows and the whole count', () => {
  it('leaves a sheet of at most the preview rows as it is', () => {
    const whole = spec(SHEET_PREVIEW_ROWS);
    expect(sheetPreview(whole)).toBe(whole);
  });

  it('cuts a longer sheet to the preview rows with their keys and styles', () => {
    const whole = spec(SHEET_PREVIEW_ROWS + 1);
    const preview = sheetPreview(whole);
    expect(preview.rows).toEqual(whole.rows.slice(0, SHEET_PREVIEW_ROWS));
    expect(preview.rowKeys).toEqual(whole.rowKeys!.slice(0, SHEET_PREVIEW_ROWS));
    expect(preview.rowStyles).toEqual([{ row: 0, style: 'section' }]);
    expect(preview.totalRows).toBe(whole.rows.length);
    expect(sheetPreview(preview, 10).totalRows).toBe(whole.rows.length);
  });
});
