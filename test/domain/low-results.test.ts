import { identify } from '../../src/domain/identify';
import type { Finding } from '../../src/domain/types';
import { dataset, only, regional, result, school } from './builders';

const finding = (res: ReturnType<typeof identify>, key: string, code: string): Finding =>
  res.schools.find((s) => s.schoolKey === key)!.findings.find((f) => f.code === code)!;

describe('R2: gap to the region «более 20 баллов»', () => {
  // Regional record fixed at 70 of 100; tolerance opened so the record is kept whatever the schools give.
  const settings = only(['R2'], { regionalTolerance: 100 });
  test.each([
    [50, 20, false], // exactly 20: not «более»
    [49.9, 20.1, true],
    [50.1, 19.9, false],
  ])('school average %p → gap %p → flagged %p', (average, gap, flagged) => {
    const res = identify(dataset({ results: [result('a', 2024, 'ЕГЭ', average)], regional: [regional(2024, 'ЕГЭ', 70)] }), settings);
    const f = finding(res, 'a', 'R2');
    expect(f.value).toBeCloseTo(gap, 9);
    expect(f.threshold).toBe(20);
    expect(f.flagged).toBe(flagged);
    expect(f.margin).toBeCloseTo(gap - 20, 9);
    expect(res.schools[0].groups.includes('ШНОР')).toBe(flagged);
  });

  test('gaps are in percent of the subject maximum (5-point базовая математика)', () => {
    const res = identify(
      dataset({
        results: [result('a', 2024, 'ЕГЭ', 2.9, { subject: 'Математика (базовая)', maxScore: 5 })],
        regional: [{ ...regional(2024, 'ЕГЭ', 4), subject: 'Математика (базовая)', maxScore: 5 }],
      }),
      settings,
    );
    expect(finding(res, 'a', 'R2').value).toBeCloseTo(22, 9);
    expect(finding(res, 'a', 'R2').flagged).toBe(true);
  });

  test('the family gap is the participant-weighted mean over subjects', () => {
    const res = identify(
      dataset({
        results: [
          result('a', 2024, 'ОГЭ', 40, { participants: 30 }), // gap 30
          result('a', 2024, 'ОГЭ', 70, { participants: 10, subject: 'Математика' }), // gap 0
        ],
        regional: [regional(2024, 'ОГЭ', 70), { ...regional(2024, 'ОГЭ', 70), subject: 'Математика' }],
      }),
      settings,
    );
    expect(finding(res, 'a', 'R2').value).toBeCloseTo(22.5, 9);
    expect(finding(res, 'a', 'R2').participants).toBe(40);
    expect(finding(res, 'a', 'R2').source).toHaveLength(2);
  });
});

describe('regional average: record vs participant-weighted school mean (tolerance 5% of max)', () => {
  // Schools give a weighted mean of 60; the record says 60 + d.
  const schools = [result('a', 2024, 'ЕГЭ', 50, { participants: 10 }), result('b', 2024, 'ЕГЭ', 70, { participants: 10 })];
  test.each([
    [5, 'record'],
    [4.9, 'record'],
    [5.1, 'computed'],
  ])('record off by %p → %s used', (d, used) => {
    const res = identify(dataset({ results: schools, regional: [regional(2024, 'ЕГЭ', 60 + d)] }), only(['R2']));
    const expectedRegional = used === 'record' ? 60 + d : 60;
    expect(finding(res, 'a', 'R2').value).toBeCloseTo(expectedRegional - 50, 9);
    expect(res.problems.length).toBe(used === 'record' ? 0 : 1);
    expect(res.notes.some((n) => n.ru.includes('использовано расчётное среднее'))).toBe(used === 'computed');
    if (used === 'computed') expect(res.problems[0]).toMatchObject({ sheet: 'Результаты', severity: 'warning', code: 'regional-average-mismatch' });
  });

  test('a record the reader found outside the scale is ignored', () => {
    const res = identify(dataset({ results: schools, regional: [{ ...regional(2024, 'ЕГЭ', 62), kind: 'invalid' }] }), only(['R2']));
    expect(finding(res, 'a', 'R2').value).toBeCloseTo(10, 9);
  });

  test('the region\'s reference value is used as given, however far from the schools', () => {
    const res = identify(dataset({ results: schools, regional: [{ ...regional(2024, 'ЕГЭ', 80), kind: 'reference' }] }), only(['R2']));
    expect(finding(res, 'a', 'R2').value).toBeCloseTo(30, 9);
    expect(res.problems).toEqual([]);
  });

  test('without a record the participant-weighted mean is the regional average', () => {
    const res = identify(
      dataset({ results: [result('a', 2024, 'ЕГЭ', 40, { participants: 30 }), result('b', 2024, 'ЕГЭ', 80, { participants: 10 })] }),
      only(['R2']),
    );
    expect(finding(res, 'a', 'R2').value).toBeCloseTo(10, 9); // mean 50
    expect(finding(res, 'b', 'R2').value).toBeCloseTo(-30, 9);
  });
});

