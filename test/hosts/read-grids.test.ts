import { EAO_WORKBOOK } from '../support/real-data';
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { HostError } from '../../src/hosts/host-error';
import { isExcelError, type CellValue } from '../../src/grid/cell';
import type { Grid } from '../../src/grid/grid';
import { readXlsxGrids } from '../../src/hosts/xlsx/read-grids';
import { decodeRange } from '../../src/hosts/xlsx/worksheet-grid';

const REAL = EAO_WORKBOOK;
const dir = mkdtempSync(join(tmpdir(), 'opora-read-grids-'));

const cell = (g: Grid, address: string): CellValue => {
  const { top, left } = decodeRange(address);
  return g.values[top]?.[left] ?? null;
};

const sheet = (grids: Grid[], name: string): Grid => {
  const g = grids.find((x) => x.sheet === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
};

describe('readXlsxGrids on the real Р7-Офис workbook', () => {
  let grids: Grid[];
  beforeAll(async () => {
    grids = await readXlsxGrids(REAL);
  });

  test('reads every sheet by name, in tab order', () => {
    expect(grids.map((g) => g.sheet)).toEqual(['2024', '2023', '2022']);
  });

  test('a merged header keeps its value in the top-left cell only', () => {
    const g = sheet(grids, '2023');
    expect(g.merges).toContainEqual({ top: 6, left: 4, bottom: 6, right: 8 }); // E7:I7
    expect(cell(g, 'E7')).toBe('Русский язык, чел.');
    for (const a of ['F7', 'G7', 'H7', 'I7']) expect(cell(g, a)).toBeNull();
    expect(cell(g, 'J7')).toBe('Математика (профиль), чел.');
  });

  test('every merge lies inside the grid and only its top-left cell may hold a value', () => {
    for (const g of grids) {
      for (const m of g.merges) {
        expect(m.bottom).toBeLessThan(g.values.length);
        expect(m.right).toBeLessThan(g.values[0].length);
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) expect(g.values[r][c]).toBeNull();
      }
    }
  });

  test('rich text becomes one plain string', () => {
    expect(cell(sheet(grids, '2023'), 'A10')).toBe('ВСЕГО по региону');
    expect(cell(sheet(grids, '2023'), 'BC7')).toMatch(/^География, чел\. \n\(в т\.ч\./);
  });

  test('formula cells give their computed value, formula text goes to formulas', () => {
    const g = sheet(grids, '2023');
    expect(cell(g, 'D11')).toBe(447);
    expect(g.formulas?.[10][3]).toBe('SUM(D12:D22)');
    expect(g.formulas?.[10][5]).toBe('SUM(F12:F22)'); // a shared formula, translated to its own cell
    expect(g.formulas?.[11][3]).toBeNull();
  });

  test('a shared formula whose cached result is 0 reads as 0 (ExcelJS read it as empty)', () => {
    const g = sheet(grids, '2022');
    expect(g.formulas?.[10][5]).toBe('SUM(F12:F22)');
    expect(cell(g, 'F11')).toBe(0);
  });

  test('grids are rectangular, anchored at A1, and hold only port cell values', () => {
    for (const g of grids) {
      const width = g.values[0].length;
      expect(g.values.every((r) => r.length === width)).toBe(true);
      for (const row of g.values)
        for (const v of row) expect(v === null || ['string', 'number', 'boolean'].includes(typeof v) || isExcelError(v)).toBe(true);
    }
    expect(cell(sheet(grids, '2024'), 'A2')).toMatch(/^Информация о поданных/);
  });
});

describe('readXlsxGrids on generated workbooks', () => {
  const path = join(dir, 'kinds.xlsx');
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('Данные');
    a.getCell('A1').value = new Date(Date.UTC(2024, 8, 1));
    a.getCell('B1').value = { error: '#N/A' };
    a.getCell('C1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    a.getCell('D1').value = { text: 'сайт', hyperlink: 'https://example.org' };
    a.getCell('E1').value = true;
    a.getCell('A3').value = 1;
    // ExcelJS writes a shared-formula master from these model fields, which its typings omit.
    a.getCell('B3').value = { formula: 'A3*2', result: 2, shareType: 'shared', ref: 'B3:B4' } as ExcelJS.CellFormulaValue;
    a.getCell('A4').value = 5;
    a.getCell('B4').value = { sharedFormula: 'B3' } as ExcelJS.CellSharedFormulaValue;
    a.getCell('C5').value = '  ';
    wb.addWorksheet('Скрытый', { state: 'hidden' }).getCell('B2').value = 'x';
    wb.addWorksheet('Пустой');
    await wb.xlsx.writeFile(path);
  });

  test('dates become YYYY-MM-DD, errors become error values, hyperlinks their text', async () => {
    const g = sheet(await readXlsxGrids(path), 'Данные');
    expect(g.values[0]).toEqual(['2024-09-01', { kind: 'error', code: '#N/A' }, { kind: 'error', code: '#DIV/0!' }, 'сайт', true]);
  });

  test('a shared formula member without a result is null but keeps its translated formula', async () => {
    const g = sheet(await readXlsxGrids(path), 'Данные');
    expect(cell(g, 'B3')).toBe(2);
    expect(cell(g, 'B4')).toBeNull();
    expect(g.formulas?.[3][1]).toBe('A4*2');
  });

  test('the used area ends at the last cell holding a value (whitespace counts as a value)', async () => {
    const g = sheet(await readXlsxGrids(path), 'Данные');
    expect(g.values.length).toBe(5);
    expect(g.values[0].length).toBe(5);
    expect(cell(g, 'C5')).toBe('  ');
  });

  test('hidden sheets are read with their names; an empty sheet is an empty grid', async () => {
    const grids = await readXlsxGrids(path);
    expect(grids.map((g) => g.sheet)).toEqual(['Данные', 'Скрытый', 'Пустой']);
    expect(sheet(grids, 'Скрытый').values).toEqual([
      [null, null],
      [null, 'x'],
    ]);
    expect(sheet(grids, 'Пустой').values).toEqual([]);
  });
});

describe('files that are not workbooks', () => {
  const cases: [string, string | Uint8Array][] = [
    ['text.xlsx', 'ОО;Балл\nШкола 1;3,5\n'],
    ['empty.xlsx', ''],
    ['old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
    ['broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])],
    ['table.ods', new Uint8Array([...new Uint8Array([0x50, 0x4b, 0x03, 0x04]), ...new TextEncoder().encode('\0'.repeat(26) + 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet')])],
  ];
  test.each(cases)('%s is rejected with a Russian HostError naming the file', async (name, content) => {
    const p = join(dir, name);
    writeFileSync(p, content);
    const error = await readXlsxGrids(p).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toContain(`Файл «${name}» не является книгой Excel`);
    expect((error as HostError).messageEn).toContain(`File "${name}" is not an Excel workbook`);
  });
});
