import type { CellValue } from '../../grid/cell';
import type { Grid } from '../../grid/grid';
import { DISTRICT_GENITIVE, SCHOOLS, settlementOf, type SampleSchool } from '../district';
import { layoutSheet } from '../grid-layout';
import { commaText, swapTensAndUnits } from '../messy';
import { round } from '../prng';
import { averageDecimals, EGE_SUBJECTS, weightedAverage, type SampleResult } from '../results-model';

export const egeSheetName = (year: number): string => `Результаты ЕГЭ ${year}`;

/** The year whose sheet carries a mistyped district average (Физика), and the one with another spelling of names. */
export const MISTYPED_TOTAL = { year: 2023, subject: 'Физика' } as const;
export const VARIANT_NAMES_YEAR = 2023;
/** A school whose averages are typed as text with decimal commas in the last year's sheet. */
export const COMMA_TEXT_SCHOOL = 'ОО-015';
export const TOTAL_ROW_LABEL = 'Итого по району';

const mistype = (average: number): number => {
  const swapped = swapTensAndUnits(average);
  return Math.abs(swapped - average) > 5 ? swapped : round(average / 10, 2);
};

/**
 * ЕГЭ of one year in the wide layout of regional reports (as the EAO workbook): a subject per
 * column group «приняло участие | не преодолен min порог | средний балл», a two-level merged
 * header, and «Итого по району» at the bottom.
 */
export const egeSheet = (year: number, results: readonly SampleResult[]): Grid => {
  const ofYear = results.filter((r) => r.family === 'ЕГЭ' && r.year === year);
  const bySchool = new Map<string, Map<string, SampleResult>>();
  for (const r of ofYear) {
    const m = bySchool.get(r.school.code) ?? new Map<string, SampleResult>();
    m.set(r.plan.subject, r);
    bySchool.set(r.school.code, m);
  }
  const withGrade11 = SCHOOLS.filter((s) => bySchool.has(s.code));
  const nameOf = (s: SampleSchool) => (year === VARIANT_NAMES_YEAR && s.variant ? s.variant : s.name);
  const rows: CellValue[][] = withGrade11.map((s, i) => {
    const subjects = bySchool.get(s.code)!;
    const graduates = subjects.get('Русский язык')?.participants ?? 0;
    const asText = year === 2024 && s.code === COMMA_TEXT_SCHOOL;
    const cells: CellValue[] = [i + 1, settlementOf(s).municipality, nameOf(s), graduates];
    for (const plan of EGE_SUBJECTS) {
      const r = subjects.get(plan.subject);
      if (!r || r.participants === 0) {
        cells.push(r ? 0 : null, null, null);
        continue;
      }
      const below = Math.round(((r.belowMinimumShare ?? 0) * r.participants) / 100);
      cells.push(r.participants, below, asText && r.average !== null ? commaText(r.average) : r.average);
    }
    return cells;
  });
  const total: CellValue[] = [null, null, TOTAL_ROW_LABEL, rows.reduce((s, r) => s + (r[3] as number), 0)];
  for (const plan of EGE_SUBJECTS) {
    const subjectResults = ofYear.filter((r) => r.plan.subject === plan.subject);
    const { participants, average } = weightedAverage(subjectResults);
    const below = subjectResults.reduce((s, r) => s + Math.round(((r.belowMinimumShare ?? 0) * r.participants) / 100), 0);
    const max = subjectResults[0]?.maxScore ?? 100;
    const written = average === null ? null : round(average, averageDecimals(max) + 1);
    const mistyped = year === MISTYPED_TOTAL.year && plan.subject === MISTYPED_TOTAL.subject && written !== null;
    total.push(participants, below, mistyped ? mistype(written) : written);
  }
  rows.push(total);
  return layoutSheet({
    sheet: egeSheetName(year),
    title: [`Результаты ЕГЭ по общеобразовательным организациям ${DISTRICT_GENITIVE}`, `${year} год`],
    twoLevel: {
      single: ['№ п/п', 'Муниципальное образование', 'Образовательная организация', `Всего выпускников в ${year} году`],
      groups: EGE_SUBJECTS.map((p) => ({ label: p.header, columns: ['приняло участие', 'не преодолен min порог', 'средний балл'] })),
    },
    rows,
  });
};
