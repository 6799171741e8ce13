import { CONCEPT, TEACHER_PROGRAMME, citeWording as cite } from './citations';
import type { Comparison, DistrictBasis, Indicator, IndicatorLevel, MonitoringStage } from './types';

/**
 * The default target indicators, derived from the concept's expected results and plan-schedule and
 * from the teacher-support programme. School indicators name the monitoring value they read
 * (`measure`, a column of the monitoring template); district ones are entered once for the district
 * or computed from the schools' values. Users edit all of it on the sheet «Целевые показатели».
 */

/** What the defaults depend on: the two documents differ on the district's agreements a year. */
export interface DefaultTargetOptions {
  /** Partner agreements the district concludes a year: 2 (plan-schedule) or 5 (expected results). */
  districtAgreements: number;
}

export const AGREEMENTS_PLAN = 2;
export const AGREEMENTS_EXPECTED = 5;

const indicator = (
  id: string,
  name: string,
  nameEn: string,
  unit: string,
  level: IndicatorLevel,
  comparison: Comparison,
  target: number,
  stage: MonitoringStage,
  measure: string,
  source: string,
  extra: { basis?: DistrictBasis; targetsByYear?: Record<number, number> } = {},
): Indicator & { nameEn: string } => ({
  id, name, nameEn, unit, level, comparison, target, stage, measure, source,
  targetsByYear: extra.targetsByYear ?? {},
  ...(extra.basis ? { basis: extra.basis } : {}),
});

const C = CONCEPT;

/** Measures of the monitoring template (school columns); ids match the monitoring fields of the reader. */
export const MEASURES = {
  programme: 'programmeApproved',
  events: 'eventsHeld',
  eventHours: 'eventHours',
  staff: 'staffTrained',
  courseHours: 'courseHours',
  agreement: 'partnerAgreement',
  consultations: 'consultations',
  teachersShare: 'teachersInCommunitiesShare',
  reports: 'monitoringReports',
  specialists: 'specialistPosts',
  consultants: 'consultantsPrepared',
} as const;

const M = MEASURES;

