import { EAO_WORKBOOK } from '../support/real-data';
import { execFile } from 'child_process';
import { createHash } from 'crypto';
import { mkdtemp, readFile, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { promisify } from 'util';
import { cliIn } from '../support/run-cli';
import { CRITERION_CODES } from '../../src/domain';
import { readXlsxGrids } from '../../src/hosts/xlsx/read-grids';
import { SAMPLE_WORKBOOK_PATH } from '../../src/sample/sample-path';

const EAO = EAO_WORKBOOK;
const REPO = resolve(__dirname, '../..');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'opora-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const cli = cliIn(() => dir);

const sha = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

interface CliJson {
  years: number[];
  schools: { name: string; municipality: string | null; year: number; groups: string[]; stable: boolean; criteria: { code: string; value: unknown; threshold: unknown }[] }[];
  teachers: { code: string }[];
  problems: { sheet: string; row?: number; column?: string; message: string }[];
  notEvaluated: { code: string }[];
}

const expectContractShape = (json: CliJson) => {
  expect(json.years.length).toBeGreaterThan(0);
  const keys = json.schools.map((s) => `${s.name}|${s.year}`);
  expect(new Set(keys).size).toBe(keys.length);
  const names = new Set(json.schools.map((s) => s.name));
  expect(json.schools).toHaveLength(names.size * json.years.length);
  for (const s of json.schools) {
    expect(s.name).toBe(s.name.trim());
    expect(json.years).toContain(s.year);
    for (const g of s.groups) expect(['ШНОР', 'ШНСУ']).toContain(g);
    expect(typeof s.stable).toBe('boolean');
    for (const c of s.criteria) {
      expect(CRITERION_CODES).toContain(c.code);
      expect(c).toHaveProperty('value');
      expect(c).toHaveProperty('threshold');
    }
  }
  for (const t of json.teachers) expect(t.code).toMatch(/^T\d(\.\d)?$/);
  for (const p of json.problems) {
    expect(typeof p.sheet).toBe('string');
    expect(p.message).toMatch(/[а-яё]/i);
    if (p.column !== undefined) expect(p.column).toMatch(/^[A-Z]+$/);
    if (p.row !== undefined) expect(Number.isInteger(p.row)).toBe(true);
  }
};

describe('opora inspect', () => {
  it('without arguments reports on the bundled sample, every sheet, in Russian', async () => {
    const { code, out } = await cli('inspect');
    expect(code).toBe(0);
    expect(out).toContain('Встроенный пример книги');
    for (const g of await readXlsxGrids(SAMPLE_WORKBOOK_PATH)) expect(out).toContain(`Лист «${g.sheet}»`);
    expect(out).toMatch(/строка \d+, столбец I: В ячейке ошибка Excel #DIV\/0!/);
  });

  it('reads a real committee workbook', async () => {
    const { code, out } = await cli('inspect', EAO);
    expect(code).toBe(0);
    expect(out).toContain('Лист «2023» — результаты, ЕГЭ');
  });
});

describe('opora identify', () => {
  it('writes the JSON contract for the sample: one entry per school and year, codes, problems with places', async () => {
    const before = await sha(SAMPLE_WORKBOOK_PATH);
    const { code, err } = await cli('identify', SAMPLE_WORKBOOK_PATH, '--json', 'sample.json');
    expect(code).toBe(0);
    expect(err).toContain('2024: школ 30');
    const json = JSON.parse(await readFile(join(dir, 'sample.json'), 'utf8')) as CliJson;
    expect(json.years).toEqual([2022, 2023, 2024]);
    expectContractShape(json);
    expect(json.schools.some((s) => s.groups.includes('ШНОР') && s.stable)).toBe(true);
    expect(json.teachers.length).toBeGreaterThan(0);
    expect(json.problems.some((p) => p.row !== undefined && p.column !== undefined)).toBe(true);
    expect(await sha(SAMPLE_WORKBOOK_PATH)).toBe(before);
  });

  it('on the EAO results-only workbook evaluates R1/R2 only and says which criteria lacked data', async () => {
    const before = await sha(EAO);
    const { code, out, err } = await cli('identify', EAO);
    expect(code).toBe(0);
    const json = JSON.parse(out) as CliJson;
    expect(json.years).toEqual([2022, 2023]);
    expectContractShape(json);
    const codes = new Set(json.schools.flatMap((s) => s.criteria.map((c) => c.code)));
    expect([...codes].every((c) => c === 'R1' || c === 'R2')).toBe(true);
    expect(json.notEvaluated.map((n) => n.code)).toEqual(expect.arrayContaining(['R3', 'S1', 'S2', 'S3', 'T1']));
    expect(err).toContain('S1 не оценивался');
    expect(await sha(EAO)).toBe(before);
  });

  it('--out writes a copy holding every input sheet; the input file is left as it was', async () => {
    const before = await sha(EAO);
    const { code } = await cli('identify', EAO, '--json', 'eao.json', '--out', 'eao-copy.xlsx');
    expect(code).toBe(0);
    const copy = (await readXlsxGrids(join(dir, 'eao-copy.xlsx'))).map((g) => g.sheet);
    expect(copy).toEqual(expect.arrayContaining((await readXlsxGrids(EAO)).map((g) => g.sheet)));
    expect(await sha(EAO)).toBe(before);
  });

  it('--year limits the entries to that year; --settings switches criteria off', async () => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ criteria: { R1: false } }));
    const { code, out } = await cli('identify', EAO, '--year', '2023', '--settings', 'settings.json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as CliJson;
    expect(new Set(json.schools.map((s) => s.year))).toEqual(new Set([2023]));
    expect(json.schools.flatMap((s) => s.criteria.map((c) => c.code))).not.toContain('R1');
  });

  it.each([
    [['identify', 'нет-такого.xlsx'], 'не найден'],
    [['identify'], 'Укажите книгу'],
    [['identify', EAO, '--year', '23'], 'четырьмя цифрами'],
    [['identify', EAO, '--lang', 'de'], 'ru или en'],
    [['identify', EAO, '--json'], 'укажите значение'],
    [['identify', EAO, '--unknown'], 'Неизвестный параметр «--unknown»'],
    [['identify', EAO, '--out', EAO], 'не изменяет исходный файл'],
    [['identify', EAO, '--settings', 'broken.json'], 'не JSON'],
    [['identify', EAO, '--settings', 'wrong.json'], 'неверные значения'],
    [['frobnicate'], 'Неизвестная команда'],
  ])('%j is a user error (exit 1) with a Russian message', async (argv, message) => {
    await writeFile(join(dir, 'broken.json'), '{criteria:');
    await writeFile(join(dir, 'wrong.json'), JSON.stringify({ gapThreshold: 'много' }));
    const { code, err } = await cli(...argv);
    expect(code).toBe(1);
    expect(err).toContain(message);
  });

  it('a file that is not a workbook is the user’s error, not a crash', async () => {
    await writeFile(join(dir, 'text.xlsx'), 'просто текст');
    const { code, err } = await cli('inspect', 'text.xlsx');
    expect(code).toBe(1);
    expect(err).toContain('не является книгой Excel');
  });
});

describe('opora help and launcher', () => {
  it('prints Russian help for the tool and for each command', async () => {
    const all = await cli('--help');
    expect(all.code).toBe(0);
    for (const c of ['inspect', 'identify', 'sample']) expect(all.out).toContain(`  ${c} `);
    const one = await cli('identify', '--help');
    expect(one.code).toBe(0);
    expect(one.out).toContain('--settings <файл.json>');
    expect((await cli()).code).toBe(1);
  });

  it('bin/opora.js runs from another directory and returns the exit codes', async () => {
    const run = promisify(execFile);
    const ok = await run('node', [join(REPO, 'bin/opora.js'), '--help'], { cwd: dir });
    expect(ok.stdout).toContain('Использование: opora <команда>');
    await expect(run('node', [join(REPO, 'bin/opora.js'), 'inspect', 'нет.xlsx'], { cwd: dir })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Файл «нет.xlsx» не найден'),
    });
  });
});
