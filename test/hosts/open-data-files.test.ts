import { readFileSync } from 'fs';
import { runIdentification } from '../../src/app/identify';
import { bookBaseName, openDataFiles, oporaFileName } from '../../src/hosts/files/open-data-files';
import { isHostError } from '../../src/hosts/host-error';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { SAMPLE_WORKBOOK_PATH } from '../../src/sample/sample-path';
import { MOSCOW_REGISTRY_CSV, MOSCOW_RESULTS_CSV } from '../support/real-data';
import { encodeCp1251, gridToCsv } from '../support/csv-export';

const flaggedOf = async (book: XlsxWorkbook) => {
  const { result } = await runIdentification(book, {});
  return result.schools
    .filter((s) => s.groups.length > 0)
    .map((s) => `${s.year}|${s.name}|${s.groups.join('+')}|${s.findings.filter((f) => f.flagged).map((f) => f.code).join(',')}`)
    .sort();
};

describe('openDataFiles: .xlsx and .csv files as one dataset', () => {
  let sample: XlsxWorkbook;
  let sheets: string[];
  beforeAll(async () => {
    sample = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_WORKBOOK_PATH));
    sheets = (await sample.listSheets()).filter((s) => s.visible).map((s) => s.name);
  });

  it('the sample split into CSV files (Windows-1251, «;», decimal commas) and a registry workbook identifies the same schools', async () => {
    const grids = await sample.readGrids(sheets);
    const registry = XlsxWorkbook.empty();
    const files = [];
    for (const grid of grids) {
      if (grid.sheet === 'Школы') {
        await registry.writeGridSheet(grid);
        continue;
      }
      files.push({ name: `${grid.sheet}.csv`, data: encodeCp1251(gridToCsv(grid, ';', true)) });
    }
    files.push({ name: 'Реестр.xlsx', data: await registry.toBuffer() });
    const combined = await openDataFiles(files);
    expect((await combined.listSheets()).map((s) => s.name).sort()).toEqual([...sheets].sort());
    const expected = await flaggedOf(await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_WORKBOOK_PATH)));
    expect(expected.length).toBeGreaterThan(0);
    expect(await flaggedOf(combined)).toEqual(expected);
  });

  it('UTF-8 with «,» and decimal points reads the same numbers as Windows-1251 with «;» and decimal commas', async () => {
    const [grid] = await sample.readGrids(['Результаты ЕГЭ 2023']);
    const a = await openDataFiles([{ name: 'a.csv', data: new TextEncoder().encode(gridToCsv(grid, ',', false)) }]);
    const b = await openDataFiles([{ name: 'a.csv', data: encodeCp1251(gridToCsv(grid, ';', true)) }]);
    expect(await flaggedOf(a)).toEqual(await flaggedOf(b));
    const { result } = await runIdentification(a, {});
    expect(result.schools.length).toBeGreaterThan(0);
  });

  it('the real Moscow results and registry CSVs open together, each file its own sheet with an Excel-valid name', async () => {
    const book = await openDataFiles([
      { name: 'moscow_ege_by_school_2015-2016.csv', data: readFileSync(MOSCOW_RESULTS_CSV) },
      { name: 'moscow_schools_registry_2013_coords.csv', data: readFileSync(MOSCOW_REGISTRY_CSV) },
    ]);
    const names = (await book.listSheets()).map((s) => s.name);
    expect(names).toHaveLength(2);
    expect(names[0]).toBe('moscow_ege_by_school_2015-2016');
    expect(names[1].length).toBeLessThanOrEqual(31);
    expect(names[1].startsWith('moscow_schools_registry')).toBe(true);
    const { result } = await runIdentification(book, {});
    expect(result.notEvaluated.map((n) => n.code)).toContain('R1'); // no average scores in that export: said, not hidden
  });

  it('two files with the same name get distinct sheets', async () => {
    const csv = new TextEncoder().encode('Школа;Выпускников\nСОШ № 1;10\n');
    const book = await openDataFiles([
      { name: 'x.csv', data: csv },
      { name: 'x.csv', data: csv },
    ]);
    expect((await book.listSheets()).map((s) => s.name)).toEqual(['x', 'x (2)']);
  });

  it('an empty CSV and a file that is neither a workbook nor a CSV name the file', async () => {
    const fail = async (name: string, data: Uint8Array) => {
      try {
        await openDataFiles([{ name, data }]);
      } catch (e) {
        return isHostError(e) ? e.message : `not a HostError: ${String(e)}`;
      }
      return 'no error';
    };
    expect(await fail('пусто.csv', new Uint8Array())).toContain('«пусто.csv»');
    expect(await fail('книга.xlsx', new TextEncoder().encode('просто текст'))).toContain('«книга.xlsx»');
  });

  it('names every saved result «<книга>.opora.xlsx»', () => {
    expect(oporaFileName('Результаты 2023.csv')).toBe('Результаты 2023.opora.xlsx');
    expect(oporaFileName('книга.xlsx')).toBe('книга.opora.xlsx');
    expect(oporaFileName('книга.opora.xlsx')).toBe('книга.opora.xlsx');
    expect(bookBaseName('отчёт.v2.CSV')).toBe('отчёт.v2');
  });
});
