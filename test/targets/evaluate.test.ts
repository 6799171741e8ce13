import { defaultIndicators, evaluateTargets, targetFor, type Indicator, type ProgrammeSchool } from '../../src/domain/targets';
import type { MonitoringRecord } from '../../src/domain/records';
import { makeSettings } from '../../src/domain/settings';

/**
 * The default targets at their boundaries: every comparison is checked one step below, at, and one
 * step above the value the documents name, so a «>» written for «≥» fails here.
 */

const YEAR = 2024;
const INDICATORS = defaultIndicators();
const byId = (id: string): Indicator => INDICATORS.find((i) => i.id === id)!;
const school = (key: string): ProgrammeSchool => ({ key, name: `Школа ${key}`, groups: ['ШНОР'] });
const record = (key: string, values: MonitoringRecord['values'], year = YEAR): MonitoringRecord => ({
  schoolKey: key,
  schoolName: `Школа ${key}`,
  year,
  values,
  source: { sheet: 'Мониторинг', row: 5 },
});

/** The status of one school indicator for one value of its measure. */
const statusOf = (id: string, value: MonitoringRecord['values'][string], year = YEAR) => {
  const indicator = byId(id);
  const control = evaluateTargets({ year, indicators: [indicator], schools: [school('a')], monitoring: [record('a', { [indicator.measure]: value }, year)] });
  return control.schools[0].outcomes[0];
};

describe('school targets at their boundaries', () => {
  it.each([
    ['staff', 5, 'staff trained: exactly 5'],
    ['courseHours', 32, 'course hours: exactly 32'],
    ['eventHours', 4, 'event hours: exactly 4'],
    ['teachersShare', 80, 'teachers in communities: exactly 80%'],
    ['events', 1, 'events: exactly 1'],
    ['consultations', 1, 'consultations: exactly 1'],
    ['reports', 3, 'monitoring reports: exactly 3'],
  ])('%s: the document’s own figure meets the target, one below misses it (%s)', (id, boundary) => {
    // The figure comes from the source text cited in the catalogue, not from the code's constant.
    const quoted = Number(/не менее (\d+)|(\d+) %|(\d+)-ти|каждому этапу/.exec(byId(id).source)?.slice(1).find(Boolean) ?? boundary);
    expect(quoted).toBe(boundary);
    expect(statusOf(id, boundary).status).toBe('met');
    expect(statusOf(id, boundary + 0.5).status).toBe('met');
    const below = statusOf(id, boundary - (id === 'teachersShare' ? 0.1 : 1));
    expect(below.status).toBe('missed');
    expect(below.shortfall).toBeCloseTo(id === 'teachersShare' ? 0.1 : 1, 9);
  });

  it('«80%» as typed meets the target, «79,9» misses', () => {
    expect(statusOf('teachersShare', '80%').status).toBe('met');
    expect(statusOf('teachersShare', '79,9').status).toBe('missed');
  });

  it('no data is never a failure; zero is', () => {
    for (const blank of [null, '', '—', '-', 'н/д']) expect(statusOf('staff', blank).status).toBe('noData');
    const zero = statusOf('staff', 0);
    expect(zero.status).toBe('missed');
    expect(zero.shortfall).toBe(5);
  });

  it('a school with no monitoring row at all has «нет данных» for every indicator, not a failure', () => {
    const control = evaluateTargets({ year: YEAR, indicators: INDICATORS, schools: [school('silent')], monitoring: [] });
    expect(control.schools[0].noData).toBe(control.schoolIndicators.length);
    expect(control.schools[0].missed).toBe(0);
    expect(control.missing).toEqual([]);
  });

  it.each([['да'], ['Да'], ['+'], ['1'], ['выполнено'], [true], ['15.03.2024'], [45366]])('yes/no: %p counts as done', (v) => {
    expect(statusOf('programme', v).status).toBe('met');
  });
  it.each([['нет'], ['Нет'], ['0'], [0], [false], ['не выполнено']])('yes/no: %p counts as not done', (v) => {
    expect(statusOf('programme', v).status).toBe('missed');
  });
  it('unreadable text is no data with a note, not a failure', () => {
    const o = statusOf('programme', 'может быть');
    expect(o.status).toBe('noData');
    expect(o.note).toMatch(/не распознано/);
  });
});

