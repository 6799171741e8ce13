import type { CellValue, Grid } from '../../hosts/port';
import { DISTRICT_GENITIVE, SAMPLE_YEARS, SCHOOLS, type SampleSchool } from '../district';
import { layoutSheet } from '../grid-layout';
import type { Random } from '../prng';

export const MONITORING_SHEET = 'Мониторинг';

/** Programme schools: the low-result ones and those in poor social conditions. */
const inProgramme = (s: SampleSchool): boolean =>
  s.profile === 'low-stable' || s.profile === 'borderline' || s.disadvantage >= 0.7;

/** A programme school that sent no report at all: every indicator blank («нет данных», not a failure). */
const SILENT_SCHOOL = 'ОО-029';

/** What each programme school did in the last year; some schools fall short of the default targets. */
export const monitoringSheet = (random: Random): Grid => {
  const year = SAMPLE_YEARS[SAMPLE_YEARS.length - 1];
  const rows: CellValue[][] = SCHOOLS.filter(inProgramme).map((s, i) => {
    if (s.code === SILENT_SCHOOL) return [year, s.name];
    const diligent = i % 3 !== 2;
    const events = diligent ? random.int(1, 4) : 0;
    return [
      year,
      s.name,
      events,
      events * random.int(3, 6),
      diligent ? random.int(5, 9) : random.int(1, 4),
      diligent ? random.pick([36, 72]) : random.pick([16, 24]),
      diligent ? `${String(random.int(10, 28)).padStart(2, '0')}.0${random.int(2, 4)}.${year}` : null,
      diligent ? 'да' : 'нет',
      diligent ? random.int(1, 5) : 0,
      diligent ? 3 : 1,
      s.disadvantage >= 0.7 && diligent ? random.int(1, 2) : 0,
      diligent ? random.int(80, 100) : random.int(40, 75),
    ];
  });
  return layoutSheet({
    sheet: MONITORING_SHEET,
    title: [`Мониторинг реализации программы поддержки школ ${DISTRICT_GENITIVE}, ${year} год`],
    columns: [
      'Год',
      'Школа',
      'Проведено мероприятий',
      'Часов мероприятий',
      'Обучено педагогов',
      'Часов курсов',
      'Дата соглашения о партнёрстве',
      'Программа развития утверждена',
      'Консультаций',
      'Отчёты мониторинга',
      'Введены ставки специалистов',
      'Доля педагогов в методических объединениях (%)',
    ],
    rows,
  });
};
