import type { SchoolYearResult } from '../domain';
import { messageLanguage, type MessageLanguage } from './errors';
import { findSchool, identifyTables, schoolsOfYear, yearOf, type TableArguments } from './identification-input';
import { flaggedCodes, header, type Spill, type SpillCell } from './output';

export const schoolRiskHeader = (language: MessageLanguage): string[] =>
  header(language, ['Школа', 'Муниципалитет', 'Год', 'Группы', 'Критерии', 'Устойчиво низкие'], ['School', 'Municipality', 'Year', 'Groups', 'Criteria', 'Stable']);

/** Groups by the criteria: functions know nothing of the experts' adjustments kept by the task pane. */
export const schoolRiskRow = (s: SchoolYearResult): SpillCell[] => [s.name, s.municipality ?? '', s.year, s.groupsByCriteria.join(', '), flaggedCodes(s), s.stable];

/** SCHOOL_RISK: a header and a row per school (schools in the identification order), or one school's row. */
export const schoolRisk = (tables: TableArguments, school?: string, year?: number, language: MessageLanguage = messageLanguage()): Spill => {
  const { result } = identifyTables(tables, ['results']);
  const y = yearOf(result, year);
  if (school !== undefined) return [schoolRiskRow(findSchool(result, y, school))];
  return [schoolRiskHeader(language), ...schoolsOfYear(result, y).map(schoolRiskRow)];
};
