import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { readFile, writeFile } from 'fs/promises';
import { join } from 'path';
import type { CellValue } from '../../src/grid/cell';
import { readXlsxGrids } from '../../src/hosts/xlsx/read-grids';
import { BOOK, encryptedBook, oldXls, placeOf, SHEET, withParts, writeBook, type HostileCase, type RunResult } from './cases';
import { baseGrids, COL, resultsGrid, rowOf, SCHOOLS, withCell, workbookBytes } from './district';

const flagged = (run: RunResult) => (JSON.parse(run.out) as { schools: { name: string; year: number; groups: string[] }[] }).schools;

/** Every row's averages at 20: rows that, if read, flag schools that are not flagged. */
const staleRows = (sheet: string) => {
  const g = resultsGrid(2024, sheet);
  return { ...g, values: g.values.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === COL.average ? 20 : v)))) };
};
const state = (generatedSheets: string[]) => JSON.stringify({ version: 1, generatedSheets, language: 'ru' });
const renamed = (from: string, to: string) => baseGrids().map((g) => ({ ...g, values: g.values.map((r) => r.map((v) => (v === from ? to : v))) }));

/** Item 5: misreads that used to pass without a word. */
export const MISREAD_CASES: HostileCase[] = [
  {
    id: 'a date 01.09.2024 in «Год»',
    item: 5,
    setup: async (dir) => {
      await writeBook(dir, BOOK, withCell(baseGrids(), SHEET, rowOf(2), COL.year, new Date(Date.UTC(2024, 8, 1)) as unknown as CellValue));
      await writeBook(dir, 'control.xlsx');
    },
    argv: ['identify', BOOK],
    code: 0,
    message: /записана дата .*принят год 2024/,
    place: placeOf(rowOf(2), COL.year),
    inputs: [BOOK],
    control: 'control.xlsx',
    check: async (_dir, run) => expect(flagged(run).some((s) => s.year === 2009)).toBe(false),
  },
  {
    id: 'a school named «0012»',
    item: 5,
    setup: async (dir) => {
      await writeBook(dir, BOOK, renamed(SCHOOLS[3], '0012'));
    },
    argv: ['identify', BOOK],
    code: 0,
    message: /школ 16, ШНОР 4/, // no school dropped as a subtotal row
    place: '2024:',
    inputs: [BOOK],
    check: async (_dir, run) => {
      const rows = flagged(run).filter((s) => s.name === '0012');
      expect(rows.map((s) => s.year).sort()).toEqual([2023, 2024]);
      expect(rows.every((s) => s.groups.includes('ШНОР'))).toBe(true); // school 4 is one of the low four
    },
  },
  ...(['hidden', 'veryHidden'] as const).map(
    (visibility): HostileCase => ({
      id: `a ${visibility} sheet of stale rows`,
      item: 5,
      setup: async (dir) => {
        await writeFile(join(dir, BOOK), await workbookBytes([...baseGrids(), { grid: staleRows('Старое'), options: { state: visibility } }]));
        await writeBook(dir, 'control.xlsx');
      },
      argv: ['identify', BOOK],
      code: 0,
      message: /скрыт и не прочитан/,
      place: 'Лист «Старое»',
      inputs: [BOOK],
      control: 'control.xlsx',
    }),
  ),
  {
    id: 'a forged state calls the data sheet Opora’s',
    item: 5,
    setup: async (dir) => {
      await writeBook(dir, BOOK, baseGrids(), state([SHEET, 'Идентификация 2024']));
      await writeBook(dir, 'control.xlsx');
    },
    argv: ['identify', BOOK],
    code: 0,
    message: /Опора листов с такими именами не создаёт/,
    place: `«${SHEET}»`,
    inputs: [BOOK],
    control: 'control.xlsx',
  },
  {
    id: 'a stale state calls the user’s own «Идентификация 2024» Opora’s',
    item: 5,
    setup: async (dir) => writeBook(dir, BOOK, [...baseGrids(), { sheet: 'Идентификация 2024', values: [['Мои заметки о школах'], ['не трогать']], merges: [] }], state(['Идентификация 2024'])),
    argv: ['identify', BOOK, '--json', 'r.json', '--out', 'copy.xlsx'],
    code: 0,
    message: /уже есть ваш лист «Идентификация 2024»; он не изменён/,
    place: 'Идентификация 2024 (2)',
    inputs: [BOOK],
    check: async (dir) => {
      const grids = await readXlsxGrids(join(dir, 'copy.xlsx'));
      expect(grids.find((g) => g.sheet === 'Идентификация 2024')?.values).toEqual([['Мои заметки о школах'], ['не трогать']]);
      expect(grids.some((g) => g.sheet === 'Идентификация 2024 (2)')).toBe(true);
    },
  },
  {
    id: 'a school name of 32,767 characters',
    item: 5,
    setup: async (dir) => writeBook(dir, BOOK, renamed(SCHOOLS[3], `Школа ${'щ'.repeat(32767 - 6)}`)),
    argv: ['identify', BOOK, '--json', 'r.json', '--out', 'copy.xlsx'],
    code: 0,
    message: /записан/,
    place: 'Идентификация 2024',
    inputs: [BOOK],
    check: async (dir) => {
      const ours = (await readXlsxGrids(join(dir, 'copy.xlsx'))).filter((g) => !g.sheet.startsWith('ЕГЭ'));
      const longest = Math.max(...ours.flatMap((g) => g.values.flat().map((v) => (typeof v === 'string' ? v.length : 0))));
      expect(longest).toBeGreaterThan(30000); // the name is there...
      expect(longest).toBeLessThanOrEqual(32767); // ...within Excel's cell limit
    },
  },
  {
    id: 'a password-protected (encrypted) book',
    item: 5,
    setup: async (dir) => writeFile(join(dir, BOOK), encryptedBook()),
    argv: ['identify', BOOK],
    code: 1,
    message: /защищена паролем/,
    place: `«${BOOK}»`,
    inputs: [BOOK],
  },
  {
    id: 'an old .xls is not called encrypted',
    item: 5,
    setup: async (dir) => writeFile(join(dir, BOOK), oldXls()),
    argv: ['identify', BOOK],
    code: 1,
    message: /старый формат \.xls/,
    place: `«${BOOK}»`,
    inputs: [BOOK],
  },
  {
    id: 'an .xlsm: the copy says it has no macros',
    item: 5,
    setup: async (dir) => writeFile(join(dir, 'book.xlsm'), withParts(await workbookBytes(baseGrids()), { 'xl/vbaProject.bin': 'VBA' })),
    argv: ['roadmap', 'book.xlsm'],
    code: 0,
    message: /В сохранённой копии нет: макросы/,
    place: 'макросы (VBA)',
    inputs: ['book.xlsm'],
    check: async (dir) => expect((await readFile(join(dir, 'book.opora.xlsx'))).length).toBeGreaterThan(0),
  },
  {
    id: 'a book with a chart: the copy keeps the chart and says nothing is missing',
    item: 5,
    setup: async (dir) => writeFile(join(dir, BOOK), withParts(await workbookBytes(baseGrids()), { 'xl/charts/chart1.xml': '<c:chartSpace/>' })),
    argv: ['identify', BOOK, '--json', 'r.json', '--out', 'copy.xlsx'],
    code: 0,
    message: /Сохранено/,
    place: 'copy.xlsx',
    inputs: [BOOK],
    check: async (dir, run) => {
      expect(`${run.out}\n${run.err}`).not.toContain('В сохранённой копии нет');
      expect(new TextDecoder().decode(unzipSync(await readFile(join(dir, 'copy.xlsx')))['xl/charts/chart1.xml'])).toBe('<c:chartSpace/>');
    },
  },
  {
    id: 'a book with a protected structure: the copy keeps the protection and says nothing is missing',
    item: 5,
    setup: async (dir) => {
      const files = unzipSync(await workbookBytes(baseGrids()));
      const xml = new TextDecoder().decode(files['xl/workbook.xml']).replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>');
      files['xl/workbook.xml'] = new TextEncoder().encode(xml);
      await writeFile(join(dir, BOOK), zipSync(files));
    },
    argv: ['identify', BOOK, '--json', 'r.json', '--out', 'copy.xlsx'],
    code: 0,
    message: /Сохранено/,
    place: 'copy.xlsx',
    inputs: [BOOK],
    check: async (dir, run) => {
      expect(`${run.out}\n${run.err}`).not.toContain('В сохранённой копии нет');
      expect(new TextDecoder().decode(unzipSync(await readFile(join(dir, 'copy.xlsx')))['xl/workbook.xml'])).toContain('<workbookProtection lockStructure="1"/>');
    },
  },
  {
    id: 'formula-like school names are written as text with the format «@»',
    item: 8,
    setup: async (dir) => writeBook(dir, BOOK, renamed(SCHOOLS[3], '=HYPERLINK("http://example.test","x")')),
    argv: ['identify', BOOK, '--json', 'r.json', '--out', 'copy.xlsx'],
    code: 0,
    message: /Идентификация 2024» записан/,
    place: 'Идентификация 2024',
    inputs: [BOOK],
    check: async (dir) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await readFile(join(dir, 'copy.xlsx'))) as unknown as ExcelJS.Buffer);
      const cells: ExcelJS.Cell[] = [];
      wb.getWorksheet('Идентификация 2024')!.eachRow((row) => row.eachCell((c) => cells.push(c)));
      const named = cells.filter((c) => c.value === '=HYPERLINK("http://example.test","x")');
      expect(named.length).toBeGreaterThan(0);
      for (const c of named) {
        expect(c.type).toBe(ExcelJS.ValueType.String);
        expect(c.numFmt).toBe('@');
      }
    },
  },
];
