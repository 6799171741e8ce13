import fc from 'fast-check';
import { columnOfRef, readCellTag, type CellTag } from '../../src/hosts/xlsx/fast/sheet-scan';
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

  test('tags of the usual shape (r, t, s once each, in any order), usual values or not, self-closing or not', () => {
    const value = fc.constantFrom('A1', 'xfd9', 'AB12', '1', '', 's', 'str', 'inlineStr', 'n', '3', '007', '+3', '12x', '&amp;', 'B 2', 'C3"');
    const attr = fc.tuple(fc.constantFrom('r', 't', 's', 'x', 'cm'), value).map(([n, v]) => ` ${n}="${v}"`);
    fc.assert(
      fc.property(fc.array(attr, { maxLength: 4 }), fc.boolean(), (attrs, selfClosing) => {
        const tag = `<c${attrs.join('')}${selfClosing ? '/' : ''}`;
        expect(onePass(tag, 2, tag.length)).toEqual(byAttribute(tag, 2, tag.length));
      }),
      { numRuns: 5000 },
    );
  });
});

