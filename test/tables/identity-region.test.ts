import '../support/fast-check-seed';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, identify, type IdentificationResult } from '../../src/domain';
import type { CellValue } from '../../src/grid/cell';
import type { Grid } from '../../src/grid/grid';
import { readWorkbook, type ReadResult } from '../../src/tables';
import { generateRegion, REGION_YEARS, regionGrids, resultsGrid, resultsRows, type Region, type RegionSchool } from '../support/region';

/**
 * A whole region: 32 municipalities, each with «СОШ №1…№N», «Гимназия №1», «Лицей»; legal forms and
 * district names change between the years; the social passport and the olympiads have no municipality.
 * No school may be lost or merged, and R1/R2 must equal a computation made here from the generated values.
 */

const run = (grids: Grid[]) => {
  const read = readWorkbook(grids);
  return { read, result: identify(read.dataset, DEFAULT_SETTINGS) };
};

/** The generated school of each school key, by the registry's code. */
const idOfKey = (read: ReadResult, region: Region): Map<string, number> => {
  const byCode = new Map(region.schools.map((s) => [s.code, s.id]));
  return new Map(read.dataset.schools.filter((s) => s.code !== undefined).map((s) => [s.key, byCode.get(s.code!)!]));
};

/** R1 and R2 per generated school and year, from the values alone. */
const expectedFlags = (schools: readonly RegionSchool[]): Map<string, { r1: boolean; r2: boolean; gap: number }> => {
  const out = new Map<string, { r1: boolean; r2: boolean; gap: number }>();
  for (const year of REGION_YEARS) {
    const subjects = schools[0].results[year].length;
    const regional = Array.from({ length: subjects }, (_, j) => {
      const p = schools.reduce((a, s) => a + s.results[year][j].participants, 0);
      return schools.reduce((a, s) => a + s.results[year][j].participants * s.results[year][j].average, 0) / p;
    });
    const gaps = schools.map((s) => {
      const rs = s.results[year];
      const p = rs.reduce((a, r) => a + r.participants, 0);
      return rs.reduce((a, r, j) => a + r.participants * (regional[j] - r.average), 0) / p;
    });
    const k = Math.ceil(0.25 * schools.length);
    const cut = [...gaps].sort((a, b) => b - a)[k - 1];
    schools.forEach((s, i) => out.set(`${s.id}|${year}`, { r1: gaps[i] >= cut - 1e-9, r2: gaps[i] > 20, gap: gaps[i] }));
  }
  return out;
};

const actualFlags = (result: IdentificationResult, ids: Map<string, number>): Map<string, { r1: boolean; r2: boolean }> => {
  const out = new Map<string, { r1: boolean; r2: boolean }>();
  for (const s of result.schools) {
    const id = ids.get(s.schoolKey);
    if (id === undefined) continue;
    const flag = (code: string) => s.findings.find((f) => f.code === code)?.flagged === true;
    out.set(`${id}|${s.year}`, { r1: flag('R1'), r2: flag('R2') });
  }
  return out;
};

