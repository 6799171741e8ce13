import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { HostError } from '../../src/hosts/host-error';
import { FastXlsx } from '../../src/hosts/xlsx/fast/read-book';
import { READ_LIMITS, type ReadLimits } from '../../src/hosts/xlsx/fast/limits';
import { fullHeightBook, strayCellBook, zipBomb } from '../support/hostile-xlsx';
import { buildXlsx, c, row } from '../support/xlsx-corpus';

/**
 * Issue 10, item 3: sparse sheets read sparsely, zip bombs and oversized sheets refused with a Russian
 * message naming the limit, never a crash - each case in its own process, its peak memory measured there.
 */

const CHILD = resolve(__dirname, '../support/cli-with-rss.js');
const GB_KB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'opora-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inspect = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const run = spawnSync(process.execPath, [CHILD, 'inspect', path], { encoding: 'utf8', timeout: 240_000 });
  const rss = Number(/OPORA_MAX_RSS_KB=(\d+)/.exec(run.stderr)?.[1]);
  return { code: run.status, out: run.stdout, err: run.stderr.replace(/\nOPORA_MAX_RSS_KB=\d+\n$/, ''), rssKb: rss };
};

const ru = (n: number) => n.toLocaleString('ru-RU').replace(/\u00a0/g, ' ');

const expectRefused = (r: ReturnType<typeof inspect>, limitText: string) => {
  expect(r.code).toBe(1);
  expect(r.err).toContain('слишком велика');
  expect(r.err).toContain(limitText);
  expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  expect(r.err).not.toContain('Внутренняя ошибка');
  expect(r.rssKb).toBeLessThan(GB_KB);
};

describe('a stray value at Excel\'s last cell costs nothing', () => {
  const schools = (out: string) => /школ (\d+)/.exec(out)?.[1];
  const control = () => inspect('control.xlsx', strayCellBook(200, 'none'));

  test('a value at XFD1048576: the sheet is read as without it, in bounded memory', () => {
    const r = inspect('stray-cell.xlsx', strayCellBook(200, 'cell'));
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(schools(r.out)).toBe(schools(control().out));
    expect(schools(r.out)).toBe('200');
    expect(r.rssKb).toBeLessThan(GB_KB);
  }, 300_000);

  test('a merge from under the data up to XFD1048576: read, reported, in bounded memory', () => {
    const r = inspect('stray-merge.xlsx', strayCellBook(200, 'merge'));
    expect(r.code).toBe(0);
    expect(schools(r.out)).toBe('200');
    expect(r.out).toContain('XFD1048576');
    expect(r.rssKb).toBeLessThan(GB_KB);
  }, 300_000);
});

describe('what is too large is refused with the limit named, before memory grows', () => {
  const unpackedLimit = `${ru(READ_LIMITS.decompressedBytes / 1024 / 1024)} МБ`;

  test('a zip bomb whose directory lies about its size: stopped while unpacking', () => {
    expectRefused(inspect('bomb-lying.xlsx', zipBomb(READ_LIMITS.decompressedBytes / 1024 / 1024 + 64, false)), unpackedLimit);
  }, 300_000);

  test('a zip bomb that declares its size: refused before unpacking', () => {
    const r = inspect('bomb-honest.xlsx', zipBomb(READ_LIMITS.decompressedBytes / 1024 / 1024 + 64, true));
    expectRefused(r, unpackedLimit);
    expect(r.err).toContain('zip-бомба');
  }, 300_000);

  test("a sheet filled to Excel's last row (1,048,576): refused at the row limit, not a crash", () => {
    expectRefused(inspect('full-height.xlsx', fullHeightBook()), ru(READ_LIMITS.rows));
  }, 300_000);
});

describe('the limits count cells and rows over the sheets read together', () => {
  const book = buildXlsx({
    sheets: [
      { name: 'Первый', rows: [row(1, [c('A1', 1), c('B1', 2)]), row(2, [c('A2', 3), c('B2', 4)])].join('') },
      { name: 'Второй', rows: [row(1, [c('A1', 5), c('B1', 6)])].join('') },
    ],
  });
  const refusal = (limits: ReadLimits, names: string[]): HostError | null => {
    try {
      new FastXlsx(book, 'книга.xlsx', limits).readGrids(names);
      return null;
    } catch (e) {
      return e as HostError;
    }
  };

  test('six cells pass a limit of six and fail a limit of five, naming the sheet where it was passed', () => {
    expect(refusal({ ...READ_LIMITS, cells: 6 }, ['Первый', 'Второй'])).toBeNull();
    const e = refusal({ ...READ_LIMITS, cells: 5 }, ['Первый', 'Второй']);
    expect(e).toBeInstanceOf(HostError);
    expect(e?.message).toContain('больше 5 заполненных ячеек');
    expect(e?.message).toContain('лист «Второй»');
  });

  test('three rows pass a limit of three and fail a limit of two', () => {
    expect(refusal({ ...READ_LIMITS, rows: 3 }, ['Первый', 'Второй'])).toBeNull();
    expect(refusal({ ...READ_LIMITS, rows: 2 }, ['Первый', 'Второй'])?.message).toContain('больше 2 заполненных строк');
  });

  test('each read counts afresh: reading one sheet twice is not twice the cells', () => {
    const reader = new FastXlsx(book, 'книга.xlsx', { ...READ_LIMITS, cells: 4 });
    reader.readGrids(['Первый']);
    expect(() => reader.readGrids(['Первый'])).not.toThrow();
  });
});
