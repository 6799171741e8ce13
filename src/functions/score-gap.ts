import { FAMILIES, type Family } from '../domain/records';
import { FunctionInputError } from './errors';
import { findSchool, identifyTables, requireEvaluated, yearOf, type FunctionArguments } from './identification-input';
import { findingOf } from './output';

const familyOf = (text: string): Family => {
  const family = FAMILIES.find((f) => f.toLowerCase() === text.trim().toLowerCase());
  if (!family) throw new FunctionInputError(`«${text}» — не ЕГЭ, ОГЭ или ВПР.`, `"${text}" is not ЕГЭ, ОГЭ or ВПР.`);
  return family;
};

/**
 * SCORE_GAP: the school's gap to the regional average in % of the subject maximum (R2's measure).
 * Without a family: the largest gap among the families with enough participants - the value R2 compares.
 */
export const scoreGap = (tables: FunctionArguments, school: string, family?: string, year?: number): number => {
  const identification = identifyTables(tables, ['results'], { explain: true });
  const { result } = identification;
  requireEvaluated(result, 'R2');
  const y = yearOf(result, year);
  const r2 = findingOf(findSchool(identification, y, school), 'R2');
  const wanted = family === undefined ? undefined : familyOf(family);
  const value = wanted === undefined ? r2?.value : r2?.parts?.find((p) => p.label === wanted)?.value;
  if (typeof value !== 'number') {
    throw new FunctionInputError(
      `Нет результатов${wanted ? ` ${wanted}` : ''} школы «${school}» с участниками за ${y} год.`,
      `No${wanted ? ` ${wanted}` : ''} results with participants for "${school}" in ${y}.`,
      'notAvailable',
    );
  }
  return value;
};
