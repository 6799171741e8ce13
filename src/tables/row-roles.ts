import { memoByText } from '../util/memo-by-text';
import { CellValue } from '../grid/cell';
import { cellText, parseNumber, readsAsText } from './cells';
import { normalizeText } from './text';

export type RowRole = 'blank' | 'region' | 'area-total' | 'municipality' | 'school' | 'note' | 'orphan';

// Patterns run on normalised text padded with spaces: JavaScript's \b does not see Cyrillic letters.
const TOTAL = /^ (всего|итого|total|overall) /;
/** Raw text that may normalise to a TOTAL match (looser, never misses one). */
const TOTAL_START = /^[^\p{L}\p{N}%№]*(всего|итого|total|overall)/iu;
const REGION_WORDS = / (региону|регион|области|область|краю|край|республике|республика|субъекту|субъект|рф|region|oblast) /;
const AREA_WORDS = / (району|район|городу|муниципалитету|муниципальному|мо|го|округу|district) /;
const SCHOOL_WORDS = /(школ|сош|оош|нош|лице|гимнази|кадет|интернат|учрежд| оо | оу |центр образ|school|lyceum|gymnasium)/;
const MUNICIPALITY_WORDS = /(район|город|городской округ|муниципальн|округ|поселени| г | мо | го |district|city)/;

const padded = (text: string): string => ` ${normalizeText(text)} `;

export const isTotalText = (text: string): boolean => TOTAL.test(padded(text));

/** «ВСЕГО по региону», «итого по краю», bare «Итого» → region; «Итого по району» → area total. */
/** Whether the first letter or digit of a text can start «всего», «итого», «total» or «overall»: null when unsure (another script). */
export const mayStartTotal = (text: string): boolean | null => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return (c | 0x20) === 0x74 || (c | 0x20) === 0x6f; // t, o
      if ((c >= 0x30 && c <= 0x39) || c === 0x25) return false;
      continue;
    }
    if (c >= 0x410 && c <= 0x44f) return c === 0x412 || c === 0x432 || c === 0x418 || c === 0x438; // в, и
    return null;
  }
  return false;
};

export const totalKind = (text: string): 'region' | 'area-total' | null => {
  // Cheap tests first: this runs on the leading cells of every row.
  if (mayStartTotal(text) === false || !TOTAL_START.test(text)) return null;
  const t = padded(text);
  if (!TOTAL.test(t)) return null;
  if (REGION_WORDS.test(t)) return 'region';
  if (AREA_WORDS.test(t)) return 'area-total';
  return t.trim().split(' ').length <= 2 ? 'region' : 'area-total';
};

const looksLikeMunicipalityNormalised = memoByText((text: string): boolean => {
  const t = padded(text);
  return MUNICIPALITY_WORDS.test(t) && !SCHOOL_WORDS.test(t);
});

/**
 * The commonest school words as written («СОШ», «школа»): normalising keeps a run of letters (in lower case), so a
 * text holding one of them holds a school word once normalised too. Most school names are told apart by this alone,
 * without normalising them or remembering them: a long table's column of names has 10,000s of them.
 */
const writesSchoolWord = (text: string): boolean => text.includes('СОШ') || text.includes('сош') || text.includes('школ') || text.includes('Школ') || text.includes('ШКОЛ');

export const looksLikeMunicipality = (text: string): boolean => !writesSchoolWord(text) && looksLikeMunicipalityNormalised(text);

/** Whether any of the columns holds what parseNumber reads as a number: typed numbers (most value cells) are
 * looked at first, and parseNumber runs on the text cells (a subject, an exam) only when none is found. */
const hasNumber = (row: CellValue[], cols: readonly number[]): boolean => {
  for (let k = 0; k < cols.length; k++) {
    const v = row[cols[k]];
    if (typeof v === 'number' && Number.isFinite(v)) return true;
  }
  for (let k = 0; k < cols.length; k++) {
    const v = row[cols[k]];
    if (v !== null && v !== undefined && typeof v !== 'number' && parseNumber(v).kind === 'number') return true;
  }
  return false;
};

const isBlankRow = (row: CellValue[]): boolean => {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    // A typed number's text is never empty: no need to make it.
    if (typeof v === 'number' || cellText(v ?? null) !== '') return false;
  }
  return true;
};

// Module constants: a regular expression literal in a function body is a new object at every call (every row).
const NOTE = /^(примечание|прим|\*|note)/i;
const ZERO_LED = /^0\d+$/;

/** NOTE.test(text), the expression run only on a text starting as it can (п, П, *, n, N): it is slow on the other rows. */
const isNoteText = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return (c === 0x43f || c === 0x41f || c === 0x2a || (c | 0x20) === 0x6e) && NOTE.test(text);
};

const textAt = (row: CellValue[], c: number | undefined): string => (c === undefined ? '' : cellText(row[c] ?? null));

export interface RoleColumns {
  school?: number;
  municipality?: number;
  /** Columns holding numbers (measures); a row with values there is a data row. */
  values: number[];
}

/**
 * The role of one data row. A municipality row names a municipality (in its own column, or in the
 * school column when the sheet has none) and no school: it is a subtotal or a section heading.
 */
export const classifyRow = (row: CellValue[], cols: RoleColumns, formulas?: (string | null)[]): RowRole => {
  if (isBlankRow(row)) return 'blank';
  const leading = Math.min(row.length, Math.max(3, (cols.school ?? 0) + 1, (cols.municipality ?? 0) + 1));
  for (let c = 0; c < leading; c++) {
    // Only text can say «Итого»; totalKind tidies spaces itself.
    const v = row[c];
    const k = typeof v === 'string' ? totalKind(v) : null;
    if (k) return k;
  }
  const school = textAt(row, cols.school);
  const municipality = textAt(row, cols.municipality);
  const hasValues = hasNumber(row, cols.values);
  const schoolRaw = row[cols.school ?? 0] ?? null;
  // «0012» typed as text is a school's name or code, not a number: a leading zero is never written in a count.
  const schoolIsText = school !== '' && (readsAsText(schoolRaw) || (typeof schoolRaw === 'string' && ZERO_LED.test(school)));
  if (!schoolIsText) {
    if (municipality !== '') return 'municipality';
    return hasValues ? 'orphan' : 'note';
  }
  if (isNoteText(school)) return 'note';
  const hasFormulas = formulas?.some((f) => !!f) ?? false;
  if ((municipality === '' || municipality === school) && (hasFormulas || !hasValues || cols.municipality === undefined) && looksLikeMunicipality(school)) return 'municipality';
  return 'school';
};
