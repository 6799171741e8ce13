import '../support/fast-check-seed';
import fc from 'fast-check';
import { normalizeText } from '../../src/tables/text';

/**
 * normalizeText has a one-pass form for ASCII, the Russian alphabet and common separators; it must give
 * exactly what the rule gives, written here independently with the regular expressions of its definition.
 */
const byDefinition = (s: string): string => {
  // Lower case and «ё» as «е»; then each code point either kept (a letter, a digit, «%», «№») or a separator,
  // runs of separators one space, none at the ends.
  const words: string[] = [];
  let word = '';
  for (const ch of s.toLowerCase().split('ё').join('е')) {
    if (/^[\p{L}\p{N}%№]$/u.test(ch)) word += ch;
    else if (word) words.push(word), (word = '');
  }
  if (word) words.push(word);
  return words.join(' ');
};

const ALPHABET = [...'AzZaЯяАаЁёЀЏѐџЖж09%№ \t\n.,;:"\'«»–—‑…-_()[]/\\', '\u00a0', '\u202f', '\u2007', ...'ÄäĲ²½İŉﬁ', '\u0301', '\ud83d\ude00'];

describe('normalizeText', () => {
  it('equals the definition on texts of letters, digits, signs and separators of every kind', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }), (chars) => {
        const s = chars.join('');
        expect(normalizeText(s)).toBe(byDefinition(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('equals the definition for every character of the Basic Multilingual Plane between two letters', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = `Б${String.fromCharCode(c)}q`;
      if (normalizeText(s) !== byDefinition(s)) throw new Error(`U+${c.toString(16)}: «${normalizeText(s)}» ≠ «${byDefinition(s)}»`);
    }
  });

  it('writes a school name one way: case, «ё», quotes and runs of spaces', () => {
    expect(normalizeText('  МБОУ «Средняя  школа» Ёлкино\u00a0№ 5 ')).toBe('мбоу средняя школа елкино № 5');
  });
});
