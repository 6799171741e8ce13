import type { CellValue } from '../../grid/cell';
import type { Grid } from '../../grid/grid';
import type { Family } from '../../domain/records';
import { DISTRICT_GENITIVE, SAMPLE_YEARS, settlementOf } from '../district';
import { layoutSheet } from '../grid-layout';
import { commaText, percentText } from '../messy';
import type { SampleResult } from '../results-model';

export const LONG_SHEETS: Record<Exclude<Family, 'ЕГЭ'>, string> = {
  ОГЭ: 'Результаты ОГЭ',
  ВПР: 'Результаты ВПР',
};

export const LONG_COLUMNS = [
  'Год',
  'Муниципалитет',
  'Школа',
  'Класс',
  'Предмет',
  'Участников',
  'Средний балл',
  'Не преодолели минимум (%)',
  'Качество знаний (%)',
];

/** Planted mess, by family: which school types averages with decimal commas, which writes «35%». */
const MESS: Record<Exclude<Family, 'ЕГЭ'>, { commaSchool: string; percentSchool: string; errorSchool?: string }> = {
  ОГЭ: { commaSchool: 'ОО-015', percentSchool: 'ОО-023', errorSchool: 'ОО-021' },
  ВПР: { commaSchool: 'ОО-017', percentSchool: 'ОО-004' },
};

/** The year whose rows use the schools' other spellings (МОБУ, «», ё→е). */
const VARIANT_YEAR = 2024;

/**
 * ОГЭ or ВПР in the long layout: one row per year, school, grade and subject. A blank row separates
 * the first year's block; one ОГЭ row with nobody sitting carries «#DIV/0!» in «Качество знаний».
 */
export const longResultsSheet = (family: Exclude<Family, 'ЕГЭ'>, results: readonly SampleResult[]): Grid => {
  const mess = MESS[family];
  const rows: CellValue[][] = [];
  let previousYear: number | null = null;
  let errorPlanted = false;
  for (const r of results) {
    if (r.family !== family) continue;
    if (previousYear === SAMPLE_YEARS[0] && r.year !== previousYear) rows.push([]);
    previousYear = r.year;
    const name = r.year === VARIANT_YEAR && r.school.variant ? r.school.variant : r.school.name;
    let quality: CellValue = r.qualityShare;
    if (r.qualityShare !== null && r.school.code === mess.percentSchool) quality = percentText(r.qualityShare);
    if (r.participants === 0 && !errorPlanted && r.school.code === mess.errorSchool) {
      quality = { kind: 'error', code: '#DIV/0!' };
      errorPlanted = true;
    }
    const average = r.average !== null && r.school.code === mess.commaSchool ? commaText(r.average) : r.average;
    rows.push([r.year, settlementOf(r.school).municipality, name, r.grade, r.plan.header, r.participants, average, r.belowMinimumShare, quality]);
  }
  const what = family === 'ОГЭ' ? 'ОГЭ (9 класс)' : 'всероссийских проверочных работ (4–8 классы)';
  return layoutSheet({
    sheet: LONG_SHEETS[family],
    title: [`Результаты ${what} по общеобразовательным организациям ${DISTRICT_GENITIVE}`],
    columns: LONG_COLUMNS,
    rows,
  });
};
