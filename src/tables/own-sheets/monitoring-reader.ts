import type { CellValue } from '../../grid/cell';
import type { Grid } from '../../grid/grid';
import { isExcelError } from '../../grid/cell';
import type { MonitoringRecord } from '../../domain/records';
import { MONITORING_STAGES, monitoringNumber, type DistrictMonitoring, type MonitoringStage } from '../../domain/targets';
import type { Problem } from '../../domain/problem';
import { schoolKey } from '../school-key';
import { columnLetter } from '../../grid/column-letter';
import { KEY_HEADER, keyOfCell } from '../key-cell';

/** Reading the filled monitoring templates back (sheets/targets/monitoring-template.ts writes them): the schools' and the district's. */

const text = (v: CellValue | undefined): string => (v === null || v === undefined || isExcelError(v) ? '' : String(v).replace(/\s+/g, ' ').trim());

const STAGE_WORDS: Record<MonitoringStage, RegExp> = { entry: /входн|entry/i, intermediate: /промежут|intermediate/i, final: /итогов|final/i };

export interface TemplateRead {
  year: number | null;
  stage: MonitoringStage;
  records: (MonitoringRecord & { stage: MonitoringStage })[];
  problems: Problem[];
}

const where = (sheet: string, row: number, column: number) => ({ sheet, row, column: columnLetter(column) });

/**
 * Reads a filled template back: the year and stage from the title, the indicator of each column from
 * the code row, one record per school row (the key column, or the name for rows the user added).
 * Unreadable values are reported by row and column and count as no data.
 */
export const readMonitoringTemplate = (grid: Grid): TemplateRead | null => {
  const codeRow = grid.values.findIndex((row) => row.some((v) => /^(код|code) →$/.test(text(v))));
  if (codeRow < 1) return null;
  const titles = grid.values.slice(0, codeRow - 1).map((r) => text(r[0])).join(' ');
  const yearMatch = /((?:19|20)\d\d)/.exec(titles);
  const stageText = /(?:этап|stage)[^:]*:\s*(.+)$/i.exec(titles)?.[1] ?? '';
  const stage = MONITORING_STAGES.find((s) => STAGE_WORDS[s].test(stageText)) ?? 'final';
  const names = grid.values[codeRow - 1] ?? [];
  const codes = grid.values[codeRow] ?? [];
  const schoolColumn = names.findIndex((v) => /^(школа|school)$/i.test(text(v)));
  const municipalityColumn = names.findIndex((v) => /^(муниципалитет|municipality)$/i.test(text(v)));
  const keyColumn = codes.findIndex((v) => text(v) === KEY_HEADER.ru || text(v) === KEY_HEADER.en);
  const measures = codes.flatMap((v, c) => {
    const code = text(v);
    return code && !/→$/.test(code) && c !== keyColumn ? [{ code, column: c }] : [];
  });
  const problems: Problem[] = [];
  const records: TemplateRead['records'] = [];
  const year = yearMatch ? Number(yearMatch[1]) : null;
  for (let r = codeRow + 1; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    const name = schoolColumn >= 0 ? text(row[schoolColumn]) : '';
    if (!name) continue;
    const values: MonitoringRecord['values'] = {};
    for (const { code, column } of measures) {
      const raw = row[column] ?? null;
      if (isExcelError(raw)) {
        problems.push({ ...where(grid.sheet, r + 1, column), code: 'excel-error', severity: 'warning', message: `Лист «${grid.sheet}», строка ${r + 1}, столбец ${columnLetter(column)}: ошибка Excel ${raw.code}; считается «нет данных».`, messageEn: `Sheet "${grid.sheet}", row ${r + 1}, column ${columnLetter(column)}: Excel error ${raw.code}; counted as no data.` });
        values[code] = null;
        continue;
      }
      if (monitoringNumber(raw) === 'unreadable')
        problems.push({ ...where(grid.sheet, r + 1, column), code: 'monitoring-unreadable', severity: 'warning', message: `Лист «${grid.sheet}», строка ${r + 1}, столбец ${columnLetter(column)}: «${text(raw)}» не число и не да/нет; считается «нет данных».`, messageEn: `Sheet "${grid.sheet}", row ${r + 1}, column ${columnLetter(column)}: “${text(raw)}” is neither a number nor yes/no; counted as no data.` });
      values[code] = raw;
    }
    const key = (keyColumn >= 0 ? keyOfCell(text(row[keyColumn])) : '') || schoolKey(name);
    const municipality = municipalityColumn >= 0 ? text(row[municipalityColumn]) : '';
    records.push({ schoolKey: key, schoolName: name, year: year ?? 0, values, stage, source: { sheet: grid.sheet, row: r + 1 }, ...(municipality ? { municipality } : {}) });
  }
  return { year, stage, records, problems };
};

export const readDistrictMonitoring = (grid: Grid): DistrictMonitoring | null => {
  const headerRow = grid.values.findIndex((row) => row.some((v) => /^(значение|value)$/i.test(text(v))));
  if (headerRow < 0) return null;
  const header = grid.values[headerRow];
  const valueColumn = header.findIndex((v) => /^(значение|value)$/i.test(text(v)));
  const keyColumn = header.findIndex((v) => text(v) === KEY_HEADER.ru || text(v) === KEY_HEADER.en);
  const year = Number(/((?:19|20)\d\d)/.exec(grid.values.slice(0, headerRow).map((r) => text(r[0])).join(' '))?.[1] ?? 0);
  const values: DistrictMonitoring['values'] = {};
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const key = keyColumn >= 0 ? keyOfCell(text(grid.values[r]?.[keyColumn])) : '';
    const raw = grid.values[r]?.[valueColumn] ?? null;
    if (key) values[key] = isExcelError(raw) ? null : raw;
  }
  return { year, values, source: { sheet: grid.sheet, row: headerRow + 2 } };
};
