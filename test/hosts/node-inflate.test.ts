import { readFileSync, readdirSync } from 'fs';
import { join, resolve } from 'path';
import { HostError } from '../../src/hosts/host-error';
import { READ_LIMITS } from '../../src/hosts/xlsx/fast/limits';
import { FastXlsx } from '../../src/hosts/xlsx/fast/read-book';
import { ZipArchive } from '../../src/hosts/xlsx/fast/zip';
import { nodeInflate } from '../../src/hosts/xlsx/node-inflate';
import { buildScaledResultGrids } from '../../src/sample/scaled';
import { gridsToWorkbook } from '../../src/sample/write-sample';
import { REAL_DATA_DIR } from '../support/real-data';
import { zipBomb } from '../support/hostile-xlsx';

/** The direct reader with Node's zlib (the CLI's) and with fflate (the browser's) read the same. */

const grids = (bytes: Uint8Array, inflate?: typeof nodeInflate) => {
  const book = new FastXlsx(bytes, 'книга.xlsx', READ_LIMITS, inflate);
  return book.readGrids(book.sheets.map((s) => s.name));
};

const refusal = (read: () => unknown): string => {
  try {
    read();
  } catch (e) {
    expect(e).toBeInstanceOf(HostError);
    return (e as HostError).message;
  }
  throw new Error('not refused');
};

describe("Node's inflater gives the grids fflate gives", () => {
  const files = [
    ...readdirSync(REAL_DATA_DIR)
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => join(REAL_DATA_DIR, f)),
    resolve(__dirname, '../../assets/sample/opora-sample.xlsx'),
  ];
  test.each(files)('%s', (file) => {
    const bytes = new Uint8Array(readFileSync(file));
    expect(grids(bytes, nodeInflate)).toEqual(grids(bytes));
  });

  test('a generated book of 2,000 schools × 3 years', async () => {
    const bytes = new Uint8Array((await (await gridsToWorkbook(buildScaledResultGrids(2000))).toBuffer()) as Uint8Array);
    expect(grids(bytes, nodeInflate)).toEqual(grids(bytes));
  }, 60_000);
});

describe('limits and damage are reported as without it', () => {
  test('a zip bomb whose directory lies about its size is stopped at the unpacked limit, the same message', () => {
    const bomb = zipBomb(80, false);
    const limits = { ...READ_LIMITS, decompressedBytes: 64 * 1024 * 1024 };
    const [sheet] = new FastXlsx(bomb, 'книга.xlsx').sheets;
    const read = (inflate?: typeof nodeInflate) => refusal(() => new FastXlsx(bomb, 'книга.xlsx', limits, inflate).readGrids([sheet.name]));
    expect(read(nodeInflate)).toBe(read());
    expect(read(nodeInflate)).toContain('64 МБ');
  });

  test('an entry larger than the bytes still allowed is left to the streaming inflater', () => {
    let asked = 0;
    const counting = (data: Uint8Array, max: number) => {
      asked = max;
      return nodeInflate(data, max);
    };
    const bomb = zipBomb(8, true);
    const size = (zip: ZipArchive) => {
      let seen = 0;
      zip.unpack('xl/worksheets/sheet1.xml', (chunk) => (seen += chunk.length), 1024);
      return seen;
    };
    const streamed = size(new ZipArchive(bomb));
    expect(size(new ZipArchive(bomb, counting))).toBe(streamed);
    expect(asked).toBe(1024);
    expect(streamed).toBeGreaterThan(8 * 1024 * 1024);
  });

  test('damaged deflate data: the same message, or the same grids, as the streaming inflater gives', () => {
    const bytes = new Uint8Array(readFileSync(resolve(__dirname, '../../assets/sample/opora-sample.xlsx')));
    const names = new FastXlsx(bytes, 'книга.xlsx').sheets.map((s) => s.name);
    const outcome = (damaged: Uint8Array, inflate?: typeof nodeInflate): string => {
      try {
        return JSON.stringify(new FastXlsx(damaged, 'книга.xlsx', READ_LIMITS, inflate).readGrids(names));
      } catch (e) {
        expect(e).toBeInstanceOf(HostError);
        return (e as HostError).message;
      }
    };
    let refused = 0;
    // Sixteen bytes flipped at points spread over the archive (its directory at the end left whole).
    for (let k = 1; k <= 12; k++) {
      const damaged = bytes.slice();
      const at = Math.floor(((bytes.length * 0.8) / 13) * k);
      for (let i = 0; i < 16; i++) damaged[at + i] ^= 0xa5;
      const fromFflate = outcome(damaged);
      expect(outcome(damaged, nodeInflate)).toBe(fromFflate);
      if (!fromFflate.startsWith('[')) refused++;
    }
    expect(refused).toBeGreaterThan(0);
  });
});
