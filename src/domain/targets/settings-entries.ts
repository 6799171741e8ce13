import { cite } from '../documents';
import { CONCEPT } from './citations';

/**
 * The «Параметры» rows of the targets and the results over years. Kept beside the targets; the
 * settings catalogue lists them after the identification rows.
 */
export const TARGET_SETTING_ENTRIES = [
  {
    code: 'targets.agreements',
    path: ['targets', 'districtAgreements'],
    kind: 'integer',
    descriptionRu:
      'Целевые показатели: партнёрских договоров, которые район заключает за год. Документы расходятся: 2 — по плану-графику, 5 — по ожидаемым результатам',
    descriptionEn: 'Targets: partner agreements the district concludes a year. The documents differ: 2 in the plan-schedule, 5 in the expected results',
    seed: `${cite(CONCEPT, 'план-график, п. 1.25, 2.19, 3.19')} — «не менее 2 в год»; ожидаемые результаты, п. 6 — «не менее 5-ти в год»`,
  },
  {
    code: 'results.exitRule',
    path: ['targets', 'exitRule'],
    kind: 'enum',
    options: ['notFlagged', 'gapReduced'],
    descriptionRu:
      'Результаты по годам: школа вышла из группы, если в последнем году она не отмечена (notFlagged) или (для ШНОР) её отставание от региона сократилось на долю results.exitGap (gapReduced)',
    descriptionEn: 'Results over years: a school left its group when it is not flagged in the latest year (notFlagged) or (ШНОР) its gap to the region shrank by the share results.exitGap (gapReduced)',
    seed: `${cite(CONCEPT, 'направления, п. 8')}: «механизмы мониторинга результативности программ перевода школ в эффективный режим функционирования»; правило — наш выбор`,
  },
  {
    code: 'results.exitGap',
    path: ['targets', 'exitGapShare'],
    kind: 'number',
    descriptionRu: 'Результаты по годам (правило gapReduced): на какую долю должно сократиться отставание ШНОР от региона, чтобы школа считалась вышедшей (0,5 — вдвое)',
    descriptionEn: 'Results over years (rule gapReduced): the share by which a ШНОР school’s gap must shrink for it to count as having left (0.5 = halved)',
    seed: 'наш выбор: сокращение вдвое — заметно больше разброса результатов между годами',
  },
] as const;
