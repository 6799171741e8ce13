import type { Cell } from 'exceljs';
import type { CellValue } from '../../grid/cell';

/** 'YYYY-MM-DD'. ExcelJS returns dates as UTC midnights, so the UTC calendar day is the cell's day. */
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

const richTextToString = (runs: { text: string }[]): string => runs.map((r) => r.text).join('');

/** Any ExcelJS value (plain, rich text, hyperlink, error, formula result) as a port CellValue. */
export const toCellValue = (raw: unknown): CellValue => {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'boolean') return raw;
  // NaN and Infinity (a hand-made file can hold them) stay visible as text, so the reader reports them.
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : String(raw);
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : isoDate(raw);
  if (typeof raw !== 'object') return null;
  const o = raw as Record<string, unknown>;
  if (typeof o.error === 'string') return { kind: 'error', code: o.error };
  if (Array.isArray(o.richText)) return richTextToString(o.richText as { text: string }[]);
  if ('formula' in o || 'sharedFormula' in o) return toCellValue(o.result);
  if ('hyperlink' in o || 'text' in o) return toCellValue(o.text);
  return null;
};

/** The formula text of a cell (shared formulas translated to this cell), without '='. */
export const formulaOf = (cell: Cell): string | null => {
  const v = cell.value as unknown;
  if (v === null || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (!('formula' in o) && !('sharedFormula' in o)) return null;
  const text = cell.formula;
  return typeof text === 'string' && text.length > 0 ? text.replace(/^=/, '') : null;
};
