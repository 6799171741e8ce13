import { EAO_WORKBOOK } from '../support/real-data';
import type { Workbook } from 'exceljs';
import type { Grid } from '../../src/grid/grid';
import { readXlsxGrids } from '../../src/hosts/xlsx/read-grids';
import { readWorkbook, type ReadResult } from '../../src/tables';
import { DEFAULT_SETTINGS, identify, type IdentificationResult, type SchoolYearResult } from '../../src/domain';
import { toCliJson, type CliJson } from '../../src/cli/json-contract';
import { FIRST_DATA_ROW, columnLetter, computeWorkbook, openWithExcelJs, matchAcrossYears, type YearComputation } from './eao-independent';

/**
 * Acceptance: identification (ШНОР by R1/R2, stable schools) on the real EAO ЕГЭ workbook, checked
 * against an independent computation from the spreadsheet values (eao-independent.ts uses nothing
 * from src/). The same checks run on an in-memory copy whose «ВСЕГО по региону» row was edited so that one
 * average is far off the school mean (must be replaced) and one is off but within 5% (must be kept).
 */

const EAO = EAO_WORKBOOK;
const YEARS = [2022, 2023] as const;
const GAP_TOLERANCE = 1e-6;
/** Edits of the copy: 2023 «Русский язык» average far below the school mean, 2022 «Математика (профиль)» slightly above. */
const FAR_OFF = { year: 2023, column: 9, shift: -8 };
const WITHIN = { year: 2022, column: 14, shift: 4 };

interface Run {
  read: ReadResult;
  result: IdentificationResult;
  cli: CliJson;
  independent: Map<number, YearComputation>;
}

const run = (grids: Grid[], wb: Workbook): Run => {
  const read = readWorkbook(grids);
  const result = identify(read.dataset, DEFAULT_SETTINGS);
  return { read, result, cli: toCliJson(result, read.problems), independent: computeWorkbook(wb, YEARS) };
};

/** Moves region-row averages relative to the independently computed school mean, in both the grids and the ExcelJS workbook. */
const editRegionRow = (grids: Grid[], wb: Workbook, original: Map<number, YearComputation>): void => {
  for (const edit of [FAR_OFF, WITHIN]) {
    const value = original.get(edit.year)!.regional.find((x) => x.averageColumn === edit.column)!.computed! + edit.shift;
    wb.getWorksheet(String(edit.year))!.getRow(FIRST_DATA_ROW).getCell(edit.column).value = value;
    grids.find((g) => g.sheet === String(edit.year))!.values[FIRST_DATA_ROW - 1][edit.column - 1] = value;
  }
};

const id = (s: { name: string; municipality?: string | null }): string => `${s.municipality ?? ''} | ${s.name.replace(/\s+/g, ' ').trim()}`;
const ids = (list: { name: string; municipality?: string | null }[]): string[] => list.map(id).sort();
const finding = (s: SchoolYearResult, code: string) => s.findings.find((f) => f.code === code);

const runs = new Map<string, Run>();

beforeAll(async () => {
  const [grids, wb, editedGrids, editedWb] = await Promise.all([readXlsxGrids(EAO), openWithExcelJs(EAO), readXlsxGrids(EAO), openWithExcelJs(EAO)]);
  const original = run(grids, wb);
  runs.set('original', original);
  editRegionRow(editedGrids, editedWb, original.independent);
  runs.set('edited', run(editedGrids, editedWb));
});

