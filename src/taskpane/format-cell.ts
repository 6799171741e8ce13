/**
 * How a generated sheet's cell reads in the task pane preview: numbers in the user's language
 * («22,93» in Russian) with the decimals the sheet's number format asks for, or at most two;
 * booleans as a check mark; formulas as their text.
 */
import type { ColumnSpec, SpecCell } from '../grid/sheet-spec';

const MAX_DECIMALS = 2;

/** Decimals of an Excel number format such as '0.00' or '0.0%'; null when it does not say. */
const decimalsOf = (numberFormat: string | undefined): number | null => {
  if (!numberFormat || !/0/.test(numberFormat)) return null;
  const m = /\.(0+)/.exec(numberFormat);
  return m ? m[1].length : 0;
};

export const formatNumber = (value: number, language: 'ru' | 'en', column?: ColumnSpec): string => {
  const format = column?.numberFormat;
  const percent = format?.includes('%') ?? false;
  const decimals = decimalsOf(format);
  const shown = percent ? value * 100 : value;
  const text = new Intl.NumberFormat(language === 'ru' ? 'ru-RU' : 'en-US', {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? MAX_DECIMALS,
    useGrouping: Math.abs(shown) >= 10_000, // years and codes (2024, 1027700566761) stay ungrouped below that
  }).format(shown);
  return percent ? `${text}%` : text;
};

export const formatCell = (cell: SpecCell, language: 'ru' | 'en', column?: ColumnSpec): string => {
  if (cell === null) return '';
  if (typeof cell === 'object') return `=${cell.formula}`;
  if (typeof cell === 'boolean') return cell ? '✓' : '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? formatNumber(cell, language, column) : String(cell);
  return cell;
};