describe('R1: bottom quartile by composite rank', () => {
  const gaps = (n: number, values?: number[]) =>
    Array.from({ length: n }, (_, i) => result(`s${i}`, 2024, 'ЕГЭ', values ? values[i] : 40 + i * 5));

  test.each([
    [3, 1],
    [4, 1],
    [5, 2],
    [8, 2],
    [9, 3],
  ])('N = %i distinct schools → %i flagged', (n, k) => {
    const res = identify(dataset({ results: gaps(n) }), only(['R1']));
    const flagged = res.schools.filter((s) => s.findings[0].flagged).map((s) => s.schoolKey);
    expect(flagged).toHaveLength(k);
    // the lowest averages are the flagged ones
    expect(flagged.sort()).toEqual(Array.from({ length: k }, (_, i) => `s${i}`));
  });

  test('ties at the boundary are included', () => {
    const res = identify(dataset({ results: gaps(4, [40, 40, 60, 70]) }), only(['R1']));
    expect(res.schools.filter((s) => s.groups.includes('ШНОР')).map((s) => s.schoolKey).sort()).toEqual(['s0', 's1']);
  });

  test('composite is the mean of the family ranks; a school is ranked on the families it has', () => {
    const res = identify(
      dataset({
        results: [
          result('a', 2024, 'ЕГЭ', 30),
          result('a', 2024, 'ВПР', 90),
          result('b', 2024, 'ЕГЭ', 60),
          result('b', 2024, 'ВПР', 50),
          result('c', 2024, 'ВПР', 70), // an ООШ/НОШ without ЕГЭ
        ],
      }),
      only(['R1']),
      { explain: true },
    );
    const r1 = (k: string) => finding(res, k, 'R1');
    expect(r1('a').value).toBe(50); // ЕГЭ rank 0, ВПР rank 100
    expect(r1('b').value).toBe(50); // ЕГЭ rank 100, ВПР rank 0
    expect(r1('c').value).toBe(50); // ВПР rank 50 only
    expect(r1('c').parts!.map((p) => p.label)).toEqual(['ВПР']);
  });

  test('schools without participants are «нет данных», not ranked and not low', () => {
    const res = identify(
      dataset({
        schools: [school('a'), school('b'), school('c'), school('d'), school('e', { type: 'ООШ' })],
        results: [...gaps(4).map((r, i) => ({ ...r, schoolKey: 'abcd'[i] })), result('e', 2024, 'ОГЭ', null, { participants: 0 })],
      }),
      only(['R1', 'R2']),
    );
    const e = res.schools.find((s) => s.schoolKey === 'e')!;
    expect(e.groups).toEqual([]);
    expect(e.noData).toEqual(['ОГЭ', 'ВПР']); // an ООШ is not expected to have ЕГЭ
    expect(finding(res, 'e', 'R1').value).toBeNull();
    expect(finding(res, 'e', 'R1').note).toMatch(/не ранжируется/);
    expect(res.schools.filter((s) => s.groups.length > 0).map((s) => s.schoolKey)).toEqual(['a']);
  });

  test.each([
    [9, true],
    [10, false],
    [11, false],
  ])('minParticipants 10: a family with %i participants is unreliable = %p', (participants, unreliable) => {
    const results = [result('a', 2024, 'ЕГЭ', 10, { participants }), result('b', 2024, 'ЕГЭ', 60), result('c', 2024, 'ЕГЭ', 70)];
    const res = identify(dataset({ results }), only(['R1', 'R2'], { minParticipants: 10 }), { explain: true });
    const a = res.schools.find((s) => s.schoolKey === 'a')!;
    expect(a.unreliable).toEqual(unreliable ? ['ЕГЭ'] : []);
    expect(finding(res, 'a', 'R1').value === null).toBe(unreliable);
    expect(finding(res, 'a', 'R2').flagged).toBe(!unreliable);
    expect(finding(res, 'a', 'R2').parts![0]).toMatchObject({ label: 'ЕГЭ', participants, reliable: !unreliable });
  });
});
