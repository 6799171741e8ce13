import { CellValue, isExcelError } from '../grid/cell';

/** What one cell holds once read as a number. Blank and 0 stay distinct: blank is 'blank', 0 is a number. */
export type ParsedNumber =
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'blank' }
  | { kind: 'error'; code: string }
  | { kind: 'text'; text: string };

/** Placeholders committees type for "no value": Cyrillic and Latin «х», dashes. */
const BLANK_MARKERS = new Set(['', 'х', 'x', 'Х', 'X', '-', '—', '–', '−', '--', 'н/д', 'нет данных']);

/** What tidying changes: a run of two or more spaces of any kind, or one space that is not a plain space. A plain single space is
 * left unmatched so that most texts need no new string. */
const UNTIDY_SPACES = /[\s\u00a0\u2007\u202f]{2,}|[^\S ]/g;

/** Whether a character is one the tidying treats as a space (JavaScript's \s). */
const isSpaceChar = (c: number): boolean =>
  c < 0xa0 ? c === 32 || (c >= 9 && c <= 13) : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Whether tidying leaves the text as it is: single plain spaces between words, none at the ends (most cells). */
const isTidy = (v: string): boolean => {
  const last = v.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = v.charCodeAt(i);
    if (c === 32 ? i === 0 || i === last || v.charCodeAt(i + 1) === 32 : isSpaceChar(c)) return false;
  }
  return true;
};

/** A cell's text with its spaces tidied. */
export const tidyText = (v: string): string => v.replace(UNTIDY_SPACES, ' ').trim();

export const cellText = (v: CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return isExcelError(v) ? v.code : String(v);
  return isTidy(v) ? v : tidyText(v);
};

export const isBlankCell = (v: CellValue): boolean =>
  v === null || v === undefined || (typeof v === 'string' && BLANK_MARKERS.has(cellText(v).toLowerCase()));

const NUMBER_TEXT = /^[+-]?(\d+|\d{1,3}( \d{3})+)([.,]\d+)?$/;

const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x400 && c <= 0x4ff);

/** Letters (ASCII and Cyrillic, either case) that no placeholder holds: «М» of «МБОУ», say. */
const NON_MARKER_LETTERS = ((): Uint8Array => {
  const inMarkers = new Set([...BLANK_MARKERS].join(''));
  const table = new Uint8Array(0x500);
  for (let c = 0; c < table.length; c++) if (isLetter(c) && !inMarkers.has(String.fromCharCode(c).toLowerCase())) table[c] = 1;
  return table;
})();

const hasNonMarkerLetter = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x500 && NON_MARKER_LETTERS[c] === 1) return true;
  }
  return false;
};

/**
 * parseNumber(v).kind === 'text', at a glance for a school's name: a string with a letter no placeholder
 * holds is neither a placeholder nor a number (tidying spaces and lower case keep every letter there is).
 */
export const readsAsText = (v: CellValue): boolean => (typeof v === 'string' && hasNonMarkerLetter(v)) || parseNumber(v).kind === 'text';

/** Parses «3,5», «1 234,5», «35%», «-2», «12.» as numbers; anything else is text. */
export const parseNumber = (v: CellValue): ParsedNumber => {
  if (v === null || v === undefined) return { kind: 'blank' };
  if (isExcelError(v)) return { kind: 'error', code: v.code };
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v, percent: false } : { kind: 'text', text: String(v) };
  if (typeof v === 'boolean') return { kind: 'text', text: String(v) };
  const raw = cellText(v);
  if (BLANK_MARKERS.has(raw.toLowerCase())) return { kind: 'blank' };
  let s = raw.replace(/\u2212/g, '-');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(/[.,]$/, '');
  if (!NUMBER_TEXT.test(s)) return { kind: 'text', text: raw };
  const value = Number(s.replace(/ /g, '').replace(',', '.'));
  return Number.isFinite(value) ? { kind: 'number', value, percent } : { kind: 'text', text: raw };
};

