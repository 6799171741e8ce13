import { identify } from '../../src/domain/identify';
import type { OlympiadRecord } from '../../src/domain/records';
import type { Adjustment } from '../../src/domain/types';
import { dataset, only, regional, result, src } from './builders';

/**
 * «Устойчиво низкие результаты» (seed 004 §V: «Показателями для расчета являются результаты ЕГЭ, ОГЭ и ВПР
 * за последние два года»): R1 or R2 in the reported year and in the year before, before expert adjustments.
 */

const REGION = 70;
const LOW = 40; // gap 30 > 20: R2
const YEARS = [2023, 2024];
const regionals = YEARS.map((y) => regional(y, 'ЕГЭ', REGION));
const ege = (key: string, year: number, low: boolean) => result(key, year, 'ЕГЭ', low ? LOW : REGION);
/** 0.3% of 1000 students in olympiads: R3 («0,5% и ниже») holds every year. */
const fewOlympiads = (key: string, year: number): OlympiadRecord => ({ schoolKey: key, schoolName: `Школа ${key}`, year, participants: 3, students: 1000, source: src('Олимпиады') });
const enoughOlympiads = (key: string, year: number): OlympiadRecord => ({ ...fewOlympiads(key, year), participants: 100 });

const at = (res: ReturnType<typeof identify>, key: string, year: number) => res.schools.find((s) => s.schoolKey === key && s.year === year)!;

describe('stable: low results in each of the last two years', () => {
  // 'r2' is behind the region both years; 'r3' only has few olympiad participants (results at the region's level);
  // 'once' is low in 2024 only; 'ok' is neither.
  const data = dataset({
    results: YEARS.flatMap((y) => [ege('r2', y, true), ege('r3', y, false), ege('once', y, y === 2024), ege('ok', y, false)]),
    olympiads: YEARS.flatMap((y) => [enoughOlympiads('r2', y), fewOlympiads('r3', y), enoughOlympiads('once', y), enoughOlympiads('ok', y)]),
    regional: regionals,
  });
  const settings = only(['R2', 'R3'], { regionalTolerance: 100 });
  const res = identify(data, settings);

  test('R2 in both years is stable; low in one year only is not', () => {
    expect(at(res, 'r2', 2024).stable).toBe(true);
    expect(at(res, 'once', 2024).stable).toBe(false);
    expect(at(res, 'ok', 2024).stable).toBe(false);
  });

  test('R3 alone in both years puts the school in ШНОР both years but does not make it stable', () => {
    expect(at(res, 'r3', 2023).groups).toEqual(['ШНОР']);
    expect(at(res, 'r3', 2024).groups).toEqual(['ШНОР']);
    expect(at(res, 'r3', 2024).findings.find((f) => f.code === 'R2')!.flagged).toBe(false);
    expect(at(res, 'r3', 2024).stable).toBe(false);
    expect(res.summary.find((s) => s.year === 2024)!.stable).toBe(1);
  });

  test('«all» mode: ШНОР needs every enabled criterion (R2 and R3), stable still reads the results alone', () => {
    const all = identify(data, { ...settings, mode: { low: 'all', social: 'any' } });
    expect(at(all, 'r2', 2024).groups).toEqual([]); // R2 but enough olympiads
    expect(at(all, 'r3', 2024).groups).toEqual([]); // R3 but results at the region's level
    expect(at(all, 'r2', 2024).stable).toBe(true);
    expect(at(all, 'r3', 2024).stable).toBe(false);
    const both = dataset({ ...data, olympiads: YEARS.map((y) => fewOlympiads('r2', y)), results: YEARS.map((y) => ege('r2', y, true)) });
    expect(at(identify(both, { ...settings, mode: { low: 'all', social: 'any' } }), 'r2', 2024).groups).toEqual(['ШНОР']);
  });
});

describe('stable does not depend on the years asked for or on expert adjustments', () => {
  const data = dataset({ results: YEARS.flatMap((y) => [ege('a', y, true), ege('b', y, false)]), regional: regionals });
  const settings = only(['R2'], { regionalTolerance: 100 });
  const exclude2023: Adjustment = { school: 'a', year: 2023, action: 'exclude', group: 'ШНОР', reason: 'смена руководства' };
  const exclude2024: Adjustment = { ...exclude2023, year: 2024 };

  test.each([
    ['every year', undefined],
    ['--year 2024', [2024]],
  ])('reported %s: the same stable flag, with or without a 2023 adjustment', (_label, years) => {
    const plain = identify(data, settings, { years });
    const adjusted = identify(data, settings, { years, adjustments: [exclude2023] });
    expect(at(plain, 'a', 2024).stable).toBe(true);
    expect(at(adjusted, 'a', 2024).stable).toBe(true);
  });

  test('an adjustment of the reported year changes the groups and is shown beside, not folded into stable', () => {
    const res = identify(data, settings, { years: [2024], adjustments: [exclude2024] });
    const a = at(res, 'a', 2024);
    expect(a.groups).toEqual([]);
    expect(a.groupsByCriteria).toEqual(['ШНОР']);
    expect(a.adjustment!.changes[0]).toMatchObject({ action: 'exclude', changed: true });
    expect(a.stable).toBe(true);
  });
});
