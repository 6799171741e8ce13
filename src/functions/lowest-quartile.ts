import { FunctionInputError, messageLanguage } from './errors';
import { findSchool, identifyTables, requireEvaluated, schoolsOfYear, yearOf, type FunctionArguments } from './identification-input';
import { findingOf, header, type Spill } from './output';
import type { Language } from '../i18n/bilingual';

/** LOWEST_QUARTILE: the R1-flagged schools, worst composite rank first; or TRUE/FALSE for one school. */
export const lowestQuartile = (tables: FunctionArguments, school?: string, year?: number, language: Language = messageLanguage()): Spill | boolean => {
  const identification = identifyTables(tables, ['results']);
  const { result } = identification;
  requireEvaluated(result, 'R1');
  const y = yearOf(result, year);
  if (school !== undefined) {
    const r1 = findingOf(findSchool(identification, y, school), 'R1');
    if (!r1 || r1.value === null) throw new FunctionInputError({ ru: `Школа «${school}» не ранжируется: ${r1?.note ?? 'нет данных'}.`, en: `"${school}" is not ranked: no data.` }, 'notAvailable');
    return r1.flagged;
  }
  const flagged = schoolsOfYear(result, y)
    .map((s) => ({ s, r1: findingOf(s, 'R1') }))
    .filter(({ r1 }) => r1?.flagged && typeof r1.value === 'number')
    .sort((a, b) => (a.r1!.value as number) - (b.r1!.value as number));
  return [header(language, ['Школа', 'Итоговый ранг'], ['School', 'Composite rank']), ...flagged.map(({ s, r1 }) => [s.name, r1!.value as number])];
};
