import type { CellValue } from '../../grid/cell';
import type { Grid } from '../../grid/grid';
import { DISTRICT_GENITIVE, SAMPLE_YEARS, SCHOOLS } from '../district';
import { layoutSheet } from '../grid-layout';
import { commaText, percentText } from '../messy';
import { clamp, type Random } from '../prng';
import { shareValue } from '../results-model';

export const SOCIAL_SHEET = 'Социальный паспорт';

/** Each share in percent: value at disadvantage 0, change at disadvantage 1. */
const SHARES = [
  { header: 'Оба родителя с высшим образованием', base: 38, slope: -30 },
  { header: 'Неполные семьи', base: 14, slope: 24 },
  { header: 'Один или оба родителя безработные', base: 4, slope: 26 },
  { header: 'Состоящих на различных видах учёта', base: 1, slope: 9 },
  { header: 'Русский язык не родной', base: 2, slope: 14 },
  { header: 'Малоимущие', base: 9, slope: 38 },
  { header: 'Дети с ОВЗ', base: 3, slope: 5 },
];

/** The school whose shares are typed «35%», and the one with decimal commas as text. */
const PERCENT_TEXT_SCHOOL = 'ОО-016';
const COMMA_TEXT_SCHOOL = 'ОО-029';

/** Social passport per school and year: shares in percent under a merged «Доля обучающихся» header. */
export const socialSheet = (random: Random): Grid => {
  const rows: CellValue[][] = [];
  for (const year of SAMPLE_YEARS) {
    for (const s of SCHOOLS) {
      const shares = SHARES.map((x) => shareValue(clamp(x.base + x.slope * s.disadvantage + random.normal() * 1.5, 0, 95)));
      const written = shares.map((v): CellValue =>
        s.code === PERCENT_TEXT_SCHOOL ? percentText(v) : s.code === COMMA_TEXT_SCHOOL ? commaText(v) : v,
      );
      rows.push([year, s.name, s.students, ...written]);
    }
  }
  return layoutSheet({
    sheet: SOCIAL_SHEET,
    title: [`Социальный паспорт общеобразовательных организаций ${DISTRICT_GENITIVE}`],
    twoLevel: {
      single: ['Год', 'Школа', 'Всего обучающихся'],
      groups: [{ label: 'Доля обучающихся, %', columns: SHARES.map((x) => x.header) }],
    },
    rows,
  });
};
