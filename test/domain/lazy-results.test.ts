import { DEFAULT_SETTINGS } from '../../src/domain';
import { identify } from '../../src/domain/identify';
import type { SchoolYearResult } from '../../src/domain/types';
import { buildSampleGrids } from '../../src/sample';
import { readWorkbook } from '../../src/tables/read-workbook';
import { dataset, only, regional, result, school } from './builders';

/**
 * School-year results and deficit cells keep numbers and build their findings and sources when read
 * (src/domain/criterion-column.ts, school-year.ts, deficits.ts). What is read must be what an eager
 * result would have held: each year's own findings, each school's own name, each cell's own rows.
 */

/** Every field a consumer reads, findings included (they are not own properties, so toEqual alone skips them). */
const plain = (s: SchoolYearResult) => ({
  schoolKey: s.schoolKey,
  name: s.name,
  municipality: s.municipality,
  year: s.year,
  groups: s.groups,
  groupsByCriteria: s.groupsByCriteria,
  stable: s.stable,
  status: s.status,
  noData: s.noData,
  unreliable: s.unreliable,
  adjustment: s.adjustment,
  findings: s.findings,
  flaggedCodes: s.flaggedCodes,
});

describe('results read on demand', () => {
  const years = [2022, 2023, 2024];
  const keys = ['a', 'b', 'c', 'd', 'e'];
  // Averages differ by school and year, so every school-year's R2 value is its own.
  const averageOf = (k: number, y: number) => 40 + 7 * k + 3 * (y - 2022);
  const data = dataset({
    schools: keys.map((k, i) => school(k, { municipality: `Район ${i % 2}` })),
    results: years.flatMap((y) => keys.map((k, i) => result(k, y, 'ОГЭ', averageOf(i, y)))),
    regional: years.map((y) => regional(y, 'ОГЭ', 60)),
  });
  const settings = only(['R1', 'R2'], { regionalTolerance: 100 });

  test('each school-year reads its own year, school and findings, the same each time', () => {
    const r = identify(data, settings);
    expect(r.schools).toHaveLength(keys.length * years.length);
    for (const s of r.schools) {
      const i = keys.indexOf(s.schoolKey);
      expect(s.name).toBe(`Школа ${s.schoolKey}`);
      expect(s.municipality).toBe(`Район ${i % 2}`);
      expect(s.findings.map((f) => f.code)).toEqual(['R1', 'R2']);
      for (const f of s.findings) expect(f.year).toBe(s.year);
      // R2 is the gap to the regional 60 in % of the maximum 100, computed here from the inputs.
      expect(s.findings[1].value).toBeCloseTo(60 - averageOf(i, s.year), 9);
      expect(plain(s)).toEqual(plain(s));
      expect(s.findings[0]).not.toBe(s.findings[0]); // built anew on each read: nobody can change another reader's copy
    }
  });

  test('identify without the deficit map gives the same school-years, findings included', () => {
    const full = identify(data, settings);
    const without = identify(data, settings, { deficits: false });
    expect(without.schools.map(plain)).toEqual(full.schools.map(plain));
  });

  test('flagged codes, read without the findings, are the codes of the flagged findings for every criterion', () => {
    const r = identify(readWorkbook(buildSampleGrids()).dataset, DEFAULT_SETTINGS);
    const flaggedOnce = new Set(r.schools.flatMap((s) => s.flaggedCodes));
    // The sample flags schools by each of the six criteria somewhere, so every kind of column is compared.
    expect([...flaggedOnce].sort()).toEqual(['R1', 'R2', 'R3', 'S1', 'S2', 'S3']);
    for (const s of r.schools) expect(s.flaggedCodes).toEqual(s.findings.filter((f) => f.flagged).map((f) => f.code));
  });

  test("a deficit cell's sources are the rows of its school, year, subject and grade band, in row order", () => {
    const math = { subject: 'Математика' };
    const rows = [
      result('a', 2024, 'ОГЭ', 20, math), // a: Математика 5–9
      result('b', 2024, 'ОГЭ', 20, math), // another school between a's rows
      result('a', 2024, 'ОГЭ', 20), // a: Русский язык 5–9, another cell
      result('a', 2023, 'ОГЭ', 20, math), // another year
      result('a', 2024, 'ВПР', 20, { ...math, grade: 4 }), // band 1–4, another cell
      result('a', 2024, 'ВПР', 20, { ...math, grade: 6 }), // band 5–9: the same cell as the ОГЭ row
    ];
    const r = identify(
      dataset({ results: rows, regional: [regional(2024, 'ОГЭ', 70, math), regional(2024, 'ВПР', 70, { ...math, grade: 4 }), regional(2024, 'ВПР', 70, { ...math, grade: 6 })] }),
      only(['R2'], { regionalTolerance: 100 }),
    );
    const cell = r.deficits.find((d) => d.schoolKey === 'a' && d.subject === 'Математика' && d.band === '5–9');
    expect(cell?.source).toEqual([rows[0].source, rows[5].source]);
    const young = r.deficits.find((d) => d.schoolKey === 'a' && d.subject === 'Математика' && d.band === '1–4');
    expect(young?.source).toEqual([rows[4].source]);
  });
});
