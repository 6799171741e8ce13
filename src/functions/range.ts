/**
 * Cell ranges passed to custom functions, turned into the Grid the table reader expects:
 * empty cells (Excel passes "" or null) become null, error values become ExcelErrorValue.
 */
import type { CellValue } from '../grid/cell';
import type { Grid } from '../grid/grid';
import { utf8Length } from '../util/json-bytes';
import { FunctionInputError } from './errors';
import type { Bilingual } from '../i18n/bilingual';

/** Rows of a whole-column reference (A:H): Excel's sheet height. */
export const SHEET_ROWS = 1_048_576;
/**
 * Excel limits a custom function's payload to 5 MB (office-js #4654; Excel on the web refuses larger
 * requests and responses alike). A range this size cannot reach the function on the web at all, so it is
 * refused everywhere with the advice, rather than working on the desktop and failing in the browser.
 */
export const ARGUMENT_LIMIT_BYTES = 5 * 1024 * 1024;
/** Below this many cells a range cannot approach the limit with cells of ordinary length: not measured. */
const MEASURED_FROM_CELLS = 20_000;

const BOUNDED_ADVICE = {
  ru: 'Укажите ограниченный диапазон со строкой заголовков (например, A1:H400) или таблицу Excel целиком (Таблица1[#Все]).',
  en: 'Give a bounded range with its header row (A1:H400, say) or a whole Excel table (Table1[#All]).',
};

/**
 * Whole columns give #CALC! in Excel on the web (office-js #4613) and send a million rows on the
 * desktop; ranges over the payload limit never reach the function on the web.
 */
const checkArgumentSize = (values: unknown[][], argument: Bilingual, json?: string): void => {
  if (values.length >= SHEET_ROWS) {
    throw new FunctionInputError({
      ru: `«${argument.ru}»: передан целый столбец — в Excel в браузере такая формула даёт #CALC!. ${BOUNDED_ADVICE.ru}`,
      en: `"${argument.en}": a whole column was given; Excel on the web answers such a formula with #CALC!. ${BOUNDED_ADVICE.en}`,
    });
  }
  const cells = values.reduce((n, row) => n + row.length, 0);
  if (cells < MEASURED_FROM_CELLS) return;
  const bytes = utf8Length(json ?? JSON.stringify(values));
  if (bytes > ARGUMENT_LIMIT_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    throw new FunctionInputError({
      ru: `«${argument.ru}»: диапазон занимает ${mb} МБ, а Excel передаёт функции не больше 5 МБ (в браузере формула не вычислится). Разделите таблицу по годам или экзаменам. ${BOUNDED_ADVICE.ru}`,
      en: `"${argument.en}": the range takes ${mb} MB and Excel passes at most 5 MB to a function (on the web the formula would not calculate). Split the table by year or exam. ${BOUNDED_ADVICE.en}`,
    });
  }
};

/**
 * The code of an error cell as it reaches a function (allowErrorForDataTypeAny): a CustomFunctions.Error
 * ({ code: '#N/A' }) or, with data types allowed, an error cell value ({ type: 'Error', basicValue: '#N/A' }).
 */
const errorCode = (v: unknown): string | null => {
  if (typeof v !== 'object' || v === null) return null;
  const { code, type, basicValue } = v as { code?: unknown; type?: unknown; basicValue?: unknown };
  if (typeof code === 'string') return code;
  if (type === 'Error' && typeof basicValue === 'string') return basicValue;
  return null;
};

export const toCellValue = (v: unknown): CellValue => {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  const code = errorCode(v);
  if (code !== null) return { kind: 'error', code };
  return String(v);
};

/** A cell toCellValue returns as it is. */
const isCellValue = (v: unknown): boolean => v === null || typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v !== '');

/**
 * A range row as grid cells. A row whose every cell already is one (most rows: no blank, no error) is used as
 * it is, not copied: the reader never writes to a grid's rows (it copies a row before filling a merge into it),
 * and Excel does not change an argument it passed.
 */
const cellRow = (row: unknown[]): CellValue[] => {
  for (let c = 0; c < row.length; c++) if (!isCellValue(row[c])) return row.map(toCellValue);
  return row as CellValue[];
};

/** An omitted optional argument: undefined, null, or a single empty cell. */
export const isOmitted = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.every((row) => Array.isArray(row) && row.every((c) => c === '' || c === null)));

/**
 * A range with its header row as a one-sheet grid named after the argument (the name appears in
 * problem messages). Blank rows at the end - a range drawn larger than its table - are dropped.
 * Whole columns and ranges over Excel's payload limit are refused with advice (checkArgumentSize); `json` is
 * the range's JSON text when the caller already made it (its content key).
 */
export const rangeToGrid = (values: unknown, argument: Bilingual, json?: string): Grid => {
  if (!Array.isArray(values) || !values.every(Array.isArray)) {
    throw new FunctionInputError({ ru: `«${argument.ru}»: ожидается диапазон ячеек с заголовками.`, en: `"${argument.en}": a cell range with a header row is expected.` });
  }
  checkArgumentSize(values as unknown[][], argument, json);
  const rows = (values as unknown[][]).map(cellRow);
  let last = rows.length - 1;
  while (last >= 0 && rows[last].every((c) => c === null)) last--;
  const used = rows.slice(0, last + 1);
  if (used.length < 2) {
    throw new FunctionInputError({
      ru: `«${argument.ru}»: в диапазоне должны быть строка заголовков и хотя бы одна строка данных.`,
      en: `"${argument.en}": the range needs a header row and at least one data row.`,
    });
  }
  return { sheet: argument.ru, values: used, merges: [] };
};

/** A required text argument (school, teacher), trimmed. */
export const requiredText = (v: unknown, argument: Bilingual): string => {
  const text = typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
  if (!text) throw new FunctionInputError({ ru: `Не указан аргумент «${argument.ru}».`, en: `Argument "${argument.en}" is missing.` });
  return text;
};

export const optionalText = (v: unknown): string | undefined => {
  const text = typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
  return text || undefined;
};

/** An optional year: a whole number between 1990 and 2100. */
export const optionalYear = (v: unknown): number | undefined => {
  if (v === undefined || v === null || v === '') return undefined;
  const year = typeof v === 'number' ? v : Number(String(v).trim());
  if (!Number.isInteger(year) || year < 1990 || year > 2100) {
    throw new FunctionInputError({ ru: `Год «${String(v)}» должен быть целым числом от 1990 до 2100.`, en: `Year "${String(v)}" must be a whole number from 1990 to 2100.` });
  }
  return year;
};
