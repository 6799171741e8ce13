import type { Grid } from '../../grid/grid';
import { DISTRICT_GENITIVE, REGIONAL_UNEMPLOYMENT, SAMPLE_YEARS, SETTLEMENTS } from '../district';
import { layoutSheet } from '../grid-layout';
import { round } from '../prng';

export const TERRITORY_SHEET = 'Территории';

/** Settlements: unemployment next to the regional level, and whether the settlement is hard to reach. */
export const territorySheet = (): Grid => {
  const last = SAMPLE_YEARS[SAMPLE_YEARS.length - 1];
  // Earlier years drift by a fixed step so the sheet stays a pure function of the district.
  const rows = SAMPLE_YEARS.flatMap((year) =>
    SETTLEMENTS.map((s) => {
      const drift = (last - year) * 0.3;
      return [year, s.name, s.municipality, round(s.unemployment + drift, 1), round(REGIONAL_UNEMPLOYMENT + drift, 1), s.hardToReach ? 'да' : 'нет'];
    }),
  );
  return layoutSheet({
    sheet: TERRITORY_SHEET,
    title: [`Уровень безработицы по населённым пунктам ${DISTRICT_GENITIVE}, ${SAMPLE_YEARS[0]}–${last} годы`],
    columns: ['Год', 'Населённый пункт', 'Муниципальное образование', 'Уровень безработицы, %', 'Уровень безработицы по региону, %', 'Труднодоступный населённый пункт'],
    rows,
  });
};
