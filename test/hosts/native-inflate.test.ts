import { readFileSync, readdirSync } from 'fs';
import { join, resolve } from 'path';
import { HostError } from '../../src/hosts/host-error';
import { READ_LIMITS, type ReadLimits } from '../../src/hosts/xlsx/fast/limits';
import { nativeStreamInflater } from '../../src/hosts/xlsx/fast/native-inflate';
import { FastXlsx } from '../../src/hosts/xlsx/fast/read-book';
import { buildScaledResultGrids } from '../../src/sample/scaled';
import { gridsToWorkbook } from '../../src/sample/write-sample';
import { REAL_DATA_DIR } from '../support/real-data';
import { zipBomb } from '../support/hostile-xlsx';
import { buildXlsx, c, row } from '../support/xlsx-corpus';

/**
 * The browser's read (read(): the platform's DecompressionStream, as Node has it too) against the
 * synchronous read with fflate (readGrids()): the same grids, the same limits, the same damage reports.
 */

const SAMPLE = resolve(__dirname, '../../assets/sample/opora-sample.xlsx');

/** What a read gives: the grids as JSON, or the message it was refused with. */
const outcome = async (read: () => unknown): Promise<string> => {
  try {
    return JSON.stringify(await read());
  } catch (e) {
    expect(e).toBeInstanceOf(HostError);
    return (e as HostError).message;
  }
};

const both = async (bytes: Uint8Array, limits: ReadLimits = READ_LIMITS, names?: string[]) => {
  const sheets = names ?? new FastXlsx(bytes, 'книга.xlsx').sheets.map((s) => s.name);
  return {
    native: await outcome(() => new FastXlsx(bytes, 'книга.xlsx', limits).read(sheets)),
    fflate: await outcome(() => new FastXlsx(bytes, 'книга.xlsx', limits).readGrids(sheets)),
  };
};

test('the platform here has the native inflater (else read() would only repeat readGrids())', () => {
  expect(nativeStreamInflater()).not.toBeNull();
});

describe('the same grids as fflate', () => {
  const files = [
    ...readdirSync(REAL_DATA_DIR)
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => join(REAL_DATA_DIR, f)),
    SAMPLE,
  ];
  test.each(files)('%s', async (file) => {
    const { native, fflate } = await both(new Uint8Array(readFileSync(file)));
    expect(native.startsWith('[')).toBe(true);
    expect(native).toBe(fflate);
  });

  test('a generated book of 2,000 schools × 3 years, and a stored (uncompressed) one', async () => {
    const generated = new Uint8Array((await (await gridsToWorkbook(buildScaledResultGrids(2000))).toBuffer()) as Uint8Array);
    const stored = buildXlsx({ sharedStrings: ['Школа'], sheets: [{ name: 'Лист', rows: row(1, [c('A1', 0, { t: 's' }), c('B1', 2.5)]) }], level: 0 });
    for (const bytes of [generated, stored]) {
      const { native, fflate } = await both(bytes);
      expect(native).toBe(fflate);
    }
  }, 60_000);

  test('a second read of the same book (shared strings kept) gives the same grids again', async () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const book = new FastXlsx(bytes, 'книга.xlsx');
    const names = book.sheets.map((s) => s.name);
    const first = JSON.stringify(await book.read(names));
    expect(JSON.stringify(await book.read(names.slice().reverse()))).toBe(JSON.stringify(JSON.parse(first).reverse()));
  });
});

describe('limits and damage are reported as by fflate', () => {
  test('a zip bomb whose directory lies about its size is stopped at the unpacked limit, the same message', async () => {
    const { native, fflate } = await both(zipBomb(80, false), { ...READ_LIMITS, decompressedBytes: 64 * 1024 * 1024 });
    expect(native).toContain('64 МБ');
    expect(native).toBe(fflate);
  });

  test('cells and rows counted over the sheets read together: the same message, naming the same sheet', async () => {
    const book = buildXlsx({
      sheets: [
        { name: 'Первый', rows: [row(1, [c('A1', 1), c('B1', 2)]), row(2, [c('A2', 3), c('B2', 4)])].join('') },
        { name: 'Второй', rows: [row(1, [c('A1', 5), c('B1', 6)])].join('') },
      ],
    });
    for (const limits of [{ cells: 6 }, { cells: 5 }, { rows: 3 }, { rows: 2 }]) {
      const { native, fflate } = await both(book, { ...READ_LIMITS, ...limits });
      expect(native).toBe(fflate);
    }
    expect((await both(book, { ...READ_LIMITS, cells: 5 })).native).toContain('лист «Второй»');
  });

  test('damaged deflate data: the same message, or the same grids', async () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    let refused = 0;
    // Sixteen bytes flipped at points spread over the archive (its directory at the end left whole).
    for (let k = 1; k <= 12; k++) {
      const damaged = bytes.slice();
      const at = Math.floor(((bytes.length * 0.8) / 13) * k);
      for (let i = 0; i < 16; i++) damaged[at + i] ^= 0xa5;
      const { native, fflate } = await both(damaged);
      expect(native).toBe(fflate);
      if (!fflate.startsWith('[')) refused++;
    }
    expect(refused).toBeGreaterThan(0);
  });

  test('a sheet missing from the book: the same message', async () => {
    const { native, fflate } = await both(new Uint8Array(readFileSync(SAMPLE)), READ_LIMITS, ['Нет такого листа']);
    expect(native).toBe(fflate);
    expect(native).toContain('Нет такого листа');
  });
});

test('without DecompressionStream (an old webview) read() reads with fflate', async () => {
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  const saved = globalThis.DecompressionStream;
  try {
    (globalThis as { DecompressionStream?: unknown }).DecompressionStream = undefined;
    expect(nativeStreamInflater()).toBeNull();
    const { native, fflate } = await both(bytes);
    expect(native).toBe(fflate);
  } finally {
    globalThis.DecompressionStream = saved;
  }
});
