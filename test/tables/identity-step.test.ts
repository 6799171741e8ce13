import { emptyDataset, type Dataset, type OlympiadRecord, type School } from '../../src/domain/records';
import { applyIdentities } from '../../src/tables/identity';
import type { SheetReport } from '../../src/tables/sheet-read-result';

/**
 * The identity step works per run of consecutive rows and per distinct text, not per row: these tests hold
 * that what it remembers is keyed finely enough (rows that identity tells apart stay apart however they come)
 * and that every row still gets its own school's key.
 */

const report = (sheet: string, kind: SheetReport['kind']): SheetReport => ({ sheet, kind, headerRows: [1], fields: [{ column: 'B', path: 'Школа', field: 'school' }], years: [], schools: 0, subtotalRows: [] });

interface Row {
  sheet: string;
  row: number;
  name: string;
  municipality?: string;
  code?: string;
  year?: number;
}

/** A dataset as the reader hands it over: one School per row read, and one olympiad record per row. */
const datasetOf = (rows: Row[]): Dataset => {
  const dataset = emptyDataset();
  for (const r of rows) {
    const source = { sheet: r.sheet, row: r.row };
    const school: School = { key: r.name, name: r.name, source, ...(r.municipality ? { municipality: r.municipality } : {}), ...(r.code ? { code: r.code } : {}), ...(r.year ? { year: r.year } : {}) };
    dataset.schools.push(school);
    if (r.year) dataset.olympiads.push({ schoolKey: r.name, schoolName: r.name, year: r.year, participants: r.row, source } satisfies OlympiadRecord);
  }
  return dataset;
};

const step = (rows: Row[], reports = [report('Олимпиады', 'olympiads')]) => {
  const dataset = datasetOf(rows);
  const identity = applyIdentities(dataset, reports);
  const keyOf = (r: Row) => identity.keyOfRow(r.sheet, r.row);
  return { dataset, identity, keyOf };
};

