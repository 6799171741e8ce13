import { identify } from '../../src/domain/identify';
import type { OlympiadRecord, SocialRecord, TerritoryRecord } from '../../src/domain/records';
import type { Finding } from '../../src/domain/types';
import { dataset, only, school, src } from './builders';

const find = (res: ReturnType<typeof identify>, key: string, code: string, year?: number): Finding =>
  res.schools.find((s) => s.schoolKey === key && (year === undefined || s.year === year))!.findings.find((f) => f.code === code)!;

const olymp = (schoolKey: string, year: number, participants: number, students?: number): OlympiadRecord => ({
  schoolKey,
  schoolName: `Школа ${schoolKey}`,
  year,
  participants,
  students,
  source: src('Олимпиады'),
});

describe('R3: «0,5% и ниже» over the last 3 years', () => {
  test.each([
    [4, 0.4, true],
    [5, 0.5, true],
    [6, 0.6, false],
  ])('%i participants of 1000 students → %p%% → flagged %p', (participants, share, flagged) => {
    // 3 years × (participants/3 spread) : sums are what counts
    const records = [olymp('a', 2022, participants, 300), olymp('a', 2023, 0, 300), olymp('a', 2024, 0, 400)];
    const f = find(identify(dataset({ olympiads: records }), only(['R3']), { years: [2024] }), 'a', 'R3');
    expect(f.value).toBeCloseTo(share, 9);
    expect(f.flagged).toBe(flagged);
    expect(f.source).toHaveLength(3);
  });

  test('years outside the window do not count', () => {
    const records = [olymp('a', 2021, 100, 1000), olymp('a', 2024, 1, 1000)];
    const f = find(identify(dataset({ olympiads: records }), only(['R3']), { years: [2024] }), 'a', 'R3');
    expect(f.value).toBeCloseTo(0.1, 9);
    expect(f.note).toMatch(/1 из 3/);
  });

  test('students come from the registry when the olympiad table lacks them', () => {
    const f = find(
      identify(dataset({ schools: [school('a', { students: 200 })], olympiads: [olymp('a', 2024, 2)] }), only(['R3'])),
      'a',
      'R3',
    );
    expect(f.value).toBeCloseTo(1, 9);
  });
});

const social = (schoolKey: string, year: number, v: Partial<SocialRecord>): SocialRecord => ({
  schoolKey,
  schoolName: `Школа ${schoolKey}`,
  year,
  source: src('Социальный паспорт'),
  ...v,
});

describe('S1: social well-being index', () => {
  const records = [
    social('a', 2024, { bothParentsHigherEducation: 10, unemployedParents: 30, deviant: 5, nonNativeRussian: 10, singleParent: 10 }),
    social('b', 2024, { bothParentsHigherEducation: 40, unemployedParents: 5, deviant: 1, nonNativeRussian: 0, singleParent: 50 }),
    social('c', 2024, { bothParentsHigherEducation: 30, unemployedParents: 10, deviant: 2, nonNativeRussian: 2, singleParent: 20 }),
    social('d', 2024, { bothParentsHigherEducation: 35, unemployedParents: 8, deviant: 1, nonNativeRussian: 1, singleParent: 15 }),
  ];
  test('the school with the worst shares is the bottom 25% (k = 1 of 4)', () => {
    const res = identify(dataset({ social: records }), only(['S1']), { explain: true });
    expect(res.schools.filter((s) => s.groups.includes('ШНСУ')).map((s) => s.schoolKey)).toEqual(['a']);
    const f = find(res, 'a', 'S1');
    expect(f.margin).toBe(0);
    expect(f.rule.ru).toMatch(/z-оценки/);
    expect(f.parts!.map((p) => p.label)).toHaveLength(4);
    // Without `explain` the same finding, without the breakdown.
    const lean = find(identify(dataset({ social: records }), only(['S1'])), 'a', 'S1');
    expect({ ...lean, parts: f.parts }).toEqual(f);
    expect(lean.parts).toBeUndefined();
  });
  test('seed 004 variant: single-parent families instead of unemployment', () => {
    const settings = only(['S1'], {
      social: { variant: 'seed004', components: { bothParentsHigherEducation: { weight: 0 }, deviant: { weight: 0 }, nonNativeRussian: { weight: 0 } } },
    });
    const res = identify(dataset({ social: records }), settings);
    expect(res.schools.filter((s) => s.groups.includes('ШНСУ')).map((s) => s.schoolKey)).toEqual(['b']);
  });
  test('an earlier passport is used when the year has none, and says so', () => {
    const res = identify(dataset({ social: records.map((r) => ({ ...r, year: 2023 })), olympiads: [olymp('a', 2024, 1, 10)] }), only(['S1']), { years: [2024] });
    expect(find(res, 'a', 'S1').dataYear).toBe(2023);
  });
});