export const defaultIndicators = (options: DefaultTargetOptions = { districtAgreements: AGREEMENTS_PLAN }): (Indicator & { nameEn: string })[] => [
  indicator('programme', 'Школьная программа повышения качества образования разработана и утверждена', 'School improvement programme developed and approved',
    'да/нет', 'school', 'yes', 1, 'intermediate', M.programme,
    cite(C, 'ожидаемые результаты, п. 5; план-график, п. 1.20, 3.17 (май – июль)', 'Охват – 100% общеобразовательных организаций')),
  indicator('events', 'Краткосрочные мероприятия на базе школы (семинар, вебинар, мастер-класс)', 'Short on-site events (seminar, webinar, master class)',
    'мероприятий', 'school', 'ge', 1, 'final', M.events,
    cite(C, 'план-график, п. 1.9, 2.11, 3.11 (март – октябрь)', 'не менее 1 мероприятия на базе каждой организации')),
  indicator('eventHours', 'Длительность краткосрочного мероприятия, ч (самого продолжительного)', 'Length of the short event, hours (the longest)',
    'ч', 'school', 'ge', 4, 'final', M.eventHours,
    cite(C, 'план-график, п. 1.9, 2.11, 3.11', 'длительностью не менее 4 часов')),
  indicator('staff', 'Обучено педагогов и руководителей на курсах повышения квалификации', 'Staff trained in professional development courses',
    'чел.', 'school', 'ge', 5, 'final', M.staff,
    cite(C, 'план-график, п. 1.17, 2.14, 3.14 (апрель – октябрь)', 'не менее 5-ти человек от каждой школы')),
  indicator('courseHours', 'Объём курсов повышения квалификации, ч', 'Length of the courses, hours',
    'ч', 'school', 'ge', 32, 'final', M.courseHours,
    cite(C, 'план-график, п. 1.17, 2.14, 3.14', 'объемом не менее 32 часов')),
  indicator('agreement', 'Партнёрский договор со школой с высокими результатами заключён', 'Partner agreement with a high-performing school concluded',
    'да/нет', 'school', 'yes', 1, 'intermediate', M.agreement,
    cite(C, 'ожидаемые результаты, п. 6; план-график, п. 1.25, 2.19, 3.19 (июнь – сентябрь)', 'Охват – не менее 50% школ, включенных в проект')),
  indicator('consultations', 'Консультации и тьюторское сопровождение школы', 'Consultations and tutoring of the school',
    'консультаций', 'school', 'ge', 1, 'final', M.consultations,
    cite(C, 'план-график, п. 1.19, 2.16, 3.16 (апрель – ноябрь)', 'не менее 1 консультации для каждой школы')),
  indicator('teachersShare', 'Доля педагогов школы, вовлечённых в профессиональные сообщества и мероприятия, %', 'Share of the school’s teachers in professional communities, %',
    '%', 'school', 'ge', 80, 'final', M.teachersShare,
    cite(TEACHER_PROGRAMME, 'паспорт программы, ожидаемые результаты, п. 4', 'не менее 80 % педагогов')),
  indicator('reports', 'Отчёты мониторинга сданы (входной — март, промежуточный — сентябрь, итоговый — ноябрь)', 'Monitoring reports submitted (entry — March, intermediate — September, final — November)',
    'отчётов', 'school', 'ge', 3, 'final', M.reports,
    cite(C, 'план-график, п. 1.11, 2.9, 3.9', 'Сформирован 1 аналитический отчет по каждому этапу')),
  indicator('d-agreements', 'Партнёрские договоры, заключённые за год (всего по району)', 'Partner agreements concluded in the year (district total)',
    'договоров', 'district', 'ge', options.districtAgreements, 'intermediate', M.agreement,
    `${cite(C, 'план-график, п. 1.25, 2.19, 3.19', 'не менее 2 в год')}; ${cite(C, 'ожидаемые результаты, п. 6', 'не менее 5-ти в год')}. ` +
      `Взято ${options.districtAgreements} (параметр targets.agreements на листе «Параметры»)`,
    { basis: { kind: 'sum', measure: M.agreement } }),
  indicator('d-agreementShare', 'Доля школ программы с партнёрским договором, %', 'Share of programme schools with a partner agreement, %',
    '%', 'district', 'ge', 50, 'intermediate', M.agreement,
    cite(C, 'ожидаемые результаты, п. 6', 'Охват – не менее 50% школ, включенных в проект, ежегодно'),
    { basis: { kind: 'shareSchools', measure: M.agreement, atLeast: 1 } }),
  indicator('d-communities', 'Доля школ программы, педагоги которых включены в профессиональные сообщества, %', 'Share of programme schools whose teachers are in professional communities, %',
    '%', 'district', 'ge', 100, 'final', M.teachersShare,
    cite(C, 'план-график, п. 1.18, 3.15', 'Организованы объединения педагогов в 100% школ'),
    { basis: { kind: 'shareSchools', measure: M.teachersShare, atLeast: 1 } }),
  indicator('d-exchange', 'Муниципальные мероприятия по обмену опытом между школами', 'District experience-exchange events between schools',
    'мероприятий', 'district', 'ge', 4, 'final', 'exchangeEvents',
    cite(C, 'план-график, п. 1.4, 2.6, 3.6 (февраль, май, сентябрь, октябрь)', 'не менее 4-х в год'),
    { basis: { kind: 'entered' } }),
  indicator('d-seminarParticipants', 'Межмуниципальный методический семинар: участников', 'Inter-municipal seminar: participants',
    'чел.', 'district', 'ge', 40, 'final', 'seminarParticipants',
    cite(C, 'план-график, п. 1.27, 2.22, 3.22 (октябрь)', 'не менее 40 участников'),
    { basis: { kind: 'entered' } }),
  indicator('d-seminarDistricts', 'Межмуниципальный методический семинар: районов-участников', 'Inter-municipal seminar: districts taking part',
    'районов', 'district', 'ge', 2, 'final', 'seminarDistricts',
    `${cite(C, 'план-график, п. 1.27, 2.22', 'не менее 40 участников из 2 районов')}; ${cite(C, 'п. 3.22 (2023 год)', 'из 4 районов')}`,
    { basis: { kind: 'entered' }, targetsByYear: { 2021: 2, 2022: 2, 2023: 4 } }),
  indicator('d-specialists', 'Школы, в которых введены ставки специалистов (психолог, дефектолог, логопед, социальный педагог)', 'Schools that introduced specialist posts (psychologist, defectologist, speech therapist, social pedagogue)',
    'школ', 'district', 'ge', 2, 'intermediate', M.specialists,
    cite(C, 'план-график, п. 2.21, 3.21 (август – сентябрь)', 'Введены должности в не менее 2 школы'),
    { basis: { kind: 'countSchools', measure: M.specialists, atLeast: 1 } }),
  indicator('d-consultants', 'Доля школ программы, где подготовлены консультанты, %', 'Share of programme schools with trained consultants, %',
    '%', 'district', 'ge', 50, 'final', M.consultants,
    `${cite(C, 'план-график, п. 1.21', 'Подготовлены консультанты в не менее 50% школах')}; в ожидаемых результатах (п. 4) — «не менее 60%»`,
    { basis: { kind: 'shareSchools', measure: M.consultants, atLeast: 1 } }),
];
