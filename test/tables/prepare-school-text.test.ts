import '../support/fast-check-seed';
import fc from 'fast-check';
import { prepareSchoolText } from '../../src/tables/school-key';

/**
 * The first step of every school-name key has a one-pass form for the common characters; it must give exactly
 * what its definition gives: lower case, «ё» as «е», quotes as spaces, white space around «№» as one space
 * before it, then each code point kept (a letter, a digit, «%», «№») or a separator, runs of separators one
 * space, none at the ends. Written here independently.
 */
const byDefinition = (name: string): string => {
  const s = name.toLowerCase().split('ё').join('е').replace(/[«»"“”„'`]/g, ' ').replace(/\s*№\s*/g, ' №');
  const words: string[] = [];
  let word = '';
  for (const ch of s) {
    if (/^[\p{L}\p{N}%№]$/u.test(ch)) word += ch;
    else if (word) words.push(word), (word = '');
  }
  if (word) words.push(word);
  return words.join(' ');
};

const ALPHABET = [...'AzZaЯяАаЁёЀЏѐџЖж0159%№№ \t\n\r\v\f.,;:"\'`«»“”„‘’–—-_()/', '\u00a0', '\u202f', '\u2007', '\u2003', '\u3000', '\ufeff', ...'Äİﬁ', '\ud83d\ude00'];

describe('prepareSchoolText', () => {
  it('equals its definition on names of letters, digits, «№», quotes and separators of every kind', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 20 }), (chars) => {
        const s = chars.join('');
        expect(prepareSchoolText(s)).toBe(byDefinition(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('equals its definition for every character of the Basic Multilingual Plane before and after «№»', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const s of [`СОШ №${ch}5`, `СОШ${ch}№ 5`, `№${ch}`]) if (prepareSchoolText(s) !== byDefinition(s)) throw new Error(`U+${c.toString(16)} in «${s}»: «${prepareSchoolText(s)}» ≠ «${byDefinition(s)}»`);
    }
  });

  it('writes «№» with a space before it and none after: «МБОУ "СОШ№ 5"» is «мбоу сош №5»', () => {
    expect(prepareSchoolText('МБОУ "СОШ№ 5"')).toBe('мбоу сош №5');
    expect(prepareSchoolText('Школа № «12»')).toBe('школа №12');
    expect(prepareSchoolText('Школа №-12')).toBe('школа № 12');
  });
});
