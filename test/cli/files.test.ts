/** The CLI on CSV files and on several files at once, and what it says about saving. */
import { existsSync } from 'fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { SAMPLE_WORKBOOK_PATH } from '../../src/sample/sample-path';
import { runCliIn } from '../support/run-cli';
import { encodeCp1251, gridToCsv } from '../support/csv-export';
import { EAO_WORKBOOK, MOSCOW_REGISTRY_CSV, MOSCOW_RESULTS_CSV } from '../support/real-data';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'opora-cli-files-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCliIn(dir, argv);

interface CliJson {
  schools: { name: string; year: number; groups: string[] }[];
  notEvaluated: { code: string }[];
}

describe('opora on CSV and several files', () => {
  it('identifies a results CSV (Windows-1251, «;», decimal commas) read together with a registry workbook, as the same sheets in one book do', async () => {
    const sample = await XlsxWorkbook.fromBuffer(await readFile(SAMPLE_WORKBOOK_PATH));
    const [results, registry] = await sample.readGrids(['Результаты ЕГЭ 2024', 'Школы']);
    await writeFile(join(dir, 'Результаты ЕГЭ 2024.csv'), encodeCp1251(gridToCsv(results, ';', true)));
    const registryBook = XlsxWorkbook.empty();
    await registryBook.writeGridSheet(registry);
    await writeFile(join(dir, 'Реестр.xlsx'), await registryBook.toBuffer());
    const together = XlsxWorkbook.empty();
    await together.writeGridSheet(results);
    await together.writeGridSheet(registry);
    await writeFile(join(dir, 'together.xlsx'), await together.toBuffer());

    const split = await cli('identify', 'Результаты ЕГЭ 2024.csv', 'Реестр.xlsx', '--json', 'split.json');
    const whole = await cli('identify', 'together.xlsx', '--json', 'whole.json');
    expect(split.code).toBe(0);
    const flagged = (j: CliJson) => j.schools.filter((s) => s.groups.length > 0).map((s) => `${s.year}|${s.name}|${s.groups}`).sort();
    const a = JSON.parse(await readFile(join(dir, 'split.json'), 'utf8')) as CliJson;
    const b = JSON.parse(await readFile(join(dir, 'whole.json'), 'utf8')) as CliJson;
    expect(flagged(a).length).toBeGreaterThan(0);
    expect(flagged(a)).toEqual(flagged(b));
    expect(whole.code).toBe(0);
  });

  it('inspects the real Moscow results and registry CSVs as one book', async () => {
    const { code, out } = await cli('inspect', MOSCOW_RESULTS_CSV, MOSCOW_REGISTRY_CSV);
    expect(code).toBe(0);
    expect(out).toContain('Лист «moscow_ege_by_school_2015-2016» — результаты');
    expect(out).toMatch(/Лист «moscow_schools_registry[^»]*» — реестр школ/);
  });

  it('identify says the sheets were not saved without --out, and where they were saved with it', async () => {
    const without = await cli('identify', EAO_WORKBOOK, '--json', 'a.json');
    expect(without.err).not.toMatch(/записан|Сохранено/);
    expect(without.err).toContain('--out');
    const saved = await cli('identify', EAO_WORKBOOK, '--json', 'b.json', '--out', 'eao-copy.xlsx');
    expect(saved.err).toContain(`Сохранено (исходные файлы не изменены): ${join(dir, 'eao-copy.xlsx')}`);
    expect(saved.err).toContain('«Идентификация 2023»');
    expect(saved.err.indexOf('«Идентификация 2023»')).toBeLessThan(saved.err.indexOf('Сохранено'));
    expect(existsSync(join(dir, 'eao-copy.xlsx'))).toBe(true);
  });

  it('roadmap and demo without --out save «<книга>.opora.xlsx» beside the first file, also for a CSV', async () => {
    await copyFile(EAO_WORKBOOK, join(dir, 'eao.xlsx'));
    const roadmap = await cli('roadmap', 'eao.xlsx');
    expect(roadmap.code).toBe(0);
    expect(roadmap.out).toContain(`Сохранено: ${join(dir, 'eao.opora.xlsx')}`);
    const demo = await cli('demo', 'Результаты ЕГЭ 2024.csv', 'Реестр.xlsx');
    expect(demo.code).toBe(0);
    expect(demo.out).toContain(join(dir, 'Результаты ЕГЭ 2024.opora.xlsx'));
    expect(existsSync(join(dir, 'Результаты ЕГЭ 2024.opora.xlsx'))).toBe(true);
  });
});
