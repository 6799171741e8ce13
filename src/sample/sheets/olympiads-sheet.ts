import type { CellValue } from '../../grid/cell';
import type { Grid } from '../../grid/grid';
import { DISTRICT_GENITIVE, SAMPLE_YEARS, SCHOOLS } from '../district';
import { layoutSheet } from '../grid-layout';
import type { Random } from '../prng';

export const OLYMPIADS_SHEET = 'Олимпиады';

/** Olympiad and contest participation per school and year; a few schools never take part (R3). */
export const olympiadsSheet = (random: Random): Grid => {
  const rows: CellValue[][] = [];
  for (const year of SAMPLE_YEARS) {
    for (const s of SCHOOLS) {
      const students = Math.round(s.students * (0.97 + 0.01 * (year - SAMPLE_YEARS[0])));
      const expected = s.students * s.olympiadRate;
      const participants = expected === 0 ? 0 : Math.max(0, Math.round(expected + random.normal() * Math.sqrt(expected)));
      rows.push([year, s.name, students, participants]);
    }
  }
  return layoutSheet({
    sheet: OLYMPIADS_SHEET,
    title: [`Участие обучающихся ${DISTRICT_GENITIVE} в олимпиадах и конкурсах регионального и всероссийского уровня`],
    columns: ['Год', 'Школа', 'Численность обучающихся', 'Участники олимпиад и конкурсов (региональный и всероссийский уровень)'],
    rows,
  });
};