describe('the identity step', () => {
  it.each([
    ['the code', { code: '111' }, { code: '222' }],
    ['the municipality', { municipality: 'Белозерский район' }, { municipality: 'Бабаевский район' }],
    ['the number', { name: 'МБОУ СОШ №11' }, { name: 'МБОУ СОШ №1' }],
  ])('keeps apart consecutive rows whose texts differ only in %s', (_, first: Partial<Row>, second: Partial<Row>) => {
    const base: Row = { sheet: 'Олимпиады', row: 0, name: 'МБОУ СОШ №1', municipality: 'Бабаевский район', year: 2024 };
    const rows: Row[] = [{ ...base, ...first, row: 2 }, { ...base, ...first, row: 3 }, { ...base, ...second, row: 4 }, { ...base, ...second, row: 5 }];
    const { identity, keyOf, dataset } = step(rows);
    expect(identity.identities.size).toBe(2);
    expect(keyOf(rows[1])).toBe(keyOf(rows[0]));
    expect(keyOf(rows[3])).toBe(keyOf(rows[2]));
    expect(keyOf(rows[2])).not.toBe(keyOf(rows[0]));
    expect(dataset.olympiads.map((o) => o.schoolKey)).toEqual(rows.map(keyOf));
  });

  it('takes the same texts in two tables for one school, and each table row gets its key', () => {
    const rows: Row[] = [
      { sheet: 'Реестр', row: 2, name: 'МБОУ «СОШ № 1»', municipality: 'Бабаевский район' },
      { sheet: 'Реестр', row: 3, name: 'МБОУ «СОШ № 2»', municipality: 'Бабаевский район' },
      { sheet: 'Олимпиады', row: 7, name: 'МБОУ «СОШ № 1»', municipality: 'Бабаевский район', year: 2023 },
      { sheet: 'Олимпиады', row: 8, name: 'МБОУ «СОШ № 1»', municipality: 'Бабаевский район', year: 2024 },
      { sheet: 'Олимпиады', row: 9, name: 'МБОУ «СОШ № 2»', municipality: 'Бабаевский район', year: 2024 },
    ];
    const { identity, keyOf, dataset } = step(rows, [report('Реестр', 'schools'), report('Олимпиады', 'olympiads')]);
    expect(identity.identities.size).toBe(2);
    expect(keyOf(rows[2])).toBe(keyOf(rows[0]));
    expect(keyOf(rows[3])).toBe(keyOf(rows[0]));
    expect(keyOf(rows[4])).toBe(keyOf(rows[1]));
    expect(keyOf(rows[4])).not.toBe(keyOf(rows[0]));
    expect(dataset.olympiads.map((o) => o.schoolKey)).toEqual([keyOf(rows[0]), keyOf(rows[0]), keyOf(rows[1])]);
    // One school per key, with the registry's fields, without a row's year.
    expect(dataset.schools.map((s) => [s.key, s.name, s.year])).toEqual([
      [keyOf(rows[0]), 'МБОУ «СОШ № 1»', undefined],
      [keyOf(rows[1]), 'МБОУ «СОШ № 2»', undefined],
    ]);
  });

  it('numbers municipalities and names without confusing one pair with another (every municipality × name is its own school)', () => {
    const municipalities = Array.from({ length: 7 }, (_, i) => `Район ${i + 1}`);
    const names = Array.from({ length: 7 }, (_, i) => `СОШ №${i + 1}`);
    const rows: Row[] = [];
    for (const municipality of municipalities) for (const name of names) rows.push({ sheet: 'Олимпиады', row: rows.length + 2, name, municipality, year: 2024 });
    const { identity, keyOf, dataset } = step(rows);
    expect(identity.identities.size).toBe(municipalities.length * names.length);
    expect(new Set(rows.map(keyOf)).size).toBe(rows.length);
    expect(identity.matches).toEqual([]);
    for (const r of rows) expect(identity.identities.get(keyOf(r)!)).toMatchObject({ name: r.name, municipality: r.municipality });
    expect(dataset.olympiads.map((o) => o.schoolKey)).toEqual(rows.map(keyOf));
  });

  it('a long table names a school on consecutive rows of several years: one school, every row keyed, every year kept', () => {
    const rows: Row[] = [2022, 2022, 2023, 2023, 2024, 2022].map((year, i) => ({ sheet: 'Олимпиады', row: i + 2, name: 'Гимназия №1', municipality: 'Бабаевский район', year }));
    rows.push({ sheet: 'Олимпиады', row: 8, name: 'Гимназия №2', municipality: 'Бабаевский район', year: 2024 });
    rows.push({ sheet: 'Реестр', row: 2, name: 'МАОУ Гимназия №1', municipality: 'Бабаевский район' });
    const { identity, keyOf, dataset } = step(rows, [report('Реестр', 'schools'), report('Олимпиады', 'olympiads')]);
    const first = keyOf(rows[0]);
    for (const r of rows.slice(0, 6)) expect(keyOf(r)).toBe(first);
    expect(keyOf(rows[7])).toBe(first);
    expect(dataset.olympiads).toHaveLength(7);
    // The table's spelling is matched to the registry's with the years it has data in.
    const match = identity.matches.find((m) => m.key === first)!;
    const tableSide = match.a.name === 'Гимназия №1' ? match.a : match.b;
    expect(tableSide.years).toEqual([2022, 2023, 2024]);
  });

  it('a row that cannot be joined loses its records and its key; the other rows of its table keep theirs', () => {
    const rows: Row[] = [
      { sheet: 'Реестр', row: 2, name: 'МБОУ СОШ №1', municipality: 'Бабаевский район' },
      { sheet: 'Реестр', row: 3, name: 'МБОУ СОШ №1', municipality: 'Белозерский район' },
      { sheet: 'Реестр', row: 4, name: 'Лицей', municipality: 'Белозерский район' },
      { sheet: 'Олимпиады', row: 2, name: 'СОШ №1', year: 2024 },
      { sheet: 'Олимпиады', row: 3, name: 'Лицей', year: 2024 },
    ];
    const { keyOf, dataset, identity } = step(rows, [report('Реестр', 'schools'), report('Олимпиады', 'olympiads')]);
    expect(keyOf(rows[3])).toBeUndefined();
    expect(keyOf(rows[4])).toBe(keyOf(rows[2]));
    expect(dataset.olympiads.map((o) => o.source.row)).toEqual([3]);
    expect(identity.problems.map((p) => [p.code, p.row])).toEqual([['ambiguous-school', 3 - 1]]);
  });
});
