import { formatDecimal, parseDecimal } from '../../src/taskpane/number-input';

describe('parseDecimal', () => {
  it.each([
    ['3,5', 3.5],
    ['3.5', 3.5],
    [' 20 ', 20],
    ['-1', -1],
    [',5', 0.5],
    ['1 000', 1000],
  ])('reads %p', (raw, value) => expect(parseDecimal(raw)).toEqual({ ok: true, value }));

  it.each(['', 'abc', '1,2,3', '1e3', '--1', '5%'])('refuses %p', (raw) =>
    expect(parseDecimal(raw)).toEqual({ ok: false, reason: 'not-a-number' }),
  );

  it('keeps the bounds inclusive', () => {
    expect(parseDecimal('0', 0, 1).ok).toBe(true);
    expect(parseDecimal('1', 0, 1).ok).toBe(true);
    expect(parseDecimal('1,01', 0, 1)).toEqual({ ok: false, reason: 'out-of-range' });
    expect(parseDecimal('-0,01', 0, 1)).toEqual({ ok: false, reason: 'out-of-range' });
  });

  it('writes numbers back the way each language does', () => {
    expect(formatDecimal(0.5, 'ru')).toBe('0,5');
    expect(formatDecimal(0.5, 'en')).toBe('0.5');
    expect(parseDecimal(formatDecimal(12.25, 'ru'))).toEqual({ ok: true, value: 12.25 });
  });
});