describe('district targets on district totals', () => {
  const district = (values: Record<string, number | null>, year = YEAR) =>
    evaluateTargets({
      year,
      indicators: INDICATORS,
      schools: [school('a')],
      monitoring: [],
      district: [{ year, values }],
    }).district;
  const at = (outcomes: ReturnType<typeof district>, id: string) => outcomes.find((o) => o.indicatorId === id)!;

  it('a seminar of exactly 40 participants from exactly 2 districts meets both targets; 39 or 1 district does not', () => {
    const ok = district({ seminarParticipants: 40, seminarDistricts: 2 });
    expect(at(ok, 'd-seminarParticipants').status).toBe('met');
    expect(at(ok, 'd-seminarDistricts').status).toBe('met');
    const short = district({ seminarParticipants: 39, seminarDistricts: 1 });
    expect(at(short, 'd-seminarParticipants')).toMatchObject({ status: 'missed', shortfall: 1 });
    expect(at(short, 'd-seminarDistricts')).toMatchObject({ status: 'missed', shortfall: 1 });
  });

  it('experience exchange: exactly 4 events meet the target, 3 do not, none entered is no data', () => {
    expect(at(district({ exchangeEvents: 4 }), 'd-exchange').status).toBe('met');
    expect(at(district({ exchangeEvents: 3 }), 'd-exchange').status).toBe('missed');
    expect(at(district({}), 'd-exchange').status).toBe('noData');
  });

  it('per-year targets: the 2023 seminar needs 4 districts (plan-schedule п. 3.22), other years 2', () => {
    const seminar = byId('d-seminarDistricts');
    expect(seminar.source).toMatch(/из 4 районов/);
    expect(targetFor(seminar, 2023)).toBe(4);
    expect(targetFor(seminar, 2022)).toBe(2);
    expect(targetFor(seminar, 2025)).toBe(2);
    expect(at(district({ seminarDistricts: 3 }, 2023), 'd-seminarDistricts').status).toBe('missed');
    expect(at(district({ seminarDistricts: 3 }, 2022), 'd-seminarDistricts').status).toBe('met');
  });

  it('school-level values roll up: specialist posts in exactly 2 schools meet the district target, 1 does not', () => {
    const run = (posts: number[]) =>
      evaluateTargets({
        year: YEAR,
        indicators: [byId('d-specialists')],
        schools: posts.map((_, i) => school(`s${i}`)),
        monitoring: posts.map((p, i) => record(`s${i}`, { specialistPosts: p })),
      }).district[0];
    expect(run([1, 2, 0]).status).toBe('met');
    expect(run([1, 0, 0])).toMatchObject({ status: 'missed', actual: 1, shortfall: 1 });
  });

  it('the agreement share counts schools with data only: 1 of 2 reporting schools is exactly 50 % and meets it', () => {
    const o = evaluateTargets({
      year: YEAR,
      indicators: [byId('d-agreementShare')],
      schools: [school('a'), school('b'), school('c')],
      monitoring: [record('a', { partnerAgreement: 'да' }), record('b', { partnerAgreement: 'нет' })],
    }).district[0];
    expect(o).toMatchObject({ status: 'met', actual: 50 });
    expect(o.note).toMatch(/по 2 школам с данными из 3/);
  });

  it('the district agreements target is a setting: 2 (plan-schedule) by default, 5 (expected results) when chosen', () => {
    expect(makeSettings().targets.districtAgreements).toBe(2);
    const five = defaultIndicators({ districtAgreements: 5 }).find((i) => i.id === 'd-agreements')!;
    expect(five.target).toBe(5);
    expect(five.source).toMatch(/не менее 2 в год/);
    expect(five.source).toMatch(/не менее 5-ти в год/);
  });
});

describe('pairs from the partner-pairing sheet', () => {
  it('count as concluded agreements, at school and district level', () => {
    const indicators = [byId('agreement'), byId('d-agreements')];
    const schools = [school('a'), school('b'), school('c')];
    const monitoring = [record('a', { partnerAgreement: 'да' }), record('b', { partnerAgreement: 'нет' })];
    const without = evaluateTargets({ year: YEAR, indicators, schools, monitoring });
    expect(without.schools.map((s) => s.outcomes[0].status)).toEqual(['met', 'missed', 'noData']);
    expect(without.district[0]).toMatchObject({ actual: 1, status: 'missed' });
    const withPairs = evaluateTargets({ year: YEAR, indicators, schools, monitoring, pairs: [{ schoolKey: 'b', partner: 'Гимназия № 1' }, { schoolKey: 'c', partner: 'СОШ № 2' }] });
    expect(withPairs.schools.map((s) => s.outcomes[0].status)).toEqual(['met', 'met', 'met']);
    expect(withPairs.schools[1].outcomes[0].note).toMatch(/листу партнёров/);
    expect(withPairs.district[0]).toMatchObject({ actual: 3, status: 'met' });
  });
});

describe('stages and years', () => {
  it('an indicator due at a later stage is not evaluated at an earlier one', () => {
    const control = evaluateTargets({ year: YEAR, stage: 'entry', indicators: INDICATORS, schools: [school('a')], monitoring: [] });
    expect(control.schoolIndicators.every((i) => i.stage === 'entry')).toBe(true);
    const intermediate = evaluateTargets({ year: YEAR, stage: 'intermediate', indicators: INDICATORS, schools: [], monitoring: [] });
    expect(intermediate.schoolIndicators.map((i) => i.id)).toEqual(INDICATORS.filter((i) => i.level === 'school' && i.stage !== 'final').map((i) => i.id));
  });

  it('only the control year’s monitoring counts; a later stage’s value replaces an earlier one, a blank does not', () => {
    const monitoring = [
      { ...record('a', { staffTrained: 2, courseHours: 36 }), stage: 'intermediate' as const },
      { ...record('a', { staffTrained: 6, courseHours: null }), stage: 'final' as const },
      record('a', { staffTrained: 0 }, YEAR - 1),
    ];
    const control = evaluateTargets({ year: YEAR, indicators: [byId('staff'), byId('courseHours')], schools: [school('a')], monitoring });
    expect(control.schools[0].outcomes.map((o) => [o.actual, o.status])).toEqual([[6, 'met'], [36, 'met']]);
  });

  it('counts per indicator and per school add up to schools × indicators', () => {
    const schools = ['a', 'b', 'c', 'd'].map(school);
    const monitoring = [record('a', { staffTrained: 5 }), record('b', { staffTrained: 4 }), record('c', { staffTrained: null })];
    const control = evaluateTargets({ year: YEAR, indicators: INDICATORS, schools, monitoring });
    const staff = control.counts.find((c) => c.indicatorId === 'staff')!;
    expect(staff).toEqual({ indicatorId: 'staff', met: 1, missed: 1, noData: 2 });
    const perSchool = control.schools.reduce((n, s) => n + s.met + s.missed + s.noData, 0);
    const perIndicator = control.counts.reduce((n, c) => n + c.met + c.missed + c.noData, 0);
    expect(perSchool).toBe(schools.length * control.schoolIndicators.length);
    expect(perIndicator).toBe(perSchool);
    expect(control.missing.map((s) => s.school.key)).toEqual(['b']);
  });
});
