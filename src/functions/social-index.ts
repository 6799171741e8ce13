import { FunctionInputError, messageLanguage } from './errors';
import { findSchool, identifyTables, requireEvaluated, schoolsOfYear, yearOf, type FunctionArguments } from './identification-input';
import { findingOf, header, type Spill } from './output';
import type { Language } from '../i18n/bilingual';

/** SOCIAL_INDEX: index and S1 flag per school with social data; or one school's index. */
export const socialIndex = (tables: FunctionArguments, school?: string, year?: number, language: Language = messageLanguage()): Spill | number => {
  const identification = identifyTables(tables, ['social']);
  const { result } = identification;
  requireEvaluated(result, 'S1');
  const y = yearOf(result, year);
  if (school !== undefined) {
    const s1 = findingOf(findSchool(identification, y, school), 'S1');
    if (typeof s1?.value !== 'number') throw new FunctionInputError({ ru: `Нет данных социального паспорта школы «${school}».`, en: `No social passport data for "${school}".` }, 'notAvailable');
    return s1.value;
  }
  const rows = schoolsOfYear(result, y).flatMap((s) => {
    const s1 = findingOf(s, 'S1');
    return typeof s1?.value === 'number' ? [[s.name, s1.value, s1.flagged]] : [];
  });
  return [header(language, ['Школа', 'Индекс', 'В нижних 25%'], ['School', 'Index', 'In the lowest 25%']), ...rows];
};
