import { memoByText } from '../../util/memo-by-text';

/**
 * A monitoring cell as the comparison needs it: a number, with «да/нет» as 1 / 0. Schools fill the
 * template by hand, so the usual variants are accepted: «да», «Да», «+», «1», «выполнено», a date
 * (an agreement's date means it was concluded) are yes; «нет», «0», «не выполнено» are no; «—», «-»,
 * «н/д» and an empty cell are no data — never a no.
 */

const YES = new Set(['да', 'д', '+', 'yes', 'y', 'true', 'истина', 'выполнено', 'выполнен', 'выполнена', 'есть', 'заключен', 'заключён', 'заключено', 'утверждена', 'утверждено', 'done', 'v', '✓', '✔']);
const NO = new Set(['нет', 'н', 'no', 'n', 'false', 'ложь', 'не выполнено', 'не выполнен', 'не выполнена', 'невыполнено', 'не заключен', 'не заключён', 'не утверждена', 'not done', '✗']);
const NO_DATA = new Set(['', '-', '—', '–', '−', '--', 'н/д', 'нд', 'нет данных', 'x', 'х', 'n/a']);
const NUMBER = /^[+-]?\d+([.,]\d+)?$/;
const DATE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{4}-\d{2}-\d{2}/;

export type MonitoringCell = number | boolean | string | null | undefined;

/** The value, null for no data, or 'unreadable' for text that is none of the above. */
export const monitoringNumber = (v: MonitoringCell): number | null | 'unreadable' => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return Number.isFinite(v) ? v : 'unreadable';
  return textValue(v);
};

/** A region's schools write the same few words thousands of times: each text is parsed once. */
const textValue = memoByText((v: string): number | null | 'unreadable' => {
  const t = v.replace(/\s+/g, ' ').trim().toLowerCase();
  if (NO_DATA.has(t)) return null;
  if (YES.has(t)) return 1;
  if (NO.has(t)) return 0;
  const percent = t.endsWith('%') ? t.slice(0, -1).trim() : t;
  if (NUMBER.test(percent)) return Number(percent.replace(',', '.'));
  if (DATE.test(t)) return 1;
  return 'unreadable';
});