describe.each([
  ['the workbook as published', 'original'],
  ['a copy with edited region averages', 'edited'],
])('EAO ЕГЭ, %s: identification against an independent computation', (_label, key) => {
  const r = () => runs.get(key)!;
  const expected = (year: number): YearComputation => r().independent.get(year)!;
  const actual = (year: number): SchoolYearResult[] => r().result.schools.filter((s) => s.year === year);
  const withData = (year: number) => actual(year).filter((s) => !s.noData.includes('ЕГЭ'));
  const withCriterion = (year: number, code: string) => actual(year).filter((s) => finding(s, code)?.flagged === true);
  const gapOf = (year: number) => {
    const gaps = new Map(expected(year).schools.map((s) => [id(s), s.gap]));
    return (s: { name: string; municipality?: string | null }) => gaps.get(id(s)) as number;
  };

  it('reports both result years with the same schools (name and municipality) as the sheets', () => {
    expect(r().result.years).toEqual([...YEARS]);
    for (const year of YEARS) {
      expect(expected(year).schools.length).toBe(year === 2023 ? 42 : 43); // counted in the file by hand
      expect(ids(withData(year))).toEqual(ids(expected(year).schools));
    }
  });

  it('lists a 2022 school missing from the 2023 sheet as «нет данных» in 2023, never as low', () => {
    const matched = new Set(matchAcrossYears(expected(2023).schools, expected(2022).schools).values());
    const gone = expected(2022).schools.filter((s) => !matched.has(s));
    const noData = actual(2023).filter((s) => s.noData.includes('ЕГЭ'));
    expect(gone.length).toBeGreaterThan(0);
    expect(ids(noData)).toEqual(ids(gone));
    for (const s of noData) {
      expect(s.groups).toEqual([]);
      expect(finding(s, 'R1')).toMatchObject({ flagged: false, value: null });
      expect(finding(s, 'R2')).toMatchObject({ flagged: false, value: null });
    }
  });

  it('replaces exactly the region-row averages more than 5% of the maximum off the school mean', () => {
    const replaced = [...r().independent.values()]
      .flatMap((y) => y.regional.filter((x) => x.origin === 'computed').map((x) => `${y.year}!${columnLetter(x.averageColumn)}`))
      .sort();
    const reported = [...r().read.problems, ...r().result.problems]
      .filter((p) => p.code === 'regional-average-mismatch')
      .map((p) => `${p.sheet}!${p.column ?? ''}`)
      .sort();
    expect(reported).toEqual(replaced);
    expect(replaced).toEqual(key === 'edited' ? [`${FAR_OFF.year}!${columnLetter(FAR_OFF.column)}`] : []);
  });

  describe.each(YEARS)('%i', (year) => {
    it('ranks every school with ЕГЭ participants and flags at least k = ceil(N / 4) by R1', () => {
      const y = expected(year);
      expect(y.ranked).toBe(y.schools.length);
      expect(y.r1.length).toBeGreaterThanOrEqual(y.k);
      expect(actual(year).filter((s) => typeof finding(s, 'R1')?.value === 'number')).toHaveLength(y.ranked);
    });

    it('flags the same schools by R1 (bottom quartile by ЕГЭ gap, ties at the boundary included)', () => {
      expect(ids(withCriterion(year, 'R1'))).toEqual(ids(expected(year).r1));
    });

    it('flags the same schools by R2 (gap to the region more than 20% of the maximum)', () => {
      expect(expected(year).r2.length).toBeGreaterThan(0);
      expect(ids(withCriterion(year, 'R2'))).toEqual(ids(expected(year).r2));
    });

    it('puts the same schools in ШНОР', () => {
      expect(ids(actual(year).filter((s) => s.groups.includes('ШНОР')))).toEqual(ids(expected(year).flagged));
    });

    it('gives every school an R2 value equal to the independent ЕГЭ gap (within 1e-6) with its participants', () => {
      const gap = gapOf(year);
      const participants = new Map(expected(year).schools.map((s) => [id(s), s.participants]));
      for (const s of withData(year)) {
        const r2 = finding(s, 'R2')!;
        expect([id(s), typeof r2.value]).toEqual([id(s), 'number']);
        expect(Math.abs((r2.value as number) - gap(s))).toBeLessThan(GAP_TOLERANCE);
        expect(r2.participants).toBe(participants.get(id(s)));
      }
    });

    it('writes the same flags and R2 values into the CLI JSON', () => {
      const entries = r().cli.schools.filter((s) => s.year === year);
      const gap = gapOf(year);
      expect(ids(entries.filter((s) => s.groups.includes('ШНОР')))).toEqual(ids(expected(year).flagged));
      expect(ids(entries.filter((s) => s.criteria.some((c) => c.code === 'R1')))).toEqual(ids(expected(year).r1));
      expect(ids(entries.filter((s) => s.criteria.some((c) => c.code === 'R2')))).toEqual(ids(expected(year).r2));
      for (const s of entries)
        for (const c of s.criteria.filter((x) => x.code === 'R2')) expect(Math.abs((c.value as number) - gap(s))).toBeLessThan(GAP_TOLERANCE);
    });
  });

  it('calls stable the schools in ШНОР in both 2022 and 2023 (matched across years by name)', () => {
    const now = expected(2023);
    const before = expected(2022);
    const match = matchAcrossYears(now.schools, before.schools);
    expect(match.size).toBe(now.schools.length);
    const stable = now.flagged.filter((s) => before.flagged.includes(match.get(s)!));
    expect(stable.length).toBeGreaterThan(0);
    expect(ids(actual(2023).filter((s) => s.stable))).toEqual(ids(stable));
    expect(ids(r().cli.schools.filter((s) => s.year === 2023 && s.stable))).toEqual(ids(stable));
    // There is no 2021 sheet: nobody can be stable in 2022.
    expect(actual(2022).filter((s) => s.stable)).toEqual([]);
  });

  it('reports the criteria without data (R3, S1, S2, S3) as not evaluated, and only R1, R2 per school', () => {
    const codes = r().result.notEvaluated.map((n) => n.code);
    expect(codes).toEqual(expect.arrayContaining(['R3', 'S1', 'S2', 'S3']));
    expect(codes).not.toContain('R1');
    expect(codes).not.toContain('R2');
    expect(r().cli.notEvaluated.map((n) => n.code)).toEqual(expect.arrayContaining(['R3', 'S1', 'S2', 'S3']));
    for (const s of r().result.schools) expect(s.findings.map((f) => f.code).sort()).toEqual(['R1', 'R2']);
    expect(r().result.schools.some((s) => s.groups.includes('ШНСУ'))).toBe(false);
  });
});
