import fc from 'fast-check';
import { columnOfRef, decimalAt, readCellTag, type CellTag } from '../../src/hosts/xlsx/fast/sheet-scan';
import { attribute } from '../../src/hosts/xlsx/fast/xml-text';

/** The cell tag as reading each attribute on its own gives it (the scanner's earlier way). */
const byAttribute = (s: string, from: number, to: number): CellTag => {
  const ref = attribute(s, from, to, 'r');
  const style = attribute(s, from, to, 's');
  return { col: ref === null ? -1 : columnOfRef(ref), type: attribute(s, from, to, 't'), style: style === null ? 0 : parseInt(style, 10) };
};

const onePass = (s: string, from: number, to: number): CellTag => {
  const out: CellTag = { col: -2, type: 'x', style: -2 };
  readCellTag(s, from, to, out);
  return out;
};

const pieces = fc.constantFrom(' ', '  ', '\n', '\t', 'r', 't', 's', 'x:', 'rr', 'ts', '=', '"', "'", 'A1', 'xfd9', 'b2', 'ZZ', '12', '007', '+3', '&amp;', '&#65;', '&#x42;', 'str', 'inlineStr', 'n', 'e', 'd', 'b', '>');

describe('a cell tag read in one pass reads as each attribute read on its own', () => {
  test('usual tags', () => {
    for (const tag of ['<c r="A1"', '<c r="AB12" s="3" t="s"', "<c t='str' r='c7'", '<c s="12" r="XFD1048576" t="inlineStr"', '<x:c x:r="B2" x:t="b"', '<c r="&#65;1" s="0&#49;"', '<c', '<c r="1"', '<c s=""', '<c t="weird" s="x"'])
      expect(onePass(tag, 2, tag.length)).toEqual(byAttribute(tag, 2, tag.length));
  });

  test('any text made of attribute-like pieces, with any bounds', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.nat(8), fc.nat(8), (parts, cutStart, cutEnd) => {
        const s = parts.join('');
        const from = Math.min(cutStart, s.length);
        const to = Math.max(from, s.length - cutEnd);
        expect(onePass(s, from, to)).toEqual(byAttribute(s, from, to));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a number read in place is parseFloat of its text', () => {
  const same = (text: string) => {
    const n = decimalAt(text, 0, text.length);
    if (!Number.isNaN(n)) expect(Object.is(n, parseFloat(text))).toBe(true);
    return n;
  };

  test('plain decimals up to 15 digits are read in place, exactly', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.stringMatching(/^[0-9]{1,8}$/), fc.option(fc.stringMatching(/^[0-9]{1,7}$/)), (negative, whole, fraction) => {
        const text = `${negative ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`;
        expect(Number.isNaN(same(text))).toBe(false);
      }),
      { numRuns: 5000 },
    );
    for (const text of ['0', '-0', '65.3', '0.05', '999999999999999', '0.1', '1.7976931348623', '4.35', '1.005']) expect(Number.isNaN(same(text))).toBe(false);
  });

  test('anything else is left to parseFloat (NaN here)', () => {
    for (const text of ['', '-', '.5', '5.', '1.2.3', '1e5', ' 5', '+5', '1234567890123456', '0.0000000000000001', 'Infinity', '12a'])
      expect(Number.isNaN(same(text))).toBe(true);
    fc.assert(fc.property(fc.string({ maxLength: 20 }), (text) => void same(text)), { numRuns: 3000 });
  });
});
