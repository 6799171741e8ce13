import type { Grid } from '../grid/grid';
import { cellText, parseNumber } from './cells';
import type { Problem } from '../domain/problem';
import { columnLetter } from '../grid/column-letter';
import { normalizeText } from './text';

/**
 * The optional «Расстояния» sheet: school | school | km | minutes (either figure may be blank). Where a
 * pair is listed it wins over the straight line between coordinates (roads, ferries, hard-to-reach
 * settlements). Not a data table of identification: the workbook reader leaves it out.
 */

export const DISTANCE_SHEET_NAMES: readonly string[] = ['Расстояния', 'Distances'];

export const isDistanceSheet = (name: string): boolean => DISTANCE_SHEET_NAMES.some((n) => n.toLowerCase() === name.trim().toLowerCase());

export interface DistanceRow {
  a: string;
  b: string;
  km?: number;
  minutes?: number;
}

const KM = /(^| )(км|km|расстояние|distance)( |$)/;
const MINUTES = /(^| )(мин|минут|minutes|min|время|time)( |$)/;

export const readDistances = (grid: Grid): { rows: DistanceRow[]; problems: Problem[] } => {
  const problems: Problem[] = [];
  const values = grid.values;
  // The header: the first of the top rows naming a distance or a time.
  let header = -1;
  let kmCol: number | undefined;
  let minCol: number | undefined;
  for (let r = 0; r < Math.min(values.length, 10) && header < 0; r++) {
    values[r].forEach((v, c) => {
      const t = normalizeText(cellText(v));
      if (kmCol === undefined && KM.test(t)) kmCol = c;
      else if (minCol === undefined && MINUTES.test(t)) minCol = c;
    });
    if (kmCol !== undefined || minCol !== undefined) header = r;
  }
  if (header < 0) {
    problems.push({
      sheet: grid.sheet,
      row: 1,
      code: 'distances-header',
      severity: 'warning',
      message: `Лист «${grid.sheet}»: не найден заголовок со столбцом «км» или «мин». Ожидается: школа | школа | км | мин. Лист не использован.`,
      messageEn: `Sheet "${grid.sheet}": no header with a «km» or «min» column. Expected: school | school | km | min. The sheet is not used.`,
    });
    return { rows: [], problems };
  }
  const textCols = values[header].map((_, c) => c).filter((c) => c !== kmCol && c !== minCol).slice(0, 2);
  const rows: DistanceRow[] = [];
  for (let r = header + 1; r < values.length; r++) {
    const cells = values[r];
    const [a, b] = textCols.map((c) => cellText(cells[c] ?? null));
    if (!a && !b) continue;
    const number = (c: number | undefined): number | undefined => {
      if (c === undefined) return undefined;
      const p = parseNumber(cells[c] ?? null);
      if (p.kind === 'number' && p.value >= 0) return p.value;
      if (p.kind !== 'blank')
        problems.push({
          sheet: grid.sheet,
          row: r + 1,
          column: columnLetter(c),
          code: 'distances-number',
          severity: 'warning',
          message: `Лист «${grid.sheet}», строка ${r + 1}, столбец ${columnLetter(c)}: «${cellText(cells[c] ?? null)}» — не число; значение не использовано.`,
          messageEn: `Sheet "${grid.sheet}", row ${r + 1}, column ${columnLetter(c)}: "${cellText(cells[c] ?? null)}" is not a number; not used.`,
        });
      return undefined;
    };
    const km = number(kmCol);
    const minutes = number(minCol);
    if (!a || !b || (km === undefined && minutes === undefined)) continue;
    rows.push({ a, b, ...(km !== undefined ? { km } : {}), ...(minutes !== undefined ? { minutes } : {}) });
  }
  return { rows, problems };
};
