import fc from 'fast-check';
import { identify } from '../../src/domain/identify';
import { FAMILIES, type ResultRecord } from '../../src/domain/records';
import { makeSettings } from '../../src/domain/settings';
import { dataset, regional, result, school } from './builders';

/** Property tests over random districts (computed regional means, no region row). */

const settings = makeSettings({ criteria: { R3: false, S1: false, S2: false, S3: false } });

const schoolsArb = fc.array(
  fc.array(
    fc.record({
      family: fc.constantFrom(...FAMILIES),
      subject: fc.constantFrom('Русский язык', 'Математика'),
      average: fc.integer({ min: 0, max: 100 }),
      participants: fc.integer({ min: 1, max: 60 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  { minLength: 2, maxLength: 12 },
);

const toResults = (schools: { family: ResultRecord['family']; subject: string; average: number; participants: number }[][]): ResultRecord[] =>
  schools.flatMap((rows, i) =>
    rows.map((r) => result(`s${i}`, 2024, r.family, r.average, { subject: r.subject, participants: r.participants, schoolName: `Школа ${i}` })),
  );

/** The region row is always used (tolerance 100%), so the random districts cannot make it «untrusted». */
const trustRegionRow = makeSettings({ criteria: { R3: false, S1: false, S2: false, S3: false }, regionalTolerance: 100 });

const flagOf = (res: ReturnType<typeof identify>, schoolKey: string, code: string): boolean =>
  res.schools.find((s) => s.schoolKey === schoolKey)!.findings.find((x) => x.code === code)!.flagged;

const flags = (res: ReturnType<typeof identify>) =>
  new Map(res.schools.map((s) => [s.schoolKey, s.findings.filter((f) => f.flagged).map((f) => f.code).join(',')]));

describe('properties', () => {
  // With the workbook's own region row the regional averages are fixed: a school's worse result only
  // raises its own gap, so neither its rank (R1, ties included) nor its gap (R2) can improve.
  test('worsening one school’s result never removes its R1 or R2 flag (region row present)', () => {
    fc.assert(
      fc.property(schoolsArb, fc.nat(), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 100 }), (schools, pick, drop, regionAverage) => {
        const results = toResults(schools);
        const regionalRows = FAMILIES.flatMap((family) =>
          ['Русский язык', 'Математика'].map((subject) => regional(2024, family, regionAverage, { subject })),
        );
        const at = pick % results.length;
        const target = results[at];
        const before = identify(dataset({ results, regional: regionalRows }), trustRegionRow);
        const worse = results.map((r, i) => (i === at ? { ...r, average: Math.max(0, r.average! - drop) } : r));
        const after = identify(dataset({ results: worse, regional: regionalRows }), trustRegionRow);
        for (const code of ['R1', 'R2']) if (flagOf(before, target.schoolKey, code)) expect(flagOf(after, target.schoolKey, code)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  // Without a region row the regional mean is computed from the schools, so one school's worse result
  // also moves every other school's gap and the R1 cut-off can shift (ties at the boundary); its own
  // gap still grows, so R2 is kept.
  test('worsening one school’s result never removes its R2 flag (computed regional means)', () => {
    fc.assert(
      fc.property(schoolsArb, fc.nat(), fc.integer({ min: 1, max: 100 }), (schools, pick, drop) => {
        const results = toResults(schools);
        const at = pick % results.length;
        const target = results[at];
        const before = identify(dataset({ results }), settings);
        const worse = results.map((r, i) => (i === at ? { ...r, average: Math.max(0, r.average! - drop) } : r));
        const after = identify(dataset({ results: worse }), settings);
        if (flagOf(before, target.schoolKey, 'R2')) expect(flagOf(after, target.schoolKey, 'R2')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test('adding a school with no data changes nobody’s flags', () => {
    fc.assert(
      fc.property(schoolsArb, fc.constantFrom(null, 0), (schools, participants) => {
        const results = toResults(schools);
        const before = flags(identify(dataset({ results }), settings));
        const extra = result('empty', 2024, 'ЕГЭ', participants === null ? null : 55, { participants });
        const after = flags(identify(dataset({ results: [...results, extra], schools: [school('other')] }), settings));
        for (const [k, v] of before) expect(after.get(k)).toBe(v);
        expect(after.get('empty')).toBe('');
        expect(after.get('other')).toBe('');
      }),
      { numRuns: 150 },
    );
  });

  test('permuting input rows changes nothing', () => {
    fc.assert(
      fc.property(schoolsArb.chain((s) => fc.tuple(fc.constant(toResults(s)), fc.shuffledSubarray(toResults(s).map((_, i) => i), { minLength: toResults(s).length }))), ([results, order]) => {
        const a = identify(dataset({ results }), settings);
        const b = identify(dataset({ results: order.map((i) => results[i]) }), settings);
        expect(b.schools.map((s) => s.schoolKey)).toEqual(a.schools.map((s) => s.schoolKey));
        a.schools.forEach((s, i) => {
          const t = b.schools[i];
          expect(t.groups).toEqual(s.groups);
          s.findings.forEach((f, j) => {
            expect(t.findings[j].flagged).toBe(f.flagged);
            if (typeof f.value === 'number') expect(t.findings[j].value).toBeCloseTo(f.value, 6);
          });
        });
      }),
      { numRuns: 100 },
    );
  });

  test('rows of several years in any order: each school-year’s findings explain exactly its own rows', () => {
    // A long table sorted by school and subject interleaves the years of one school and family.
    const yearsArb = fc.array(fc.tuple(schoolsArb, fc.constantFrom(2022, 2023, 2024)), { minLength: 2, maxLength: 3 });
    fc.assert(
      fc.property(
        yearsArb.chain((years) => {
          const results = years.flatMap(([schools, year], y) =>
            toResults(schools).map((r, i) => ({ ...r, year, source: { sheet: `Лист ${y}`, row: i + 2 } })),
          );
          return fc.tuple(fc.constant(results), fc.shuffledSubarray(results.map((_, i) => i), { minLength: results.length }));
        }),
        ([results, order]) => {
          const shuffled = order.map((i) => results[i]);
          const res = identify(dataset({ results: shuffled }), settings);
          for (const s of res.schools) {
            const r1 = s.findings.find((f) => f.code === 'R1')!;
            const own = shuffled.filter((r) => r.schoolKey === s.schoolKey && r.year === s.year);
            const key = (x: { sheet: string; row: number }) => `${x.sheet}:${x.row}`;
            expect(r1.source.map(key).sort()).toEqual(own.map((r) => key(r.source)).sort());
            for (const part of r1.parts ?? []) {
              const rows = own.filter((r) => r.family === part.label);
              expect(part.participants).toBe(rows.reduce((n, r) => n + (r.participants ?? 0), 0));
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
