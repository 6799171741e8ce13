import { identify } from '../../src/domain/identify';
import { makeSettings } from '../../src/domain/settings';
import { readWorkbook } from '../../src/tables';
import { wideResults } from '../tables/grid-helpers';

/**
 * The «по региону» row read from a workbook and used by R2 (SPEC «Default method for R1 and R2»): its
 * participant count decides whether it totals the listed schools or is the region's reference value.
 */

const R2_ONLY = makeSettings({ criteria: { R1: false, R2: true, R3: false, S1: false, S2: false, S3: false } });
const SCHOOL_AVERAGES = [50, 52, 54, 56];
const PER_SCHOOL = 20;

/** A district's four schools at 50–56 (20 participants each) under a region row with the given count and average. */
const book = (regionParticipants: number, regionAverage: number) =>
  readWorkbook([
    wideResults([
      ['ВСЕГО по региону', null, regionParticipants, null, regionAverage],
      ...SCHOOL_AVERAGES.map((avg, i) => [`СОШ №${i + 1}`, 30, PER_SCHOOL, null, avg]),
    ]),
  ]);

const r2 = (res: ReturnType<typeof identify>) => res.schools.map((s) => s.findings.find((f) => f.code === 'R2')!);
const schoolMean = SCHOOL_AVERAGES.reduce((a, b) => a + b, 0) / SCHOOL_AVERAGES.length;

describe('a district book: the region row counts more participants than the listed schools', () => {
  const read = book(9000, 75);
  const res = identify(read.dataset, R2_ONLY);

  it('is the region\'s reference value: gaps are against 75 and R2 flags the schools more than 20 behind', () => {
    expect(r2(res).map((f) => f.value)).toEqual(SCHOOL_AVERAGES.map((avg) => expect.closeTo(75 - avg, 9)));
    expect(r2(res).map((f) => f.flagged)).toEqual(SCHOOL_AVERAGES.map((avg) => 75 - avg > 20));
    expect(r2(res).filter((f) => f.flagged).length).toBe(3); // 25, 23, 21 flag; 19 does not
  });

  it('is not reported as a mismatch, and the note says it was used as given', () => {
    expect([...read.problems, ...res.problems].filter((p) => p.code === 'regional-average-mismatch')).toEqual([]);
    expect(res.notes.some((n) => n.ru.includes('взятых как есть'))).toBe(true);
  });

  it('does not depend on the tolerance setting', () => {
    const loose = identify(read.dataset, makeSettings({ ...R2_ONLY, regionalTolerance: 100 }));
    expect(r2(loose).map((f) => f.value)).toEqual(r2(res).map((f) => f.value));
  });

  it('is reported and replaced by the school mean only when it lies outside the subject\'s scale', () => {
    const wrong = book(9000, 175);
    const out = identify(wrong.dataset, R2_ONLY);
    expect(wrong.problems.find((p) => p.code === 'regional-average-out-of-scale')).toMatchObject({ sheet: 'Свод', row: 4, column: 'E', severity: 'warning' });
    expect(r2(out)[0].value).toBeCloseTo(schoolMean - SCHOOL_AVERAGES[0], 9);
  });
});

describe('a whole-region book: the total row counts the listed schools\' participants (±2%)', () => {
  const total = SCHOOL_AVERAGES.length * PER_SCHOOL;

  it('a wrong total (a sum of averages, 9.74) is reported at its cell and the computed mean is used', () => {
    const read = book(total, 9.74);
    const res = identify(read.dataset, R2_ONLY);
    const mismatch = res.problems.find((p) => p.code === 'regional-average-mismatch');
    expect(mismatch).toMatchObject({ sheet: 'Свод', row: 4, column: 'E', severity: 'warning' });
    expect(mismatch!.message).toContain('использовано расчётное среднее');
    expect(res.notes.some((n) => n.ru.includes('использовано расчётное среднее'))).toBe(true);
    expect(r2(res).map((f) => f.value)).toEqual(SCHOOL_AVERAGES.map((avg) => expect.closeTo(schoolMean - avg, 9)));
  });

  it('the tolerance setting takes effect: 75 against a school mean of 53 is replaced at 5%, kept at 100%', () => {
    const read = book(total, 75);
    const strict = identify(read.dataset, R2_ONLY);
    const loose = identify(read.dataset, makeSettings({ ...R2_ONLY, regionalTolerance: 100 }));
    expect(r2(strict)[0].value).toBeCloseTo(schoolMean - 50, 9);
    expect(r2(loose)[0].value).toBeCloseTo(75 - 50, 9);
  });

  it('the tolerance boundary: exactly the tolerance apart is kept, beyond it is replaced', () => {
    const keep = identify(book(total, schoolMean + 5).dataset, R2_ONLY);
    const replace = identify(book(total, schoolMean + 5.01).dataset, R2_ONLY);
    expect(r2(keep)[0].value).toBeCloseTo(schoolMean + 5 - 50, 9);
    expect(r2(replace)[0].value).toBeCloseTo(schoolMean - 50, 9);
  });

  it('2% more participants than the schools is still their total; more than that is the region', () => {
    const at2 = identify(book(total * 1.02, 75).dataset, R2_ONLY);
    const beyond = identify(book(total * 1.02 + 1, 75).dataset, R2_ONLY);
    expect(at2.problems.map((p) => p.code)).toContain('regional-average-mismatch');
    expect(beyond.problems.map((p) => p.code)).not.toContain('regional-average-mismatch');
    expect(r2(beyond)[0].value).toBeCloseTo(25, 9);
  });
});

describe('schools with participants but no average still count towards the total', () => {
  it('a whole-region total that also counts a school without an average is still a total', () => {
    const read = readWorkbook([
      wideResults([
        ['ВСЕГО по региону', null, 100, null, 9.74],
        ['СОШ №1', 60, 50, null, 60],
        ['СОШ №2', 60, 30, null, 50],
        ['ООШ №3', 60, 20, null, null],
      ]),
    ]);
    expect(read.dataset.regional[0]).toMatchObject({ kind: 'total', schoolParticipants: 100 });
    const res = identify(read.dataset, R2_ONLY);
    expect(res.problems.map((p) => p.code)).toContain('regional-average-mismatch');
  });
});
