import { parseSchoolYear, schoolYearAfter, sheetYearLabel } from '../../src/domain/roadmap/school-calendar';
import { formatMonths, parseTimingMonths, resolveTiming } from '../../src/domain/roadmap/timing';

const Y = parseSchoolYear('2025/2026')!;
const months = (text: string) => resolveTiming(Y, text).text;

describe('parseSchoolYear', () => {
  it.each(['2025/2026', '2025-2026', '2025–26', ' 2025 / 2026 ', '2025'])('reads %s as the year starting September 2025', (t) => {
    expect(parseSchoolYear(t)).toEqual({ startYear: 2025, label: '2025/2026' });
  });
  it.each(['2025/2027', '2025/2025', 'двадцать пятый', '25/26', ''])('rejects %s', (t) => {
    expect(parseSchoolYear(t)).toBeNull();
  });
  it('labels sheets without the slash Excel forbids', () => {
    expect(sheetYearLabel(Y)).toBe('2025-2026');
  });
  it('plans the year after the results year', () => {
    expect(schoolYearAfter(2025)).toBe('2025/2026');
  });
});

describe('timing of a school year', () => {
  it('puts «ежегодно (август)» in the August closing the school year', () => {
    expect(months('ежегодно (август)')).toBe('август 2026');
  });
  it('spans «в течение года» over the teaching months September … May', () => {
    expect(months('в течение года')).toBe('сентябрь 2025 – май 2026');
    expect(months('постоянно')).toBe('сентябрь 2025 – май 2026');
  });
  it('places a calendar-year plan\'s months in the year the school year ends, in the document\'s order', () => {
    // Grachevka plan-schedule p. 1.11: «март (входной), сентябрь (промежуточный), ноябрь (итоговый)».
    const r = resolveTiming(Y, 'март (входной), сентябрь (промежуточный), ноябрь (итоговый)', 'ru', 'calendar');
    expect(r.text).toBe('март 2026, сентябрь 2026, ноябрь 2026');
    expect(resolveTiming(Y, 'апрель – октябрь', 'ru', 'calendar').text).toBe('апрель 2026 – октябрь 2026');
    expect(resolveTiming(Y, 'февраль – март', 'ru', 'calendar').text).toBe('февраль 2026 – март 2026');
  });
  it('places the analytic stage in the months up to September of the first year', () => {
    expect(resolveTiming(Y, 'май-июнь', 'ru', 'before').text).toBe('май 2025 – июнь 2025');
    expect(resolveTiming(Y, 'июнь – сентябрь', 'ru', 'before').text).toBe('июнь 2025 – сентябрь 2025');
  });
  it('places months written with their year exactly', () => {
    expect(parseTimingMonths('апрель 2026 – октябрь 2026', 'school', 2025)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect(parseTimingMonths('май 2025', 'school', 2025)).toEqual([-4]);
  });
  it('puts December in the starting year and January in the next', () => {
    expect(months('декабрь')).toBe('декабрь 2025');
    expect(months('январь')).toBe('январь 2026');
  });
  it('expands a range in calendar order, across New Year', () => {
    expect(months('ноябрь – февраль')).toBe('ноябрь 2025 – февраль 2026');
    expect(parseTimingMonths('октябрь-ноябрь')).toEqual([1, 2]);
  });
  it('starts a school-year range that runs over August into the autumn in the summer before', () => {
    expect(parseTimingMonths('ежегодно (август-сентябрь)')).toEqual([-1, 0]);
    expect(months('июнь – сентябрь')).toBe('июнь 2025 – сентябрь 2025');
  });
  it('reads inflected month names and dated texts from seed 002', () => {
    expect(parseTimingMonths('март 2021 г. (входной), сентября, мае')).toEqual([0, 6, 8]);
    expect(parseTimingMonths('март 2021 г. – май 2021 г.')).toEqual([6, 7, 8]);
  });
  it('combines a month with «в течение года»', () => {
    expect(parseTimingMonths('Сентябрь, в течение года')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
  it('keeps texts without months as written', () => {
    expect(resolveTiming(Y, 'по графику')).toEqual({ months: [], text: 'по графику' });
    expect(resolveTiming(Y, ' по итогам выявления ').text).toBe('по итогам выявления');
  });
  it('does not read «материалов» or «марка» as May or March', () => {
    expect(parseTimingMonths('подготовка материалов')).toEqual([]);
  });
  it('formats English month names', () => {
    expect(formatMonths(Y, [0, 1, 2], 'en')).toBe('September 2025 – November 2025');
  });
});
