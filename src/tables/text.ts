/**
 * Text normalisation shared by header matching, subject lookup and school keys: lower case, «ё» as «е»,
 * every run of characters other than letters, digits, «%» and «№» as one space, no space at the ends.
 */
const normalizeByRegex = (s: string): string =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}%№]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Separators outside ASCII that workbooks' names and headers are full of (no letter or digit among them). */
const SEPARATORS = new Set([0xa0, 0xab, 0xbb, 0x2007, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x201e, 0x2026, 0x202f]);

let buffer = new Uint16Array(256);

/** What a school name's «№» may be written with after it: white space and quotes (see school-key.ts). */
const AFTER_NUMBER_SIGN = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x2007, 0x202f, 0x22, 0x27, 0x60, 0xab, 0xbb, 0x201c, 0x201d, 0x201e]);

/**
 * The same normalisation in one pass over the characters, for texts of ASCII, the Russian alphabet and the
 * common separators above (every school name and header is normalised, 10,000s of them); null for any other
 * character, which the regular expressions then handle. With `numberSign`, a «№» also drops the white space
 * and quotes after it (a school name's «№ 5» is «№5»).
 */
const normalizeCommon = (s: string, numberSign = false): string | null => {
  if (buffer.length < s.length) buffer = new Uint16Array(s.length * 2);
  let n = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 0x2116 && numberSign) {
      if (n > 0) buffer[n++] = 0x20;
      space = false;
      buffer[n++] = c;
      while (i + 1 < s.length && AFTER_NUMBER_SIGN.has(s.charCodeAt(i + 1))) i++;
      continue;
    }
    if (c < 0x80) {
      if (c >= 0x61 && c <= 0x7a) {
        // a-z
      } else if (c >= 0x41 && c <= 0x5a) c += 0x20;
      else if ((c >= 0x30 && c <= 0x39) || c === 0x25) {
        // 0-9, %
      } else {
        space = n > 0;
        continue;
      }
    } else if (c >= 0x400 && c <= 0x45f) {
      if (c <= 0x40f) c += 0x50; // Ѐ-Џ
      else if (c <= 0x42f) c += 0x20; // А-Я
      if (c === 0x451) c = 0x435; // ё
    } else if (c === 0x2116) {
      // №
    } else if (SEPARATORS.has(c)) {
      space = n > 0;
      continue;
    } else return null;
    if (space) {
      buffer[n++] = 0x20;
      space = false;
    }
    buffer[n++] = c;
  }
  return String.fromCharCode.apply(null, buffer.subarray(0, n) as unknown as number[]);
};

export const normalizeText = (s: string): string => normalizeCommon(s) ?? normalizeByRegex(s);

/**
 * normalizeText with a «№» always after a space and never before one, in one pass for the common characters;
 * null for a text with any other character.
 */
export const normalizeWithNumberSign = (s: string): string | null => normalizeCommon(s, true);

/** True when `phrase` occurs in `text` as whole words (both already normalised). */
export const containsWords = (text: string, phrase: string): boolean =>
  phrase.length > 0 && ` ${text} `.includes(` ${phrase} `);
