import type { CellValue } from '../../grid/cell';
import type { Grid } from '../../grid/grid';
import { isExcelError } from '../../grid/cell';
import {
  monitoringNumber,
  parseComparison,
  type DistrictBasis,
  type Indicator,
  type IndicatorLevel,
  type MonitoringStage,
} from '../../domain/targets';
import type { Problem } from '../../domain/problem';
import { columnLetter } from '../../grid/column-letter';
import { KEY_HEADER, keyOfCell, shortHash } from '../key-cell';
import { TARGETS_LABELS } from '../labels/targets-labels';

/** Reading «Целевые показатели» back (sheets/targets/catalogue-sheet.ts writes it), in either language. */

const text = (v: CellValue | undefined): string =>
  v === null || v === undefined || isExcelError(v) ? '' : String(v).replace(/\s+/g, ' ').trim();

const parseLevel = (t: string): IndicatorLevel | null => {
  const v = t.toLowerCase();
  if (v === '' || v.startsWith('школ') || v.startsWith('school') || v === 'оо') return 'school';
  if (v.startsWith('район') || v.startsWith('муницип') || v.startsWith('district')) return 'district';
  return null;
};

const parseStage = (t: string): MonitoringStage | null => {
  const v = t.toLowerCase();
  if (v === '' || v.startsWith('итог') || v.includes('ноябр') || v.startsWith('final')) return 'final';
  if (v.startsWith('промежут') || v.includes('сентябр') || v.startsWith('intermediate')) return 'intermediate';
  if (v.startsWith('вход') || v.includes('март') || v.startsWith('entry')) return 'entry';
  return null;
};

export interface TargetsCatalogueRead {
  indicators: Indicator[];
  problems: Problem[];
}

const problem = (sheet: string, row: number, column: number, ru: string, en: string): Problem => ({
  sheet,
  row,
  column: columnLetter(column),
  code: 'targets-catalogue',
  severity: 'error',
  message: `Лист «${sheet}», строка ${row}, столбец ${columnLetter(column)}: ${ru}`,
  messageEn: `Sheet "${sheet}", row ${row}, column ${columnLetter(column)}: ${en}`,
});

/**
 * Reads the indicators back (Russian or English headers). A row whose comparison, level, stage or
 * target cannot be read is reported with its row and column and left out — never guessed. A row the
 * user added gets a key from its text; a known key keeps the default's measure and basis.
 */
export const readTargetsCatalogue = (grid: Grid, defaults: readonly Indicator[]): TargetsCatalogueRead | null => {
  const problems: Problem[] = [];
  const names = new Map<string, string>();
  for (const lang of ['ru', 'en'] as const) {
    const l = TARGETS_LABELS[lang];
    for (const [field, label] of Object.entries({ indicator: l.indicator, unit: l.unit, level: l.level, comparison: l.comparison, target: l.target, stage: l.stage, source: l.source }))
      names.set(label.toLowerCase(), field);
  }
  const headerRow = grid.values.findIndex((row) => row.some((v) => names.get(text(v).toLowerCase()) === 'indicator'));
  if (headerRow < 0) return null;
  const col = new Map<string, number>();
  const yearCols: { year: number; column: number; fact: boolean }[] = [];
  let keyColumn = -1;
  grid.values[headerRow].forEach((v, c) => {
    const t = text(v);
    const field = names.get(t.toLowerCase());
    if (field && !col.has(field)) col.set(field, c);
    const year = /^(?:(факт|fact)\s+)?((?:19|20)\d\d)$/i.exec(t);
    if (year) yearCols.push({ year: Number(year[2]), column: c, fact: !!year[1] });
    if (t === KEY_HEADER.ru || t === KEY_HEADER.en) keyColumn = c;
  });
  const byId = new Map(defaults.map((d) => [d.id, d]));
  const indicators: Indicator[] = [];
  const seen = new Set<string>();
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    const cell = (f: string) => (col.has(f) ? text(row[col.get(f)!]) : '');
    const name = cell('indicator');
    if (!name) continue;
    const sheetRow = r + 1;
    const at = (f: string) => col.get(f) ?? 0;
    const comparison = parseComparison(cell('comparison') || '≥');
    if (!comparison) {
      problems.push(problem(grid.sheet, sheetRow, at('comparison'), `сравнение «${cell('comparison')}» не распознано; показатель не проверяется. Допустимо: ≥, ≤, =, да/нет.`, `comparison “${cell('comparison')}” is not recognised; the indicator is not checked. Use ≥, ≤, = or да/нет.`));
      continue;
    }
    const level = parseLevel(cell('level'));
    const stage = parseStage(cell('stage'));
    if (!level || !stage) {
      const f = !level ? 'level' : 'stage';
      problems.push(problem(grid.sheet, sheetRow, at(f), `значение «${cell(f)}» не распознано; показатель не проверяется. Уровень: школа или район; этап: входной, промежуточный, итоговый.`, `value “${cell(f)}” is not recognised; the indicator is not checked.`));
      continue;
    }
    const number = (c: number): number | null | 'bad' => {
      const cell = row[c] ?? null;
      const v = isExcelError(cell) ? 'unreadable' : monitoringNumber(cell);
      return v === 'unreadable' ? 'bad' : v;
    };
    const target = col.has('target') ? number(col.get('target')!) : null;
    if (target === 'bad') {
      problems.push(problem(grid.sheet, sheetRow, at('target'), `целевое значение «${cell('target')}» — не число; показатель не проверяется.`, `target “${cell('target')}” is not a number; the indicator is not checked.`));
      continue;
    }
    const targetsByYear: Record<number, number> = {};
    let fact: Indicator['fact'];
    for (const y of yearCols) {
      const v = number(y.column);
      if (v === 'bad') {
        problems.push(problem(grid.sheet, sheetRow, y.column, `значение «${text(row[y.column])}» — не число; оставлено без внимания.`, `value “${text(row[y.column])}” is not a number; ignored.`));
        continue;
      }
      if (v === null) continue;
      if (y.fact) fact = { year: y.year, value: v };
      else targetsByYear[y.year] = v;
    }
    let id = keyColumn >= 0 ? keyOfCell(text(row[keyColumn])) : '';
    if (!id || seen.has(id)) id = `user-${shortHash(name)}`;
    seen.add(id);
    const known = byId.get(id);
    const basis: DistrictBasis | undefined = level === 'district' ? (known?.level === 'district' ? known.basis : { kind: 'entered' }) : undefined;
    indicators.push({
      id,
      name,
      unit: cell('unit'),
      level,
      comparison,
      target,
      targetsByYear,
      ...(fact ? { fact } : {}),
      stage,
      measure: known && known.level === level ? known.measure : id,
      ...(basis ? { basis } : {}),
      source: cell('source'),
    });
  }
  return { indicators, problems };
};
