import fc from 'fast-check';
import { cellText, decideShareScale, parseBoolean, parseNumber, parseShare, parseYear } from '../../src/tables';
import { readsAsText, tidyText } from '../../src/tables/cells';

const num = (v: Parameters<typeof parseNumber>[0]) => {
  const p = parseNumber(v);
  return p.kind === 'number' ? p.value : p.kind;
};

describe('parseNumber', () => {
  it.each([
    ['3,5', 3.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234', 1234],
    ['35%', 35],
    [' 12 ', 12],
    ['-2', -2],
    [0, 0],
    [null, 'blank'],
    ['', 'blank'],
    ['х', 'blank'],
    ['-', 'blank'],
    ['—', 'blank'],
    ['абв', 'text'],
    ['12 шт', 'text'],
  ])('%p → %p', (input, expected) => expect(num(input as never)).toBe(expected));

  it('keeps blank and 0 distinct', () => {
    expect(parseNumber(null).kind).toBe('blank');
    expect(parseNumber('0')).toEqual({ kind: 'number', value: 0, percent: false });
  });

  it('reports Excel errors as errors', () => expect(parseNumber({ kind: 'error', code: '#DIV/0!' })).toEqual({ kind: 'error', code: '#DIV/0!' }));

  it('property: any number written with a decimal comma parses back', () =>
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = x.toFixed(4).replace('.', ',');
        expect(num(text)).toBeCloseTo(Number(x.toFixed(4)), 6);
      }),
    ));

  it('property: integers with thousands spaces parse back', () =>
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (n) => {
        const text = n.toLocaleString('ru-RU').replace(/\u00a0|\u202f/g, ' ');
        expect(num(text)).toBe(n);
      }),
    ));

  it('property: a percent sign marks the value as percent, same number', () =>
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (n) => {
        expect(parseNumber(`${n}%`)).toEqual({ kind: 'number', value: n, percent: true });
      }),
    ));
});

describe('share columns', () => {
  it('reads all-≤1 columns as fractions and others as percents', () => {
    expect(decideShareScale([0.35, 0.1, null])).toEqual({ scale: 'fraction', ambiguous: false });
    expect(decideShareScale([35, 10])).toEqual({ scale: 'percent', ambiguous: false });
  });
  it('boundary: exactly 1 is still a fraction column; 1.01 makes it percents', () => {
    expect(decideShareScale([1, 0.5]).scale).toBe('fraction');
    expect(decideShareScale([1.01, 0.5])).toEqual({ scale: 'percent', ambiguous: true });
  });
  it('a «%» header settles fractions mixed with percents', () => expect(decideShareScale([0.5, 12], true)).toEqual({ scale: 'percent', ambiguous: false }));
  it('flags columns of only 0 and 1 as ambiguous', () => expect(decideShareScale([0, 1, 1]).ambiguous).toBe(true));
  it('all three notations of 35% give 35', () => {
    expect((parseShare('35%', 'fraction') as { value: number }).value).toBe(35);
    expect((parseShare(35, 'percent') as { value: number }).value).toBe(35);
    expect((parseShare('0,35', 'fraction') as { value: number }).value).toBeCloseTo(35, 10);
  });
  it('property: a fraction column scaled by 100 gives the percent', () =>
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (n) => {
        const p = parseShare(n / 10000, 'fraction');
        expect(p.kind === 'number' && p.value).toBeCloseTo(n / 100, 8);
      }),
    ));
});

describe('booleans and years', () => {
  it.each([
    ['да', true],
    ['Нет', false],
    ['yes', true],
    ['no', false],
    [1, true],
    [0, false],
    ['+', true],
    [true, true],
  ])('%p → %p', (v, expected) => expect(parseBoolean(v as never)).toEqual({ kind: 'boolean', value: expected }));
  it('blank is not false', () => expect(parseBoolean(null).kind).toBe('blank'));
  it('unknown words are text', () => expect(parseBoolean('может быть').kind).toBe('text'));
  it.each([
    [2023, 2023],
    ['2023', 2023],
    ['2022-2023', 2023],
    ['2022/23 уч. год', 2023],
    ['Всего выпускников в 2023 году', 2023],
    ['нет', null],
  ])('year %p → %p', (v, y) => expect(parseYear(v as never)).toBe(y));
});

describe('cellText tidies spaces', () => {
  test('every run of spaces of any kind becomes one plain space, ends trimmed', () => {
    const piece = fc.constantFrom('а', 'СОШ', '№', '5', '"', ' ', '  ', '\u00a0', '\t', '\n', '\u2007', '\u202f', ' \u00a0 ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const tidy = cellText(text);
        expect(tidy).toBe(tidy.trim());
        expect(tidy).not.toMatch(/[^\S ]| {2}/);
        // Same words in the same order.
        expect(tidy.split(' ').filter(Boolean)).toEqual(text.split(/[\s\u00a0\u2007\u202f]+/).filter(Boolean));
      }),
    );
  });
});

describe('readsAsText: parseNumber says text, at a glance for long names', () => {
  test('agrees with parseNumber on names, placeholders, numbers and mixtures', () => {
    const pieces = ['нет данных', 'Н/Д', 'х', ' ', '\u00a0', '  ', '1', '234', ',5', '%', '\u2212', 'МБОУ', 'СОШ', '№', 'school', 'K', '\u212a', 'ё', '-', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const v = parts.join('');
        expect(readsAsText(v)).toBe(parseNumber(v).kind === 'text');
      }),
      { numRuns: 5000 },
    );
    for (const v of [null, 5, true, { kind: 'error' as const, code: '#N/A' }, '   НЕТ ДАННЫХ  ', 'МБОУ "СОШ № 1"', '1 234,5'])
      expect(readsAsText(v)).toBe(parseNumber(v).kind === 'text');
  });
});

describe('cellText: a tidy text is taken as it is, any other tidied', () => {
  test('the same text as tidying every cell', () => {
    const pieces = [' ', '  ', '\u00a0', '\t', '\n', '\r', '\u2007', '\u202f', '\u3000', '\ufeff', '\u200b', 'a', 'Шк', '№', '1', '-'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const v = parts.join('');
        expect(cellText(v)).toBe(tidyText(v));
      }),
      { numRuns: 5000 },
    );
    // Every character JavaScript counts as a space, alone and between words.
    const differing: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const v of [ch, `a${ch}b`, `a ${ch}b`]) if (cellText(v) !== tidyText(v)) differing.push(v);
    }
    expect(differing).toEqual([]);
  });
});
