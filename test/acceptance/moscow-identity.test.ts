import { readCsvGrid } from '../../src/hosts/csv/read-csv';
import type { Grid } from '../../src/grid/grid';
import { cellText, readWorkbook, type ReadResult } from '../../src/tables';
import { MOSCOW_REGISTRY_CSV, MOSCOW_RESULTS_CSV } from '../support/real-data';

/**
 * Acceptance on Moscow open data: the ЕГЭ results of 2015/16 and the 2013 register of schools join by
 * identity (district + name), and every results school that does not join is listed with the reason.
 * The check of each join is made here from the raw texts: same district (without «район») and same school number.
 */

let read: ReadResult;
let results: Grid;
beforeAll(async () => {
  results = await readCsvGrid(MOSCOW_RESULTS_CSV);
  read = readWorkbook([await readCsvGrid(MOSCOW_REGISTRY_CSV), results]);
});

const districtOf = (text: string) => text.toLowerCase().replace(/ё/g, 'е').replace(/район/g, '').replace(/\s+/g, ' ').trim();
const numberOf = (text: string) => /№\s*(\d+)/.exec(text)?.[1];

describe('Moscow results and registry', () => {
  const resultsSheet = 'moscow_ege_by_school_2015-2016';
  const registrySheet = 'moscow_schools_registry_2013_coords';
  /** The results file's school rows (the file has one school per row, below its header). */
  const resultRows = () => read.sheets.find((s) => s.sheet === resultsSheet)!;
  const registryByKey = () => new Map(read.dataset.schools.filter((s) => s.source?.sheet === registrySheet).map((s) => [s.key, s]));
  const rowsOfResults = () => Array.from({ length: 626 }, (_, i) => i + 2);

  it('every results school either joins a registry school or is listed as not joined, with the reason and its row', () => {
    expect(resultRows().schools).toBe(626);
    const registry = registryByKey();
    const unjoinedRows = new Set(read.identity.unjoined.flatMap((u) => u.variant.sources.filter((s) => s.sheet === resultsSheet).map((s) => s.row)));
    expect(read.identity.unjoined.every((u) => u.text.length > 20 && u.textEn.length > 20)).toBe(true);
    let joined = 0;
    for (const row of rowsOfResults()) {
      const key = read.identity.keyOfRow(resultsSheet, row);
      expect(key).toBeDefined();
      if (registry.has(key!)) joined++;
      else expect([row, unjoinedRows.has(row)]).toEqual([row, true]);
    }
    expect(joined + unjoinedRows.size).toBe(626);
  });

  it('each join is the same district and the same school number in both files', () => {
    const registry = registryByKey();
    let joined = 0;
    for (const row of rowsOfResults()) {
      const key = read.identity.keyOfRow(resultsSheet, row)!;
      const reg = registry.get(key);
      if (!reg) continue;
      joined++;
      const cells = results.values[row - 1];
      const [district, name] = [cellText(cells[5]), cellText(cells[6])];
      expect([row, numberOf(reg.name)]).toEqual([row, numberOf(name)]);
      const same = (d: string) => districtOf(d).split(' ').sort().join(' ');
      expect([row, same(reg.municipality!)]).toEqual([row, same(district)]);
    }
    expect(joined).toBeGreaterThan(150);
  });
});
