import type { CellValue } from '../../grid/cell';
import type { Grid } from '../../grid/grid';
import { DISTRICT_NAME, SCHOOLS, settlementOf } from '../district';
import { layoutSheet } from '../grid-layout';

export const SCHOOLS_SHEET = 'Школы';

/** The registry «Школы»: one row per school, a blank row in the middle as in a hand-kept list. */
export const schoolsSheet = (): Grid => {
  const rows: CellValue[][] = [];
  SCHOOLS.forEach((s, i) => {
    const settlement = settlementOf(s);
    if (i === 15) rows.push([]);
    rows.push([
      i + 1,
      s.code,
      s.name,
      settlement.municipality,
      s.settlement,
      s.type,
      s.students,
      s.smallSchool ? 'да' : 'нет',
      settlement.hardToReach ? 'да' : 'нет',
      settlement.travelMinutes,
      // Schools of one settlement a few hundred metres apart around its centre (invented, deterministic).
      Math.round((settlement.latitude + (((i * 37) % 11) - 5) * 0.002) * 1e5) / 1e5,
      Math.round((settlement.longitude + (((i * 53) % 13) - 6) * 0.003) * 1e5) / 1e5,
      s.profile === 'strong' ? 'да' : 'нет',
    ]);
  });
  return layoutSheet({
    sheet: SCHOOLS_SHEET,
    title: [`Реестр общеобразовательных организаций: ${DISTRICT_NAME}`, 'по состоянию на 01.09.2024'],
    columns: [
      '№ п/п',
      'Код ОО',
      'Наименование ОО',
      'Муниципальное образование',
      'Населённый пункт',
      'Тип ОО',
      'Численность обучающихся',
      'Малокомплектная (да/нет)',
      'Труднодоступный населённый пункт',
      'Время в пути до районного центра, мин',
      'Широта',
      'Долгота',
      'Опорная школа',
    ],
    rows,
  });
};
