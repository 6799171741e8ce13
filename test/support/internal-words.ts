/**
 * What must never reach a user: internal identifiers of the source documents («seed002»), raw
 * booleans, the mode values in parentheses, and numbers printed with more than two decimals.
 */
const WORDS: { name: string; pattern: RegExp }[] = [
  { name: 'seed0', pattern: /seed0/i },
  { name: 'true', pattern: /(?<![\p{L}\d_])true(?![\p{L}\d_])/iu },
  { name: 'false', pattern: /(?<![\p{L}\d_])false(?![\p{L}\d_])/iu },
  { name: '(any)', pattern: /\(any\)/i },
  { name: '(all)', pattern: /\(all\)/i },
];

/** A decimal with 3+ digits after the point or comma, not part of a date, version or thousands grouping. */
const LONG_DECIMAL = /(?<![\d.,])\d+[.,]\d{3,}(?![\d.,])/g;
const THOUSANDS = /^\d{1,3}(,\d{3})+$/;

export interface Finding {
  where: string;
  what: string;
  text: string;
}

export const internalWordsIn = (where: string, text: string): Finding[] => {
  const found: Finding[] = [];
  for (const w of WORDS) if (w.pattern.test(text)) found.push({ where, what: w.name, text: text.slice(0, 200) });
  for (const m of text.matchAll(LONG_DECIMAL)) {
    if (!THOUSANDS.test(m[0])) found.push({ where, what: `float ${m[0]}`, text: text.slice(0, 200) });
  }
  return found;
};

/** A number cell with more than two decimals shows them unless its number format says how many to show. */
export const unformattedFloat = (value: number, numberFormat: string | undefined): boolean => {
  if (Number.isInteger(value) || Math.abs(value * 100 - Math.round(value * 100)) < 1e-9) return false;
  if (!numberFormat || numberFormat === 'General' || numberFormat === '@') return true;
  const decimals = /\.(0+)/.exec(numberFormat)?.[1].length ?? 0;
  return decimals > 2;
};
