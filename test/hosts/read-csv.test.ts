import { MOSCOW_REGISTRY_CSV, MOSCOW_RESULTS_CSV } from '../support/real-data';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { csvToGrid, decodeCsvBytes, detectDelimiter } from '../../src/hosts/csv/parse-csv';
import { readCsvGrid } from '../../src/hosts/csv/read-csv';

const dir = mkdtempSync(join(tmpdir(), 'opora-csv-'));

describe('detectDelimiter', () => {
  test.each([
    ['a;b;c\n1;2;3', ';'],
    ['a,b,c\n1,2,3', ','],
    ['a\tb\tc\n1\t2\t3', '\t'],
    ['"x,y,z";b\n"1,5";2', ';'], // commas inside quotes do not count
  ])('%j -> %j', (text, expected) => expect(detectDelimiter(text)).toBe(expected));
});

describe('csvToGrid', () => {
  test('quoted fields keep delimiters, doubled quotes and line breaks', () => {
    const g = csvToGrid('name;note\r\n"Школа ""Гармония""";"a;b\nc"\r\n', 's');
    expect(g.values).toEqual([
      ['name', 'note'],
      ['Школа "Гармония"', 'a;b\nc'],
    ]);
  });

  test('numbers stay strings, empty fields are null, rows are padded and trailing blanks dropped', () => {
    const g = csvToGrid('\ufeffa,b,c,\n3.5,,1 234,\n7\n\n', 'Лист');
    expect(g).toEqual({
      sheet: 'Лист',
      values: [
        ['a', 'b', 'c'],
        ['3.5', null, '1 234'],
        ['7', null, null],
      ],
      merges: [],
    });
  });

  test('a formula-looking field stays plain text', () => {
    expect(csvToGrid('a\n=SUM(A1)\n', 's').values[1][0]).toBe('=SUM(A1)');
  });
});

describe('decodeCsvBytes', () => {
  test('UTF-8 with a BOM', () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Школа')]))).toBe('Школа');
  });
  test('bytes that are not UTF-8 are read as Windows-1251', () => {
    expect(decodeCsvBytes(new Uint8Array([0xd8, 0xea, 0xee, 0xeb, 0xe0]))).toBe('Школа');
  });
});

describe('readCsvGrid', () => {
  test('names the grid after the file unless told otherwise', async () => {
    const p = join(dir, 'schools.csv');
    writeFileSync(p, 'a\tb\n1\t2\n');
    expect((await readCsvGrid(p)).sheet).toBe('schools');
    expect((await readCsvGrid(p, 'Школы')).values).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('reads the real Moscow open-data export (semicolons, quotes, BOM-less UTF-8)', async () => {
    const g = await readCsvGrid(MOSCOW_RESULTS_CSV);
    expect(g.values[0].slice(0, 4)).toEqual(['signature_date', 'system_object_id', 'global_id', 'ID']);
    expect(g.values.length).toBe(627);
    expect(g.values.every((r) => r.length === g.values[0].length)).toBe(true);
  });

  test('reads the registry whose lines end with a delimiter and whose header has a BOM', async () => {
    const g = await readCsvGrid(MOSCOW_REGISTRY_CSV);
    expect(g.values[0][0]).toBe('ROWNUM');
    expect(g.values[0][g.values[0].length - 1]).toBe('global_id');
    expect(g.values[1][12]).toBe('37,205531');
  });
});
