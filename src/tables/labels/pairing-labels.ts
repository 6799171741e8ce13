import type { UncoveredReason } from '../../domain/pairing/types';

/** Texts of «Сетевое партнёрство <год>», Russian by default with an English variant. */

export type PairingLanguage = 'ru' | 'en';

const fmt = (x: number, language: PairingLanguage) => (language === 'ru' ? String(x).replace('.', ',') : String(x));

export const PAIRING_LABELS = {
  ru: {
    sheet: (year: number) => `Сетевое партнёрство ${year}`,
    title:
      'Список участников сетевого взаимодействия школ с низкими образовательными результатами и школ, функционирующих в неблагоприятных социальных условиях, со школами, демонстрирующими высокие образовательные результаты',
    summary: (year: number, pairs: number, schools: number, covered: number, uncovered: number) =>
      `${year} год: пар ${pairs}, школ ${schools}; дефицитов закрыто ${covered}, без партнёра ${uncovered}.`,
    method: (capacity: number, share: number) =>
      `Партнёр — школа из лучших ${fmt(Math.round(share * 100), 'ru')}% региона по предмету и ступени, опорная школа или педагог-наставник; не школа из ШНОР/ШНСУ и не педагог с рисками T1–T3. ` +
      `Ёмкость партнёра — ${capacity} дефицита (если в реестре не указано иное). Подбор точный: сначала закрывается наибольшее возможное число дефицитов, затем наименьшая сумма расстояний и надбавок (лист «Параметры», P.*).`,
    header: [
      '№ п/п',
      'Наименование школы с низкими образовательными результатами или школы, функционирующей в неблагоприятных социальных условиях',
      'Наименование школы — сетевого партнёра или педагога-наставника',
      'Примечание',
      'Муниципалитет',
      'Муниципалитет партнёра',
      'Расстояние, км',
      'Дефициты (предмет, классы)',
      'Альтернатива 1 (доплата, км)',
      'Альтернатива 2 (доплата, км)',
      'Решение (закрепить / запретить / примечание)',
    ],
    uncoveredSection: 'Дефициты без партнёра',
    forbiddenSection: 'Запрещённые пары (решение пользователя)',
    forbiddenNote: 'пара запрещена: не предлагается',
    fixedMark: 'закреплено',
    minutes: (m: number) => `${fmt(Math.round(m), 'ru')} мин в пути`,
    unknownDistance: 'нет данных',
    alternative: (name: string, extra: number, km: string, free: boolean) =>
      `${name} (+${fmt(extra, 'ru')}; ${km}${free ? '' : '; ёмкость занята'})`,
    reasons: {
      'no-candidate': 'в регионе нет школ с высокими результатами по этому предмету, опорных школ и наставников',
      'grade-band': 'есть партнёры по предмету, но ни один не ведёт эти классы (ООШ не помогает с 10–11, НОШ — только 1–4)',
      'out-of-reach': 'нет партнёра в пределах наибольшего расстояния (P.maxKm)',
      forbidden: 'все возможные партнёры запрещены решением пользователя',
      capacity: 'ёмкость всех возможных партнёров исчерпана',
    } satisfies Record<UncoveredReason, string>,
    footer: [
      'Столбец «Решение»: «закрепить» — пара сохранится при пересчёте; «запретить» — пара больше не будет предложена; любой другой текст — примечание. Всё, что вписано в этот столбец, переносится при пересчёте.',
      'Расстояние — по прямой по координатам реестра школ или из листа «Расстояния» (км или минуты в пути), если пара там есть. Альтернативы — две следующие по стоимости школы для тех же дефицитов; доплата — на сколько км (с надбавками) дороже.',
    ],
  },
  en: {
    sheet: (year: number) => `Partner pairing ${year}`,
    title: 'Network partners of schools with low results and schools in unfavourable social conditions, paired with schools that show high results',
    summary: (year: number, pairs: number, schools: number, covered: number, uncovered: number) =>
      `${year}: ${pairs} pairs, ${schools} schools; ${covered} deficits covered, ${uncovered} without a partner.`,
    method: (capacity: number, share: number) =>
      `A partner is a school among the best ${Math.round(share * 100)}% of the region in the subject and grade band, a leader school or a mentor teacher; never a ШНОР/ШНСУ school nor a teacher flagged by T1–T3. ` +
      `Capacity: ${capacity} deficits per partner unless the registry says otherwise. Exact: first as many deficits as possible are covered, then the least total of distances and penalties (Settings sheet, P.*).`,
    header: [
      'No.',
      'School with low results or in unfavourable social conditions',
      'Partner school or mentor teacher',
      'Note',
      'Municipality',
      'Partner municipality',
      'Distance, km',
      'Deficits (subject, grades)',
      'Alternative 1 (extra, km)',
      'Alternative 2 (extra, km)',
      'Decision (fix / forbid / note)',
    ],
    uncoveredSection: 'Deficits without a partner',
    forbiddenSection: 'Forbidden pairs (user decision)',
    forbiddenNote: 'pair forbidden: never proposed',
    fixedMark: 'fixed',
    minutes: (m: number) => `${Math.round(m)} min of travel`,
    unknownDistance: 'no data',
    alternative: (name: string, extra: number, km: string, free: boolean) => `${name} (+${extra}; ${km}${free ? '' : '; capacity used'})`,
    reasons: {
      'no-candidate': 'no school with high results in this subject, no leader school and no mentor in the region',
      'grade-band': 'there are partners in the subject, but none teaches these grades',
      'out-of-reach': 'no partner within the longest distance (P.maxKm)',
      forbidden: 'every possible partner is forbidden by a user decision',
      capacity: 'the capacity of every possible partner is used up',
    } satisfies Record<UncoveredReason, string>,
    footer: [
      'Decision column: «fix» keeps the pair when recalculating; «forbid» never proposes it again; any other text is a note. Everything typed there is carried over.',
      'Distance: great-circle from the registry coordinates, or from the «Расстояния» sheet (km or minutes of travel) when the pair is there. Alternatives: the next two schools by cost for the same deficits, with the extra cost in km (with penalties).',
    ],
  },
} as const;

export const formatNumber = fmt;
