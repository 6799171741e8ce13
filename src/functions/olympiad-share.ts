import { FunctionInputError } from './errors';
import { findSchool, identifyTables, requireEvaluated, yearOf, type FunctionArguments } from './identification-input';
import { findingOf } from './output';

/** OLYMPIAD_SHARE: R3's measure - participants / students over the last years (settings.olympiadYears), %. */
export const olympiadShare = (tables: FunctionArguments, school: string, year?: number): number => {
  const identification = identifyTables(tables, ['olympiads']);
  const { result } = identification;
  requireEvaluated(result, 'R3');
  const y = yearOf(result, year);
  const r3 = findingOf(findSchool(identification, y, school), 'R3');
  if (typeof r3?.value !== 'number') {
    const why = r3?.note ?? 'нет данных об олимпиадах школы';
    throw new FunctionInputError({ ru: `Доля для школы «${school}» не вычисляется: ${why}.`, en: `No share for "${school}": no olympiad or student count data.` }, 'notAvailable');
  }
  return r3.value;
};
