/** Text normalisation shared by header matching, subject lookup and school keys. */
export const normalizeText = (s: string): string =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}%№]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** True when `phrase` occurs in `text` as whole words (both already normalised). */
export const containsWords = (text: string, phrase: string): boolean =>
  phrase.length > 0 && ` ${text} `.includes(` ${phrase} `);

