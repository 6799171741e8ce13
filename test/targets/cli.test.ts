import { mkdtemp, readFile, rm } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { cliIn } from '../support/run-cli';
import { openXlsxFile } from '../../src/hosts/xlsx/xlsx-file';
import { SAMPLE_WORKBOOK_PATH } from '../../src/sample/sample-path';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'opora-targets-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const cli = cliIn(() => dir);

interface TargetsJson {
  year: number;
  schools: { name: string; municipality?: string; missing: { indicator: string; actual: number; target: number }[]; noData: string[] }[];
  district: { indicator: string; status: string }[];
}

describe('opora targets', () => {
  it('writes the JSON of the issue’s shape and the sheets into a copy, leaving the input alone', async () => {
    const before = await readFile(SAMPLE_WORKBOOK_PATH);
    const r = await cli('targets', SAMPLE_WORKBOOK_PATH, '--year', '2024', '--json', 'out.json', '--out', 'out.xlsx');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Контроль показателей 2024: школ в программе \d+, не достигли хотя бы одного показателя \d+/);
    expect(await readFile(SAMPLE_WORKBOOK_PATH)).toEqual(before);
    const json = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')) as TargetsJson;
    expect(json.year).toBe(2024);
    const missing = json.schools.filter((s) => s.missing.length > 0);
    expect(missing.length).toBeGreaterThan(0);
    for (const s of missing) for (const m of s.missing) expect(typeof m.indicator).toBe('string');
    // A missed «≥» target has an actual below its target.
    for (const s of json.schools) for (const m of s.missing) if (m.target > 1) expect(m.actual).toBeLessThan(m.target);
    expect(json.district.map((d) => d.indicator)).toContain('Межмуниципальный методический семинар: участников');
    const book = await openXlsxFile(join(dir, 'out.xlsx'));
    const names = (await book.listSheets()).map((s) => s.name);
    for (const n of ['Целевые показатели', 'Мониторинг показателей 2024', 'Мониторинг района 2024', 'Контроль показателей 2024', 'Результаты по годам']) expect(names).toContain(n);
  }, 60_000);

  it('at the intermediate stage checks only what is due by September', async () => {
    const r = await cli('targets', SAMPLE_WORKBOOK_PATH, '--stage', 'промежуточный', '--json', 'mid.json', '--out', 'mid.xlsx');
    expect(r.code).toBe(0);
    const json = JSON.parse(await readFile(join(dir, 'mid.json'), 'utf8')) as TargetsJson & { stage: string; counts: { id: string }[] };
    expect(json.stage).toBe('intermediate');
    expect(json.counts.map((c) => c.id)).toEqual(['programme', 'agreement']);
    expect((await cli('targets', SAMPLE_WORKBOOK_PATH, '--stage', 'летний')).err).toMatch(/допустимы входной, промежуточный, итоговый/);
  }, 60_000);

  it('refuses a year that is not four digits, in Russian', async () => {
    const r = await cli('targets', SAMPLE_WORKBOOK_PATH, '--year', '24');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/укажите год четырьмя цифрами/);
  });
});
