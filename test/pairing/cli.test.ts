import { mkdtemp, readFile, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { readXlsxGrids } from '../../src/hosts/xlsx/read-grids';
import { districtBook } from './district';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'opora-pair-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const cli = async (...argv: string[]) => {
  const out: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => out.push(t), cwd: dir };
  return { code: await runCli(argv, io), out: out.join('\n') };
};

describe('opora pair', () => {
  test('writes the sheet into a copy and the JSON of the issue’s shape; the input file is untouched', async () => {
    const book = join(dir, 'district.xlsx');
    const bytes = await (await districtBook()).toBuffer();
    await writeFile(book, bytes);
    const { code, out } = await cli('pair', 'district.xlsx', '--json', 'pairs.json', '--out', 'out.xlsx');
    expect(code).toBe(0);
    expect(out).toMatch(/пар \d+/);
    expect(Buffer.compare(await readFile(book), Buffer.from(bytes))).toBe(0);
    const json = JSON.parse(await readFile(join(dir, 'pairs.json'), 'utf8'));
    expect(json.year).toBe(2024);
    expect(json.pairs.length).toBeGreaterThan(0);
    for (const p of json.pairs) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['school', 'municipality', 'partner', 'partnerMunicipality', 'subjects', 'grades', 'distanceKm']));
      expect(p.grades).toMatch(/^(1-4|5-9|10-11)(, (5-9|10-11))*$/);
      expect(typeof p.distanceKm).toBe('number');
    }
    expect(Array.isArray(json.uncovered)).toBe(true);
    const sheets = (await readXlsxGrids(join(dir, 'out.xlsx'))).map((g) => g.sheet);
    expect(sheets).toContain('Сетевое партнёрство 2024');
  });

  test('a missing book is a Russian message, not a stack trace', async () => {
    const { code, out } = await cli('pair');
    expect(code).not.toBe(0);
    expect(out).toMatch(/Укажите книгу/);
  });
});