describe('a generated region of 32 municipalities', () => {
  const region = generateRegion(7);
  const { read, result } = run(region.grids);
  const ids = idOfKey(read, region);

  it('has a «СОШ №1», «Гимназия №1» and «Лицей» in every municipality: no school is lost or merged', () => {
    expect(new Set(region.schools.map((s) => s.municipality[2024])).size).toBeGreaterThanOrEqual(30);
    expect(read.identity.identities.size).toBe(region.schools.length);
    expect(new Set(ids.values()).size).toBe(region.schools.length);
    // Every results row of both years carries the key of its own school.
    for (const r of read.dataset.results) {
      const sheetYear = Number(r.source.sheet.slice(-4));
      const school = region.schools[r.source.row - 4];
      expect(ids.get(r.schoolKey)).toBe(school.id);
      expect(r.year).toBe(sheetYear);
    }
    expect(read.problems.filter((p) => p.code === 'duplicate-school')).toEqual([]);
  });

  it('joins the social passport by code and the olympiads by a name unique in the region; the ambiguous «СОШ №1» is reported, not guessed', () => {
    expect(read.dataset.social.map((r) => ids.get(r.schoolKey))).toEqual(region.schools.map((s) => s.id));
    const village = region.schools.filter((s) => s.olympiads !== undefined);
    expect(read.dataset.olympiads.map((r) => ids.get(r.schoolKey))).toEqual(village.map((s) => s.id));
    const ambiguous = read.problems.filter((p) => p.code === 'ambiguous-school');
    expect(ambiguous).toEqual([expect.objectContaining({ sheet: 'Олимпиады', row: village.length + 2, column: 'B', severity: 'error' })]);
    expect(read.identity.unjoined).toEqual([expect.objectContaining({ reason: 'ambiguous' })]);
  });

  it('lists every non-exact match with its rule: renamed districts, changed legal forms, honorary names', () => {
    const rules = new Set(read.identity.matches.map((m) => m.rule));
    for (const rule of ['code', 'municipality-type', 'honorary', 'name-only'] as const) expect(rules).toContain(rule);
    for (const m of read.identity.matches) {
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.a.id).not.toBe(m.b.id);
    }
    // Every school whose district was renamed between the years has a match by municipality type
    // (or by honorary name, when it also gained one: that rule compares the municipality the same way).
    const renamed = region.schools.filter((s) => s.municipality[2023] !== s.municipality[2024]);
    const matched = new Set(read.identity.matches.filter((m) => m.rule === 'municipality-type' || m.rule === 'honorary').map((m) => m.key));
    const keyOfId = new Map([...ids].map(([k, id]) => [id, k]));
    for (const s of renamed) expect(matched).toContain(keyOfId.get(s.id));
  });

  it('names each school with its municipality of the latest year', () => {
    const byId = new Map(region.schools.map((s) => [s.id, s]));
    for (const s of result.schools) expect(s.municipality).toBe(byId.get(ids.get(s.schoolKey)!)!.municipality[2024]);
  });

  it('flags R1 and R2 exactly as computed from the generated values', () => {
    const expected = expectedFlags(region.schools);
    const actual = actualFlags(result, ids);
    expect(actual.size).toBe(expected.size);
    for (const [k, e] of expected) expect([k, actual.get(k)]).toEqual([k, { r1: e.r1, r2: e.r2 }]);
    // The region is made so that both criteria flag someone and not everyone.
    const flagged = [...expected.values()];
    expect(flagged.some((f) => f.r2) && flagged.some((f) => !f.r2)).toBe(true);
  });
});

/** The grids with every municipality renamed by `rename` (consistently: in every sheet and year). */
const renamed = (region: Region, rename: (m: string) => string): Grid[] =>
  regionGrids(region.schools.map((s) => ({ ...s, municipality: Object.fromEntries(Object.entries(s.municipality).map(([y, m]) => [y, rename(m)])) })));

const shuffled = (grids: Grid[], order: number[]): Grid[] =>
  grids.map((g) => {
    const head = g.sheet.startsWith('ЕГЭ') ? 3 : 1;
    const rows = g.values.slice(head);
    const perm = rows.map((_, i) => i).sort((a, b) => order[a % order.length] - order[b % order.length] || a - b);
    return { ...g, values: [...g.values.slice(0, head), ...perm.map((i) => rows[i])] };
  });

/** Each year's results as one sheet per municipality. */
const splitByMunicipality = (region: Region): Grid[] => {
  const others = regionGrids(region.schools).filter((g) => !g.sheet.startsWith('ЕГЭ'));
  const perMunicipality = REGION_YEARS.flatMap((year) => {
    const groups = new Map<string, RegionSchool[]>();
    for (const s of region.schools) groups.set(s.municipality[year], [...(groups.get(s.municipality[year]) ?? []), s]);
    return [...groups.values()].map((list, i) => resultsGrid(`ЕГЭ ${year} (${i + 1})`, year, resultsRows(list, year) as CellValue[][]));
  });
  return [...others, ...perMunicipality];
};

const flagsOf = (grids: Grid[], region: Region) => {
  const { read, result } = run(grids);
  const ids = idOfKey(read, region);
  return [...actualFlags(result, ids)].sort(([a], [b]) => (a < b ? -1 : 1));
};

describe('properties: the flags do not depend on how the region is written', () => {
  const cases = { numRuns: 6 };
  it('renaming municipalities consistently changes no flag', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 99 }), (seed, salt) => {
        const region = generateRegion(seed);
        const rename = (m: string) => m.replace(/^(Комитет образования администрации )?(\S+)/, (_, p: string | undefined, w: string) => `${p ?? ''}Новый${salt}-${w}`);
        expect(flagsOf(renamed(region, rename), region)).toEqual(flagsOf(region.grids, region));
      }),
      cases,
    );
  });

  it('shuffling the rows of every sheet changes no flag', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(fc.integer(), { minLength: 5, maxLength: 40 }), (seed, order) => {
        const region = generateRegion(seed);
        expect(flagsOf(shuffled(region.grids, order), region)).toEqual(flagsOf(region.grids, region));
      }),
      cases,
    );
  });

  it('splitting each year’s results into one sheet per municipality changes no flag', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (seed) => {
        const region = generateRegion(seed);
        expect(flagsOf(splitByMunicipality(region), region)).toEqual(flagsOf(region.grids, region));
      }),
      cases,
    );
  });
});
