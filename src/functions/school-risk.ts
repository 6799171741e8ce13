import type { SchoolYearResult } from '../domain';
import { IDENTIFICATION_LABELS } from '../tables/labels/identification-labels';
import { messageLanguage, type MessageLanguage } from './errors';
import { findSchool, identifyTables, schoolsOfYear, yearOf, type FunctionArguments } from './identification-input';
import { flaggedCodes, header, type Spill, type SpillCell } from './output';
import { isOmitted } from './range';

/**
 * The «Корректировка» column is there only when an adjustments range is given: formulas written
 * before it existed keep their six columns (a wider spill could collide with the user's cells).
 */
export const schoolRiskHeader = (language: MessageLanguage, withAdjustments = false): string[] => {
  const adjustment = withAdjustments ? [IDENTIFICATION_LABELS[language].adjustment] : [];
  return header(
    language,
    ['Школа', 'Муниципалитет', 'Год', 'Группы', 'Критерии', 'Устойчиво низкие', ...adjustment],
    ['School', 'Municipality', 'Year', 'Groups', 'Criteria', 'Stable', ...adjustment],
  );
};

/** The applied adjustments with their reasons, in the identification sheet's words. */
export const adjustmentCell = (s: SchoolYearResult, language: MessageLanguage): string => {
  const l = IDENTIFICATION_LABELS[language];
  return (s.adjustment?.changes ?? []).map((c) => `${l.adjustmentText(c.action, c.group, c.changed)}: ${c.reason}`).join('; ');
};

/** Final groups (after the adjustments, when given); the criteria met are those before them, as on the identification sheet. */
export const schoolRiskRow = (s: SchoolYearResult, withAdjustments = false, language: MessageLanguage = 'ru'): SpillCell[] => [
  s.name,
  s.municipality ?? '',
  s.year,
  s.groups.join(', '),
  flaggedCodes(s),
  s.stable,
  ...(withAdjustments ? [adjustmentCell(s, language)] : []),
];

/** SCHOOL_RISK: a header and a row per school (schools in the identification order), or one school's row. */
export const schoolRisk = (args: FunctionArguments, school?: string, year?: number, language: MessageLanguage = messageLanguage()): Spill => {
  const identification = identifyTables(args, ['results']);
  const { result } = identification;
  const y = yearOf(result, year);
  const withAdjustments = !isOmitted(args.adjustments);
  const row = (s: SchoolYearResult) => schoolRiskRow(s, withAdjustments, language);
  if (school !== undefined) return [row(findSchool(identification, y, school))];
  return [schoolRiskHeader(language, withAdjustments), ...schoolsOfYear(result, y).map(row)];
};
