import { compareWithTarget, defaultIndicators, evaluateTargets, monitoringNumber, parseComparison, type Indicator } from '../domain/targets';
import { readTargetsCatalogue } from '../tables/own-sheets/targets-catalogue-reader';
import { TARGETS_LABELS } from '../tables/labels/targets-labels';
import { readMonitoringTemplate } from '../tables/own-sheets/monitoring-reader';
import { readWorkbook } from '../tables';
import { FunctionInputError, messageLanguage, type MessageLanguage } from './errors';
import { header, rounded, type Spill } from './output';
import { isOmitted, rangeToGrid, toCellValue } from './range';

/**
 * TARGET_STATUS and MISSING_TARGETS: the control of the sheet «Контроль показателей» as formulas.
 * Both read what schools typed the way the control does («да», «+», «выполнено», «—» for no data).
 */

const number = (v: unknown, argument: string, argumentEn: string): number | null => {
  const cell = toCellValue(Array.isArray(v) ? v[0]?.[0] : v);
  if (cell !== null && typeof cell === 'object') throw new FunctionInputError(`«${argument}»: ошибка ${cell.code}.`, `"${argumentEn}": error ${cell.code}.`);
  const n = monitoringNumber(cell);
  if (n === 'unreadable') throw new FunctionInputError(`«${argument}»: «${String(cell)}» — не число и не да/нет.`, `"${argumentEn}": “${String(cell)}” is neither a number nor yes/no.`);
  return n;
};

/** TARGET_STATUS(actual, target, [comparison]) → «выполнено» / «не выполнено» / «нет данных». */
export const targetStatus = (actual: unknown, target: unknown, comparison?: unknown, language: MessageLanguage = messageLanguage()): string => {
  const text = typeof comparison === 'string' && comparison.trim() !== '' ? comparison : '≥';
  const parsed = parseComparison(text);
  if (!parsed) throw new FunctionInputError(`Сравнение «${text}» не распознано: укажите ≥, ≤, = или да/нет.`, `Comparison “${text}” is not recognised: use ≥, ≤, = or да/нет.`);
  const t = number(target, 'цель', 'target');
  if (t === null && parsed !== 'yes') throw new FunctionInputError('Не указана цель.', 'The target is missing.');
  const { status } = compareWithTarget(number(actual, 'факт', 'actual'), parsed === 'yes' ? 1 : t, parsed);
  return TARGETS_LABELS[language].statuses[status];
};

/**
 * MISSING_TARGETS(monitoring, [targets], [year]): the schools of a monitoring table (Opora's template or
 * the committee's own sheet, header included) that missed a school target, with what they missed.
 */
export const missingTargets = (monitoring: unknown, targets?: unknown, year?: number, language: MessageLanguage = messageLanguage()): Spill => {
  const grid = rangeToGrid(monitoring, { ru: 'мониторинг', en: 'monitoring' });
  const defaults = defaultIndicators();
  let indicators: Indicator[] = defaults;
  if (!isOmitted(targets)) {
    const read = readTargetsCatalogue(rangeToGrid(targets, { ru: 'показатели', en: 'targets' }), defaults);
    if (!read) throw new FunctionInputError('«показатели»: нет строки заголовков листа «Целевые показатели» (столбец «Показатель»).', '"targets": no header row of the target sheet (column «Показатель»).');
    if (read.problems.length > 0) throw new FunctionInputError(read.problems[0].message, read.problems[0].messageEn ?? read.problems[0].message);
    indicators = read.indicators;
  }
  const template = readMonitoringTemplate(grid);
  const records = template
    ? template.records.map((r) => ({ ...r, year: year ?? template.year ?? 0 }))
    : readWorkbook([{ ...grid, sheet: 'Мониторинг' }]).dataset.monitoring;
  if (records.length === 0)
    throw new FunctionInputError('«мониторинг»: не найдено ни одной школы со значениями показателей.', '"monitoring": no school with indicator values found.', 'notAvailable');
  const y = year ?? Math.max(...records.map((r) => r.year));
  const schools = [...new Map(records.filter((r) => r.year === y).map((r) => [r.schoolKey, { key: r.schoolKey, name: r.schoolName, groups: [] as string[] }])).values()];
  const control = evaluateTargets({ year: y, indicators, schools, monitoring: records });
  const missed = (i: number, s: (typeof control.schools)[number]) => {
    const o = s.outcomes[i];
    return `${control.schoolIndicators[i].name}: ${o.actual === null ? '' : rounded(o.actual)} / ${o.target}`;
  };
  return [
    header(language, ['Школа', 'Не достигнуто (факт / цель)', 'Нет данных, показателей'], ['School', 'Missed (actual / target)', 'No data, indicators']),
    ...control.missing.map((s) => [
      s.school.name,
      s.outcomes.flatMap((o, i) => (o.status === 'missed' ? [missed(i, s)] : [])).join('; '),
      s.noData,
    ]),
    ...(control.missing.length === 0 ? [[language === 'en' ? 'All schools met the targets' : 'Все школы достигли целевых показателей', '', '']] : []),
  ];
};