const TRUE_WORDS = new Set(['да', 'yes', 'y', 'true', 'истина', '1', '+', 'д', 'есть', 'выполнено', 'выполнена', 'выполнен']);
const FALSE_WORDS = new Set(['нет', 'no', 'n', 'false', 'ложь', '0', 'н', 'не выполнено', 'не выполнена', 'не выполнен']);

export type ParsedBoolean = { kind: 'boolean'; value: boolean } | { kind: 'blank' } | { kind: 'error'; code: string } | { kind: 'text'; text: string };

export const parseBoolean = (v: CellValue): ParsedBoolean => {
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v !== null && isExcelError(v)) return { kind: 'error', code: v.code };
  if (typeof v === 'number') {
    if (v === 1 || v === 0) return { kind: 'boolean', value: v === 1 };
    return { kind: 'text', text: String(v) };
  }
  const t = cellText(v).toLowerCase();
  if (TRUE_WORDS.has(t)) return { kind: 'boolean', value: true };
  if (t === '' || t === '-' || t === '—' || t === '–') return { kind: 'blank' };
  if (FALSE_WORDS.has(t)) return { kind: 'boolean', value: false };
  return { kind: 'text', text: cellText(v) };
};

/** How the plain (no «%» sign) numbers of a share column are written. */
export type ShareScale = 'fraction' | 'percent';

export interface ShareScaleDecision {
  scale: ShareScale;
  /** True when the values cannot tell the notation apart (only 0 and 1, or fractions mixed with percents). */
  ambiguous: boolean;
}

/**
 * Decides per column whether plain numbers are fractions (0.35) or percents (35):
 * fractions when every plain value is ≤ 1. Values written with «%» are percents whatever the column says.
 * Fractions mixed with percents are ambiguous unless the header is marked «%».
 */
export const decideShareScale = (values: CellValue[], headerSaysPercent = false): ShareScaleDecision => {
  // The plain numbers among the values; typed numbers (most cells) skip building a parsed-cell object.
  const plain: number[] = [];
  for (const v of values) {
    if (typeof v === 'number') {
      if (Number.isFinite(v)) plain.push(v);
      continue;
    }
    const p = parseNumber(v);
    if (p.kind === 'number' && !p.percent) plain.push(p.value);
  }
  if (plain.length === 0) return { scale: 'percent', ambiguous: false };
  const allFractions = plain.every((x) => x >= 0 && x <= 1);
  if (allFractions) {
    const onlyZeroOne = plain.every((x) => x === 0 || x === 1);
    return { scale: 'fraction', ambiguous: onlyZeroOne && plain.some((x) => x === 1) };
  }
  // A header marked «%» settles small values such as 0.5 as half a percent.
  const mixed = plain.some((x) => x > 0 && x < 1);
  return { scale: 'percent', ambiguous: mixed && !headerSaysPercent };
};

/** A share cell as a percent 0..100 given the column's scale. */
export const parseShare = (v: CellValue, scale: ShareScale): ParsedNumber => {
  const p = parseNumber(v);
  if (p.kind !== 'number' || p.percent) return p;
  return { kind: 'number', value: scale === 'fraction' ? p.value * 100 : p.value, percent: false };
};

/** The year of a date cell as the reader gives it ('2024-09-01'), or of a typed date «01.09.2024»; null for anything else. */
export const dateYear = (text: string): number | null => {
  const m = /^((?:19|20)\d\d)-\d\d-\d\d$/.exec(text) ?? /^\d\d?\.\d\d?\.((?:19|20)\d\d)$/.exec(text);
  return m ? Number(m[1]) : null;
};

/** Years: 2023, «2023», «2022-2023», «2022/23 уч. год» → the calendar year the school year ends in. */
export const parseYear = (v: CellValue): number | null => {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1990 && v <= 2100 ? v : null;
  const t = cellText(v);
  // A date cell (read as 'YYYY-MM-DD') is its calendar year, not the range «2024-09» → 2009.
  const date = dateYear(t);
  if (date !== null) return date;
  const range = /((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)?\d\d)\b/.exec(t);
  if (range) {
    const end = range[2].length === 2 ? Number(range[1].slice(0, 2) + range[2]) : Number(range[2]);
    return end;
  }
  const single = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(t);
  return single ? Number(single[1]) : null;
};
