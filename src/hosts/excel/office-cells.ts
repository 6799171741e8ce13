import type { CellValue } from '../../grid/cell';

/** A cell as Office.js returns it (values + valueTypes) as a port CellValue: '' is empty, errors keep their code. */
export const officeCellValue = (value: unknown, valueType: string | undefined): CellValue => {
  if (valueType === 'Error') return { kind: 'error', code: String(value) };
  if (valueType === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
};

/**
 * The formula of a cell without '=', or null. range.formulas repeats constants, so a text cell holding
 * '=abc' reads the same in values and formulas; only a real formula differs from its value.
 */
export const officeFormula = (formula: unknown, value: unknown): string | null =>
  typeof formula === 'string' && formula.length > 1 && formula.startsWith('=') && formula !== value ? formula.slice(1) : null;

/** Merged areas from a RangeAreas address such as "'2023'!E7:I7,'2023'!J7:N7" (0-based, inclusive). */
export const parseMergedAddress = (address: string): { top: number; left: number; bottom: number; right: number }[] => {
  const out: { top: number; left: number; bottom: number; right: number }[] = [];
  const re = /(?:^|[!,]\s*)\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?(?=\s*,|$)/g;
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;
  for (const m of address.matchAll(re)) {
    const top = Number(m[2]) - 1;
    const left = col(m[1]);
    out.push({ top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? col(m[3]) : left });
  }
  return out;
};
