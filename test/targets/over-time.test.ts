import { resultsOverTime } from '../../src/domain/targets';
import type { GroupName } from '../../src/domain/criteria';
import type { SchoolYearResult } from '../../src/domain/types';

/** A school's result of one year with the groups and (optionally) its R2 gap. */
const result = (key: string, year: number, groups: GroupName[], gap?: number): SchoolYearResult => ({
  schoolKey: key,
  name: `Школа ${key}`,
  year,
  groups,
  groupsByCriteria: groups,
  stable: false,
  status: 'notIn',
  findings:
    gap === undefined
      ? []
      : [{ code: 'R2', flagged: gap > 20, value: gap, threshold: 20, margin: gap - 20, year, unit: '%', rule: { ru: '', en: '' }, source: [] }],
  flaggedCodes: gap !== undefined && gap > 20 ? ['R2'] : [],
  noData: [],
  unreliable: [],
});

// a: ШНОР both years (gap 30 → 14, more than halved); b: ШНОР then out; c: enters ШНОР; d: ШНСУ both years; e: ШНСУ, then no result.
const RESULTS = [
  result('a', 2023, ['ШНОР'], 30), result('a', 2024, ['ШНОР'], 14),
  result('b', 2023, ['ШНОР'], 25), result('b', 2024, [], 10),
  result('c', 2023, [], 5), result('c', 2024, ['ШНОР'], 22),
  result('d', 2023, ['ШНСУ']), result('d', 2024, ['ШНСУ']),
  result('e', 2023, ['ШНСУ']),
];

describe('results over years', () => {
  it('counts entered, stayed and left per group against the year before (exit rule: no longer flagged)', () => {
    const r = resultsOverTime(RESULTS);
    expect(r.years).toEqual([2023, 2024]);
    expect(r.groups.ШНОР).toEqual([
      { year: 2023, size: 2, entered: 2, stayed: 0, left: 0 },
      { year: 2024, size: 2, entered: 1, stayed: 1, left: 1 },
    ]);
    expect(r.groups.ШНСУ[1]).toEqual({ year: 2024, size: 1, entered: 0, stayed: 1, left: 1 });
    const a = r.schools.find((s) => s.schoolKey === 'a')!;
    expect(a.lastTransition.ШНОР).toBe('stayed');
    expect(a.groupsByYear).toEqual([['ШНОР'], ['ШНОР']]);
    expect(r.schools.find((s) => s.schoolKey === 'e')!.groupsByYear).toEqual([['ШНСУ'], null]);
  });

  it('with the gap rule, a ШНОР school whose gap shrank by the set share has left, even if still flagged', () => {
    const halved = resultsOverTime(RESULTS, { kind: 'gapReduced', share: 0.5 });
    expect(halved.groups.ШНОР[1]).toMatchObject({ stayed: 0, left: 2 });
    expect(halved.schools.find((s) => s.schoolKey === 'a')!.lastTransition.ШНОР).toBe('left');
    // 30 → 14 is a cut of 53 %: a 60 % share is not reached, and exactly 30 → 15 is exactly a half.
    expect(resultsOverTime(RESULTS, { kind: 'gapReduced', share: 0.6 }).groups.ШНОР[1]).toMatchObject({ stayed: 1, left: 1 });
    const exact = RESULTS.map((x) => (x.schoolKey === 'a' && x.year === 2024 ? result('a', 2024, ['ШНОР'], 15) : x));
    expect(resultsOverTime(exact, { kind: 'gapReduced', share: 0.5 }).groups.ШНОР[1].left).toBe(2);
    // The gap rule concerns ШНОР only.
    expect(halved.groups.ШНСУ[1]).toMatchObject({ stayed: 1, left: 1 });
  });
});
