import { identify } from '../../src/domain/identify';
import { cliJsonChunks, toCliJson } from '../../src/cli/json-contract';
import { compareYears } from '../../src/domain/trends';
import type { Adjustment } from '../../src/domain/types';
import { dataset, only, regional, result, school } from './builders';

/** Four schools; 'low' is the listed year's low one (gap 30 > 20), the others sit at the regional 70. */
const yearOf = (year: number, low: string[]) =>
  ['a', 'b', 'c', 'd'].map((k) => result(k, year, 'ЕГЭ', low.includes(k) ? 40 : 70));
const regionals = [2022, 2023, 2024].map((y) => regional(y, 'ЕГЭ', 70));
const settings = only(['R2'], { regionalTolerance: 100 });
const schools = ['a', 'b', 'c', 'd'].map((k) => school(k, { municipality: 'Грачевский МО' }));
const data = dataset({ schools, results: [...yearOf(2022, ['a', 'b']), ...yearOf(2023, ['a', 'c']), ...yearOf(2024, ['a', 'd'])], regional: regionals });

const at = (res: ReturnType<typeof identify>, key: string, year: number) => res.schools.find((s) => s.schoolKey === key && s.year === year)!;

describe('stable / entered / left across years', () => {
  const res = identify(data, settings);
  test('one entry per school and year', () => {
    expect(res.years).toEqual([2022, 2023, 2024]);
    expect(res.lastYear).toBe(2024);
    expect(res.schools).toHaveLength(12);
  });
  test('«устойчиво» = R1 or R2 in this year and the year before', () => {
    expect(at(res, 'a', 2022).stable).toBe(false); // no 2021 data
    expect(at(res, 'a', 2023).stable).toBe(true);
    expect(at(res, 'c', 2023).stable).toBe(false);
    expect(at(res, 'a', 2024).stable).toBe(true);
  });
  test('status vs the previous year', () => {
    expect(at(res, 'a', 2024).status).toBe('stayed');
    expect(at(res, 'd', 2024).status).toBe('entered');
    expect(at(res, 'c', 2024).status).toBe('left');
    expect(at(res, 'b', 2024).status).toBe('notIn');
  });
  test('summary per year with entered / left lists', () => {
    const s = res.summary.find((x) => x.year === 2024)!;
    expect(s.groups).toEqual({ ШНОР: 2, ШНСУ: 0 });
    expect(s.criteria.R2).toBe(2);
    expect(s.entered.map((e) => e.schoolKey)).toEqual(['d']);
    expect(s.left.map((e) => e.schoolKey)).toEqual(['c']);
    expect(s.stayed).toBe(1);
    expect(s.stable).toBe(1);
  });
  test('reporting only the last year still compares with the year before', () => {
    const last = identify(data, settings, { years: [2024] });
    expect(last.schools).toHaveLength(4);
    expect(at(last, 'c', 2024).status).toBe('left');
    expect(at(last, 'a', 2024).stable).toBe(true);
  });
  test('compareYears reports indicator changes', () => {
    const rows = compareYears(res.schools, 2023, 2024);
    const c = rows.find((r) => r.schoolKey === 'c')!;
    expect(c.status).toBe('left');
    expect(c.statusByGroup).toEqual({ ШНОР: 'left', ШНСУ: 'notIn' });
    expect(c.changes[0]).toMatchObject({ code: 'R2', from: 30, to: 0, delta: -30, flaggedFrom: true, flaggedTo: false });
  });
});

describe('expert adjustments', () => {
  const adj = (a: Partial<Adjustment>): Adjustment => ({ school: 'b', year: 2024, action: 'include', group: 'ШНОР', reason: 'решение экспертной группы', ...a });

  test('include and exclude change the groups and are recorded with the reason', () => {
    const res = identify(data, settings, {
      adjustments: [adj({}), adj({ school: 'Школа a', action: 'exclude', reason: 'смена руководства, результаты 2024 не показательны' })],
    });
    const b = at(res, 'b', 2024);
    expect(b.groups).toEqual(['ШНОР']);
    expect(b.groupsByCriteria).toEqual([]);
    expect(b.adjustment!.changes).toEqual([{ action: 'include', group: 'ШНОР', reason: 'решение экспертной группы', changed: true }]);
    const a = at(res, 'a', 2024);
    expect(a.groups).toEqual([]);
    expect(a.findings[0].flagged).toBe(true); // the criterion's finding is kept as it is
    expect(res.summary.find((s) => s.year === 2024)!.adjusted).toBe(2);
    expect(at(res, 'b', 2023).adjustment).toBeUndefined();
  });

  test('an adjustment that changes nothing says so', () => {
    const res = identify(data, settings, { adjustments: [adj({ school: 'a' })] });
    expect(at(res, 'a', 2024).adjustment!.changes[0].changed).toBe(false);
  });

  test.each([
    [adj({ reason: '  ' }), /не указано основание/],
    [adj({ school: 'Школа №999' }), /не найдена/],
    [adj({ year: 2030 }), /не входит в запрошенные годы/],
  ])('%# is not applied and a note says why', (a, note) => {
    const res = identify(data, settings, { adjustments: [a] });
    expect(at(res, 'b', 2024).groups).toEqual([]);
    expect(res.notes.some((n) => note.test(n.ru))).toBe(true);
  });
});

describe('toCliJson', () => {
  test('one entry per school and year, flagged criteria only', () => {
    const res = identify(data, settings, { years: [2024] });
    const json = toCliJson(res, [{ sheet: 'Результаты', row: 3, code: 'x', message: 'м', severity: 'warning' }]);
    expect(Object.keys(json)).toEqual(['years', 'schools', 'teachers', 'problems', 'notEvaluated']);
    expect(json.schools).toHaveLength(4);
    const a = json.schools.find((s) => s.name === 'Школа a')!;
    expect(a).toMatchObject({ municipality: 'Грачевский МО', year: 2024, groups: ['ШНОР'], stable: true });
    expect(a.criteria).toEqual([expect.objectContaining({ code: 'R2', value: 30, threshold: 20 })]);
    expect(json.schools.find((s) => s.name === 'Школа b')!.criteria).toEqual([]);
    expect(json.problems).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  test('written in pieces, the school entries made a batch at a time, it is the same text', () => {
    const res = identify(data, settings);
    const problems = [{ sheet: 'Результаты', row: 3, code: 'x', message: 'м', severity: 'warning' as const }];
    expect([...cliJsonChunks(res, problems)].join('')).toBe(`${JSON.stringify(toCliJson(res, problems), null, 2)}\n`);
  });
});
