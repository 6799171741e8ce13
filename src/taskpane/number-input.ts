import type { Language } from '../i18n/bilingual';

export type NumberParse = { ok: true; value: number } | { ok: false; reason: 'not-a-number' | 'not-an-integer' | 'out-of-range' };

/** Parses what a Russian user types: «0,5», « 20 », «1e3» is refused (only plain decimals). */
export const parseDecimal = (raw: string, min?: number, max?: number, integer = false): NumberParse => {
  const s = raw.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return { ok: false, reason: 'not-a-number' };
  const value = Number(s);
  if (integer && !Number.isInteger(value)) return { ok: false, reason: 'not-an-integer' };
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) return { ok: false, reason: 'out-of-range' };
  return { ok: true, value };
};

/** Shows a number the way the user's language writes it. */
export const formatDecimal = (value: number, language: Language): string =>
  language === 'ru' ? String(value).replace('.', ',') : String(value);
