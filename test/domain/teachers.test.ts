import { evaluateTeachers } from '../../src/domain/teachers';
import { identify } from '../../src/domain/identify';
import { toCliJson } from '../../src/cli/json-contract';
import { makeSettings } from '../../src/domain/settings';
import type { TeacherRecord } from '../../src/domain/records';
import type { TeacherCode } from '../../src/domain/types';
import { dataset, result, src } from './builders';

const settings = makeSettings();
const t = (extra: Partial<TeacherRecord>): TeacherRecord => ({
  teacher: 'Иванова  Мария Петровна',
  schoolKey: 'a',
  schoolName: 'Школа a',
  subject: 'Русский язык',
  year: 2024,
  source: src('Педагоги'),
  ...extra,
});
const one = (records: TeacherRecord[], code: TeacherCode) => {
  const found = evaluateTeachers(records, 2024, settings).filter((f) => f.code === code);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('T1: «Менее 50 %» continued to grade 10 over three years', () => {
  test.each([
    [49.9, true],
    [50, false],
    [50.1, false],
  ])('%p%% → flagged %p', (share, flagged) => {
    const records = [2022, 2023, 2024].map((year) => t({ year, continuedToGrade10Share: share, participants: 20 }));
    const f = one(records, 'T1');
    expect(f.value).toBeCloseTo(share, 9);
    expect(f.flagged).toBe(flagged);
    expect(f.teacher).toBe('Иванова Мария Петровна');
    expect(f.source).toHaveLength(3);
  });
  test('participant-weighted over the window; older years ignored', () => {
    const records = [
      t({ year: 2021, continuedToGrade10Share: 0, participants: 100 }),
      t({ year: 2023, continuedToGrade10Share: 40, participants: 30 }),
      t({ year: 2024, continuedToGrade10Share: 80, participants: 10 }),
    ];
    expect(one(records, 'T1').value).toBeCloseTo(50, 9);
  });
});

const vpr = (subject: string, average: number, regionalAverage: number, extra: Partial<TeacherRecord> = {}) =>
  t({ subject, family: 'ВПР', grade: 4, average, regionalAverage, participants: 25, ...extra });

describe('T2: primary ВПР', () => {
  test.each([
    [19.9, false],
    [20, false],
    [20.1, true],
  ])('T2.2: sum %p points below the regional sum → flagged %p', (gap, flagged) => {
    const records = [vpr('Русский язык', 20, 25), vpr('Математика', 10, 15), vpr('Окружающий мир', 20 - (gap - 10), 20)];
    const f = one(records, 'T2.2');
    expect(f.value).toBeCloseTo(gap, 9);
    expect(f.flagged).toBe(flagged);
    expect(f.extra).toHaveLength(3);
  });
  test('T2.2 needs all three subjects', () => {
    const found = evaluateTeachers([vpr('Русский язык', 1, 30), vpr('Математика', 1, 30)], 2024, settings);
    expect(found.map((f) => f.code)).toEqual(['T2.1']);
  });
  // «по русскому языку, математике и окружающему миру»: all three below the region, by default with data in all three.
  const allBelow = [vpr('Русский язык', 1, 30), vpr('Математика', 1, 30), vpr('Окружающий мир', 1, 30)];
  test.each([
    [1, 3, false],
    [2, 3, false],
    [3, 3, true],
    [1, 2, false],
    [2, 2, true],
    [3, 2, true],
    [1, 1, true],
  ])('T2.1 with %p of 3 subjects below the region, minimum %p → flagged %p', (subjects, minimum, flagged) => {
    const records = allBelow.slice(0, subjects);
    const found = evaluateTeachers(records, 2024, makeSettings({ teachers: { primaryMinSubjects: minimum } })).filter((f) => f.code === 'T2.1');
    expect(found).toHaveLength(1);
    expect(found[0].flagged).toBe(flagged);
    const missing = settings.teachers.primarySubjects.slice(subjects);
    for (const m of missing) expect(found[0].note).toContain(m);
    if (missing.length === 0) expect(found[0].note).toBeUndefined();
    if (subjects < minimum) expect(found[0].note).toContain(`нужно не меньше ${minimum} из 3`);
  });
  test.each([
    [[24.9, 14.9, 19.9], true],
    [[24.9, 15, 19.9], false], // equal to the regional average is not «ниже»
    [[24.9, 15.1, 19.9], false],
  ])('T2.1: averages %p against 25/15/20 → flagged %p', (avgs, flagged) => {
    const records = [vpr('Русский язык', avgs[0], 25), vpr('Математика', avgs[1], 15), vpr('Окружающий мир', avgs[2], 20)];
    expect(one(records, 'T2.1').flagged).toBe(flagged);
  });
  test('other grades and other years are not primary ВПР', () => {
    const found = evaluateTeachers([vpr('Русский язык', 1, 30, { grade: 5 }), vpr('Математика', 1, 30, { year: 2023 })], 2024, settings);
    expect(found.filter((f) => f.code.startsWith('T2'))).toEqual([]);
  });
});

const exam = (family: 'ОГЭ' | 'ЕГЭ', year: number, belowMinimumShare: number, qualityShare?: number) =>
  t({ family, year, belowMinimumShare, qualityShare, participants: 20, subject: 'Математика' });

describe('T3.1: ОГЭ «3,5% и более» while quality over 3 years «менее 40%»', () => {
  test.each([
    [3.4, false],
    [3.5, true],
    [3.6, true],
  ])('mean below-minimum %p%% (quality sum 30) → flagged %p', (below, flagged) => {
    const records = [exam('ОГЭ', 2022, below, 10), exam('ОГЭ', 2023, below - 1, 10), exam('ОГЭ', 2024, below + 1, 10)];
    const f = one(records, 'T3.1');
    expect(f.value).toBeCloseTo(below, 9);
    expect(f.flagged).toBe(flagged);
    expect(f.years).toEqual([2022, 2023, 2024]);
  });
  const sumSettings = makeSettings({ teachers: { ogeQualityMethod: 'sum' } });
  test.each([
    [39.9, true],
    [40, false],
    [40.1, false],
  ])('literal sum (a setting): quality sum %p%% (below-minimum 5%%) → flagged %p', (quality, flagged) => {
    const records = [exam('ОГЭ', 2022, 5, 10), exam('ОГЭ', 2023, 5, 10), exam('ОГЭ', 2024, 5, quality - 20)];
    const f = evaluateTeachers(records, 2024, sumSettings).find((x) => x.code === 'T3.1')!;
    expect(f.extra![0].value).toBeCloseTo(quality, 9);
    expect(f.flagged).toBe(flagged);
  });

  /** One year of ОГЭ with `participants`, of whom `good` got 4 or 5 (below-minimum 5%). */
  const year = (y: number, participants: number, good: number) =>
    t({ family: 'ОГЭ', year: y, belowMinimumShare: 5, qualityShare: (100 * good) / participants, participants, subject: 'Математика' });
  test.each([
    // 4-and-5 marks over three years ÷ participants over three years, counted here by hand
    [[[20, 14], [30, 10], [50, 16]], 40, false], // 40 / 100: exactly 40% is not «менее 40%»
    [[[20, 14], [30, 10], [50, 15.9]], 39.9, true],
    [[[20, 14], [30, 10], [50, 16.1]], 40.1, false],
    [[[40, 14], [40, 14], [40, 14]], 35, true], // 35% each year: flagged (the literal sum, 105, would not be)
  ])('pooled (default): years %j → quality %p%% → flagged %p', (years, quality, flagged) => {
    const records = (years as number[][]).map(([p, good], i) => year(2022 + i, p, good));
    const f = one(records, 'T3.1');
    expect(f.extra![0].value).toBeCloseTo(quality, 9);
    expect(f.flagged).toBe(flagged);
    expect(f.rule).toContain('«при суммарном значении показателя «качество знаний» за три года менее 40%»');
  });
  test('one year at 35% and three years at 35% are read alike (pooled); the literal sum flags only the first', () => {
    const once = [year(2024, 40, 14)];
    const thrice = [2022, 2023, 2024].map((y) => year(y, 40, 14));
    expect(one(once, 'T3.1').flagged).toBe(true);
    expect(one(thrice, 'T3.1').flagged).toBe(true);
    const sum = (records: TeacherRecord[]) => evaluateTeachers(records, 2024, sumSettings).find((x) => x.code === 'T3.1')!.flagged;
    expect(sum(once)).toBe(true);
    expect(sum(thrice)).toBe(false);
  });
});

describe('T3.2: ЕГЭ «от 10% и выше»', () => {
  test.each([
    [9.9, false],
    [10, true],
    [10.1, true],
  ])('mean below-minimum %p%% → flagged %p', (below, flagged) => {
    const records = [exam('ЕГЭ', 2022, below), exam('ЕГЭ', 2023, below), exam('ЕГЭ', 2024, below)];
    const f = one(records, 'T3.2');
    expect(f.flagged).toBe(flagged);
    expect(f.margin).toBeCloseTo(below - 10, 9);
    expect(f.rule).toContain('Программа поддержки педагогов, имеющих низкие образовательные результаты обучающихся, на 2021-2024 годы');
    expect(f.rule).toContain('п. 3.2');
    expect(f.rule).not.toMatch(/seed/);
  });
});

describe('partial windows: «данные за N из 3 лет», years lists only the years used', () => {
  test.each([
    [[2024], 'данные за 1 из 3 лет: 2024'],
    [[2023, 2024], 'данные за 2 из 3 лет: 2023, 2024'],
    [[2022, 2024], 'данные за 2 из 3 лет: 2022, 2024'],
    [[2022, 2023, 2024], undefined],
  ])('T1 with data for %j', (years, note) => {
    const f = one(years.map((year) => t({ year, continuedToGrade10Share: 40, participants: 20 })), 'T1');
    expect(f.years).toEqual(years);
    expect(f.note).toBe(note);
  });
  test.each([
    ['ОГЭ', 'T3.1'],
    ['ЕГЭ', 'T3.2'],
  ] as const)('%s (%s) with two of three years', (family, code) => {
    const f = one([exam(family, 2023, 12, 10), exam(family, 2024, 12, 10)], code);
    expect(f.years).toEqual([2023, 2024]);
    expect(f.note).toBe('данные за 2 из 3 лет: 2023, 2024');
  });
});

describe('the CLI JSON carries the years used and the partial-window note', () => {
  test('T3.2 with two of three years', () => {
    const records = [exam('ЕГЭ', 2023, 12), exam('ЕГЭ', 2024, 12)];
    const res = identify(dataset({ results: [result('a', 2024, 'ЕГЭ', 60)], teachers: records }), settings);
    expect(toCliJson(res).teachers).toEqual([
      expect.objectContaining({ code: 'T3.2', years: [2023, 2024], note: 'данные за 2 из 3 лет: 2023, 2024' }),
    ]);
  });
});