const terr = (settlement: string, unemployment: number, extra: Partial<TerritoryRecord> = {}): TerritoryRecord => ({
  settlement,
  unemployment,
  source: src('Территория'),
  ...extra,
});

describe('S2 and S3', () => {
  const schools = [school('a', { settlement: 'с. Бешпагир' }), school('b', { settlement: 'Грачевка', hardToReach: true })];
  test.each([
    [5.96, 1.49, false],
    [6, 1.5, true],
    [6.04, 1.51, true],
  ])('unemployment %p%% against 4%% regional → ratio %p → S3 %p', (u, ratio, flagged) => {
    const res = identify(
      dataset({ schools, territory: [terr('Бешпагир', u, { regionalUnemployment: 4 })], olympiads: [olymp('a', 2024, 1, 10)] }),
      only(['S3']),
    );
    const f = find(res, 'a', 'S3');
    expect(f.value).toBeCloseTo(ratio, 9);
    expect(f.threshold).toBe(1.5);
    expect(f.flagged).toBe(flagged);
  });

  test('S3 without any regional unemployment is not flagged and says what to enter', () => {
    const res = identify(dataset({ schools, territory: [terr('Бешпагир', 12)], olympiads: [olymp('a', 2024, 1, 10)] }), only(['S3']));
    expect(find(res, 'a', 'S3')).toMatchObject({ flagged: false, value: null });
    expect(find(res, 'a', 'S3').note).toMatch(/S3.regional/);
    const withSetting = identify(dataset({ schools, territory: [terr('Бешпагир', 12)], olympiads: [olymp('a', 2024, 1, 10)] }), only(['S3'], { regionalUnemployment: 6 }));
    expect(find(withSetting, 'a', 'S3')).toMatchObject({ flagged: true, value: 2 });
  });

  test('S2 from the registry or from the territory table', () => {
    const res = identify(
      dataset({ schools, territory: [terr('с. Бешпагир', 3, { hardToReach: false })], olympiads: [olymp('a', 2024, 1, 10)] }),
      only(['S2']),
    );
    expect(find(res, 'b', 'S2')).toMatchObject({ flagged: true, value: true });
    expect(find(res, 'a', 'S2')).toMatchObject({ flagged: false, value: false });
    expect(res.schools.find((s) => s.schoolKey === 'b')!.groups).toEqual(['ШНСУ']);
  });
});

describe('notEvaluated', () => {
  test('a results-only workbook: R3 and S1..S3 not evaluated, with the reason', () => {
    const res = identify(dataset({ results: [{ schoolKey: 'a', schoolName: 'A', year: 2024, family: 'ЕГЭ', subject: 'Русский язык', participants: 5, average: 60, maxScore: 100, source: src() }] }), only(['R1', 'R2', 'R3', 'S1', 'S2', 'S3']));
    const reasons = Object.fromEntries(res.notEvaluated.map((n) => [n.code, n.reason.ru]));
    expect(reasons.R3).toBe('нет данных об олимпиадах');
    expect(Object.keys(reasons).sort()).toEqual(['R3', 'S1', 'S2', 'S3', 'T1', 'T2.1', 'T2.2', 'T3.1', 'T3.2']);
    expect(res.schools[0].findings.map((f) => f.code)).toEqual(['R1', 'R2']);
  });
  test('a disabled criterion is listed as disabled', () => {
    const res = identify(dataset({ olympiads: [olymp('a', 2024, 1, 10)] }), only(['R3']));
    expect(res.notEvaluated.find((n) => n.code === 'R1')!.reason.ru).toBe('критерий отключён в параметрах');
  });
});
