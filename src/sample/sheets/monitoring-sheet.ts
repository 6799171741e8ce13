import type { CellValue } from '../../grid/cell';
import type { Grid } from '../../grid/grid';
import { DISTRICT_GENITIVE, SAMPLE_YEARS, SCHOOLS, type SampleSchool } from '../district';
import { layoutSheet } from '../grid-layout';
import type { Random } from '../prng';

export const MONITORING_SHEET = 'Мониторинг';

/**
 * Programme schools: the low-result ones, those in poor social conditions, and a few the committee
 * added itself (not flagged by the rules, still monitored).
 */
const inProgramme = (s: SampleSchool): boolean => s.profile === 'low-stable' || s.profile === 'borderline' || s.profile === 'low-recent' || s.disadvantage >= 0.3;

/** A programme school that sent no report at all: every indicator blank («нет данных», not a failure). */
const SILENT_SCHOOL = 'ОО-029';

/** How people write «да», «нет» and «no data» in a form filled by hand. */
const YES = ['да', 'Да', '+', 'выполнено', 1];
const NO = ['нет', 'Нет', 0];
const NONE = ['—', '-', null];

/**
 * What each programme school did in the last year, written as schools write it by hand: «да», «Да»,
 * «+», «1», «выполнено»; «—» or an empty cell for no data. Some schools fall short of the default
 * targets, some land exactly on them (5 staff, 32 hours, 4 hours, 80 %).
 */
export const monitoringSheet = (random: Random): Grid => {
  const year = SAMPLE_YEARS[SAMPLE_YEARS.length - 1];
  const rows: CellValue[][] = SCHOOLS.filter(inProgramme).map((s, i) => {
    if (s.code === SILENT_SCHOOL) return [year, s.name];
    const diligent = i % 3 !== 2;
    const events = diligent ? random.int(1, 4) : random.pick([0, 1]);
    const yesNo = (p: number) => (random.next() < 0.1 ? random.pick(NONE) : random.next() < p ? random.pick(YES) : random.pick(NO));
    return [
      year,
      s.name,
      events,
      events === 0 ? random.pick(NONE) : diligent ? random.int(4, 8) : random.int(2, 4),
      diligent ? random.int(5, 9) : random.int(1, 5),
      diligent ? random.pick([32, 36, 72]) : random.pick([16, 24, 32]),
      diligent ? `${String(random.int(10, 28)).padStart(2, '0')}.0${random.int(6, 9)}.${year}` : random.pick(['нет', '—']),
      yesNo(diligent ? 0.95 : 0.4),
      diligent ? random.int(1, 5) : random.pick([0, 1, '—']),
      diligent ? 3 : random.int(1, 2),
      s.disadvantage >= 0.7 && diligent ? random.int(1, 2) : 0,
      diligent ? random.pick([80, 85, 90, 100]) : random.int(40, 80),
      yesNo(diligent ? 0.7 : 0.2),
    ];
  });
  return layoutSheet({
    sheet: MONITORING_SHEET,
    title: [`Мониторинг реализации программы поддержки школ ${DISTRICT_GENITIVE}, ${year} год`],
    columns: [
      'Год',
      'Школа',
      'Проведено мероприятий',
      'Длительность мероприятия, ч',
      'Обучено педагогов',
      'Часов курсов',
      'Дата соглашения о партнёрстве',
      'Программа развития утверждена',
      'Консультаций',
      'Отчёты мониторинга',
      'Введены ставки специалистов',
      'Доля педагогов в методических объединениях (%)',
      'Подготовлены консультанты',
    ],
    rows,
  });
};
