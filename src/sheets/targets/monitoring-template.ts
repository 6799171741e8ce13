import { comparisonSign, targetFor, type Indicator, type MonitoringStage, type ProgrammeSchool } from '../../domain/targets';
import { columnLetter } from '../../grid/column-letter';
import type { SheetSpec, SpecCell, ValidationRule } from '../../grid/sheet-spec';
import { withKeyColumn } from '../preserve-edits';
import { TARGETS_LABELS, type TargetsLanguage } from '../../tables/labels/targets-labels';

/**
 * The monitoring template: one row per programme school, one column per school indicator due by the
 * stage, for the specialist or the schools to fill in. Numbers, dates and «да/нет» lists are
 * validated (as warnings), the «Заполнено» formula and the key are protected, rows can be added for
 * schools the user includes. A second header row holds each column's indicator code, so the reader
 * finds the values whatever the indicator is called by then. The district's own values go on a small
 * sheet of their own (buildDistrictMonitoringSheet).
 */

const YES_NO = ['да', 'нет', '—'];
const FIXED = 4; // №, school, municipality, groups

const validationOf = (indicator: Indicator, column: number, prompt: string): ValidationRule => {
  if (indicator.comparison === 'yes')
    return indicator.measure === 'partnerAgreement'
      ? { firstColumn: column, lastColumn: column, kind: 'date', prompt: `${prompt}. Дата договора или «да/нет»` }
      : { firstColumn: column, lastColumn: column, kind: 'list', list: YES_NO, prompt };
  if (indicator.unit === '%') return { firstColumn: column, lastColumn: column, kind: 'decimal', min: 0, max: 100, prompt };
  const whole = !['ч', 'час', 'часов'].includes(indicator.unit);
  return { firstColumn: column, lastColumn: column, kind: whole ? 'whole' : 'decimal', min: 0, prompt };
};

const hint = (indicator: Indicator, year: number, language: TargetsLanguage): string => {
  const t = targetFor(indicator, year);
  const l = TARGETS_LABELS[language];
  if (indicator.comparison === 'yes') return language === 'en' ? 'yes/no' : 'да/нет';
  return t === null ? indicator.unit : l.targetHint(comparisonSign(indicator.comparison), String(t), indicator.unit);
};

export interface TemplateInput {
  year: number;
  stage: MonitoringStage;
  /** School indicators due by the stage. */
  indicators: readonly Indicator[];
  schools: readonly ProgrammeSchool[];
  language?: TargetsLanguage;
}

export const buildMonitoringTemplate = (input: TemplateInput): SheetSpec => {
  const language = input.language ?? 'ru';
  const l = TARGETS_LABELS[language];
  const n = input.indicators.length;
  const first = FIXED;
  const filledColumn = first + n;
  const noteColumn = filledColumn + 1;
  const names = [l.number, l.school, l.municipality, l.groups, ...input.indicators.map((i) => `${i.name} (${hint(i, input.year, language)})`), l.filled(n), l.note];
  const codes = [null, l.codeRow, null, null, ...input.indicators.map((i) => i.measure), null, null];
  // Row-independent (INDEX(…, ROW())): rows the user inserts above keep every formula on its own row.
  const range = `INDEX(${columnLetter(first)}:${columnLetter(first)},ROW()):INDEX(${columnLetter(first + n - 1)}:${columnLetter(first + n - 1)},ROW())`;
  const rows: SpecCell[][] = input.schools.map((s, r) => {
    return [
      r + 1,
      s.name,
      s.municipality ?? null,
      s.groups.join(', ') || null,
      ...input.indicators.map(() => null),
      n > 0 ? { formula: `COUNTA(${range})-COUNTIF(${range},"—")-COUNTIF(${range},"-")` } : 0,
      null,
    ];
  });
  const spec: SheetSpec = {
    name: l.templateSheet(input.year),
    kind: 'targets-monitoring',
    tabColor: '#FFC000',
    title: [l.templateTitle(input.year, l.stages[input.stage]), l.templateHelp],
    header: [names, codes.map((c) => c ?? '')],
    rows,
    rowKeys: input.schools.map((s) => s.key),
    editableColumns: [1, 2, 3, ...input.indicators.map((_, i) => first + i), noteColumn],
    columns: [
      { width: 5 },
      { width: 34, wrap: true },
      { width: 22, wrap: true },
      { width: 10 },
      ...input.indicators.map((i) => ({ width: 14, wrap: true, ...(i.measure === 'partnerAgreement' ? { numberFormat: 'dd.mm.yyyy' } : {}) })),
      { width: 11 },
      { width: 30, wrap: true },
    ],
    validations: input.indicators.map((i, k) => validationOf(i, first + k, i.name)),
    protection: { inputColumns: [1, 2, 3, ...input.indicators.map((_, i) => first + i), noteColumn] },
    freezeHeader: true,
    freezeColumns: 2,
    autoFilter: true,
    print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true },
  };
  return withKeyColumn(spec, language);
};

/** The district's own values (the entered district indicators) for a year. */
export const buildDistrictMonitoringSheet = (year: number, indicators: readonly Indicator[], language: TargetsLanguage = 'ru'): SheetSpec => {
  const l = TARGETS_LABELS[language];
  const entered = indicators.filter((i) => i.level === 'district' && (i.basis ?? { kind: 'entered' }).kind === 'entered');
  const spec: SheetSpec = {
    name: l.districtSheet(year),
    kind: 'targets-district-monitoring',
    tabColor: '#FFC000',
    title: [l.districtTitle(year), l.districtHelp],
    header: [[l.indicator, l.unit, l.target, l.value, l.note]],
    rows: entered.map((i) => [i.name, i.unit, targetFor(i, year), null, null]),
    rowKeys: entered.map((i) => i.measure),
    editableColumns: [3, 4],
    columns: [{ width: 56, wrap: true }, { width: 12 }, { width: 10 }, { width: 12 }, { width: 30, wrap: true }],
    validations: [{ firstColumn: 3, lastColumn: 3, kind: 'decimal', min: 0, prompt: l.districtHelp }],
    protection: { inputColumns: [3, 4] },
    freezeHeader: true,
  };
  return withKeyColumn(spec, language);
};
