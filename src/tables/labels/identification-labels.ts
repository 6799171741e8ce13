import type { GroupName } from '../../domain/settings';
import type { AdjustmentAction, SchoolStatus, TeacherCode } from '../../domain/types';

/**
 * Sheet names, headers and fixed texts of the identification sheets («Идентификация <год>», the teachers
 * sheet, «Параметры», «Корректировки»), Russian by default with an English variant. Group names (ШНОР,
 * ШНСУ) and criterion codes are official terms and stay as they are in both languages.
 */

export type IdentificationLanguage = 'ru' | 'en';
export const IDENTIFICATION_LANGUAGES: readonly IdentificationLanguage[] = ['ru', 'en'];

export interface IdentificationLabels {
  identificationSheet: (year: number) => string;
  teachersSheet: (year: number) => string;
  settingsSheet: string;
  adjustmentsSheet: string;
  annex: string;

  yes: string;
  no: string;
  noData: string;
  notEvaluated: string;
  status: Record<SchoolStatus, string>;
  action: Record<AdjustmentAction, string>;

  // «Идентификация <год>»
  identificationTitle: (year: number) => string;
  identificationHelp: string;
  number: string;
  school: string;
  municipality: string;
  groups: string;
  reasons: string;
  stable: string;
  statusVsLastYear: string;
  criterionValue: (code: string) => string;
  criterionThreshold: (code: string) => string;
  criterionMargin: (code: string) => string;
  noDataFamilies: string;
  adjustment: string;
  adjustmentReason: string;
  note: string;
  adjustmentText: (action: AdjustmentAction, group: GroupName, changed: boolean) => string;
  summary: string;
  schoolsTotal: string;
  inBothGroups: string;
  stableLow: string;
  entered: string;
  left: string;
  stayed: string;
  adjusted: string;
  flaggedByCriterion: (name: string) => string;
  notEvaluatedReason: (code: string, reason: string) => string;
  method: string;
  remarks: string;

  // Teachers sheet
  teachersTitle: (year: number) => string;
  teachersPrivacy: string;
  teachersHeader: {
    number: string;
    teacher: string;
    school: string;
    subject: string;
    criterion: string;
    value: string;
    threshold: string;
    margin: string;
    unit: string;
    extraCondition: string;
    years: string;
    rule: string;
    source: string;
    note: string;
  };
  /** The unit of a teacher criterion; the domain gives the Russian one. */
  teacherUnit: (code: TeacherCode, russianUnit: string) => string;
  thresholdWord: string;
  sourceRows: (sheet: string, rows: string) => string;
  teachersEvaluated: string;
  teachersAtRisk: string;
  flaggedBy: (code: string) => string;
  /** A teacher whose T2.1 could not be met for lack of subjects, with the finding's note. */
  incompleteSubjects: (teacher: string, school: string, note: string) => string;

  // «Параметры»
  settingsTitle: string;
  settingsHelp: string;
  settingsHeader: { code: string; description: string; value: string; default: string; source: string };

  // «Корректировки»
  adjustmentsTitle: string;
  adjustmentsHelp: string;
  adjustmentsHeader: { school: string; year: string; action: string; group: string; reason: string };
}

const TEACHER_UNIT_EN: Record<TeacherCode, string> = {
  T1: '% of students',
  'T2.1': 'subjects below the region',
  'T2.2': 'primary points',
  'T3.1': '% below the minimum',
  'T3.2': '% below the minimum',
};

export const IDENTIFICATION_LABELS: Record<IdentificationLanguage, IdentificationLabels> = {
  ru: {
    identificationSheet: (y) => `Идентификация ${y}`,
    teachersSheet: (y) => `Педагоги — риски ${y}`,
    settingsSheet: 'Параметры',
    adjustmentsSheet: 'Корректировки',
    annex: 'Приложение к приказу № ___ от ___',

    yes: 'да',
    no: 'нет',
    noData: 'нет данных',
    notEvaluated: 'не оценивался',
    status: { вошла: 'вошла', осталась: 'осталась', вышла: 'вышла', 'не входит': 'не входит', 'нет данных': 'нет данных' },
    action: { include: 'включить', exclude: 'исключить' },

    identificationTitle: (y) =>
      `Идентификация школ с низкими образовательными результатами (ШНОР) и школ, функционирующих в неблагоприятных социальных условиях (ШНСУ), ${y} год`,
    identificationHelp: 'Значение, порог и запас (значение − порог) каждого критерия; «нет данных» — школа не ранжируется и не считается низкой.',
    number: '№',
    school: 'Школа',
    municipality: 'Муниципалитет',
    groups: 'Группы',
    reasons: 'Основания',
    stable: 'Устойчиво',
    statusVsLastYear: 'Статус к прошлому году',
    criterionValue: (c) => `${c}: значение`,
    criterionThreshold: (c) => `${c}: порог`,
    criterionMargin: (c) => `${c}: запас`,
    noDataFamilies: 'Нет данных',
    adjustment: 'Экспертная корректировка',
    adjustmentReason: 'Основание корректировки',
    note: 'Примечание',
    adjustmentText: (action, group, changed) =>
      `${action === 'include' ? 'включить в' : 'исключить из'} ${group}${changed ? '' : ' (без изменений)'}`,
    summary: 'Итоги',
    schoolsTotal: 'Школ всего',
    inBothGroups: 'В обеих группах',
    stableLow: 'Устойчиво низкие результаты (R1 или R2 в этом и в предыдущем году, до экспертных корректировок)',
    entered: 'Вошли в списки',
    left: 'Вышли из списков',
    stayed: 'Остались в списках',
    adjusted: 'С экспертной корректировкой',
    flaggedByCriterion: (name) => `Отмечено по критерию ${name}`,
    notEvaluatedReason: (code, reason) => `${code} не оценивался: ${reason}`,
    method: 'Методика',
    remarks: 'Замечания',

    teachersTitle: (y) => `Педагоги с рисками низких результатов обучения, ${y} год (критерии: Программа поддержки педагогов, имеющих низкие образовательные результаты обучающихся, на 2021-2024 годы, разд. VII)`,
    teachersPrivacy: 'Содержит персональные данные: не пересылайте лист без необходимости.',
    teachersHeader: {
      number: '№',
      teacher: 'ФИО педагога',
      school: 'Школа',
      subject: 'Предмет',
      criterion: 'Критерий',
      value: 'Значение',
      threshold: 'Порог',
      margin: 'Запас',
      unit: 'Единица',
      extraCondition: 'Дополнительное условие',
      years: 'Годы',
      rule: 'Правило',
      source: 'Источник',
      note: 'Примечание',
    },
    teacherUnit: (_code, russianUnit) => russianUnit,
    thresholdWord: 'порог',
    sourceRows: (sheet, rows) => `${sheet}: стр. ${rows}`,
    teachersEvaluated: 'Педагогов с оценёнными показателями',
    teachersAtRisk: 'Педагогов с рисками',
    flaggedBy: (c) => `Отмечено по ${c}`,
    incompleteSubjects: (t, school, note) => `T2.1 не выполнен из-за неполных данных: ${t}, ${school} — ${note}`,

    settingsTitle: 'Параметры идентификации ШНОР и ШНСУ',
    settingsHelp:
      'Меняйте только столбец «Значение»: остальное пересоздаётся. Доли — в процентах (0,5 означает 0,5%), кроме доли школ R1.share (0,25 = 25%).',
    settingsHeader: { code: 'Код', description: 'Описание', value: 'Значение', default: 'По умолчанию', source: 'Источник значения по умолчанию' },

    adjustmentsTitle: 'Экспертные корректировки списков ШНОР и ШНСУ',
    adjustmentsHelp:
      'Одна строка — одно решение. Без основания корректировка не применяется. Результат идентификации показывает каждую корректировку.',
    adjustmentsHeader: {
      school: 'Школа',
      year: 'Год',
      action: 'Действие (включить / исключить)',
      group: 'Группа (ШНОР / ШНСУ)',
      reason: 'Основание (обязательно)',
    },
  },
  en: {
    identificationSheet: (y) => `Identification ${y}`,
    teachersSheet: (y) => `Teachers at risk ${y}`,
    settingsSheet: 'Settings',
    adjustmentsSheet: 'Adjustments',
    annex: 'Annex to order No. ___ of ___',

    yes: 'yes',
    no: 'no',
    noData: 'no data',
    notEvaluated: 'not evaluated',
    status: { вошла: 'entered', осталась: 'stayed', вышла: 'left', 'не входит': 'not in', 'нет данных': 'no data' },
    action: { include: 'include', exclude: 'exclude' },

    identificationTitle: (y) =>
      `Identification of schools with low educational results (ШНОР) and schools in unfavourable social conditions (ШНСУ), ${y}`,
    identificationHelp: 'Value, threshold and margin (value − threshold) of each criterion; “no data”: the school is not ranked and not counted as low.',
    number: 'No.',
    school: 'School',
    municipality: 'Municipality',
    groups: 'Groups',
    reasons: 'Criteria met',
    stable: 'Persistently low',
    statusVsLastYear: 'Status vs last year',
    criterionValue: (c) => `${c}: value`,
    criterionThreshold: (c) => `${c}: threshold`,
    criterionMargin: (c) => `${c}: margin`,
    noDataFamilies: 'No data',
    adjustment: 'Expert adjustment',
    adjustmentReason: 'Reason for the adjustment',
    note: 'Note',
    adjustmentText: (action, group, changed) =>
      `${action === 'include' ? 'include in' : 'exclude from'} ${group}${changed ? '' : ' (no change)'}`,
    summary: 'Summary',
    schoolsTotal: 'Schools in total',
    inBothGroups: 'In both groups',
    stableLow: 'Persistently low results (R1 or R2 this year and the year before, before expert adjustments)',
    entered: 'Entered the lists',
    left: 'Left the lists',
    stayed: 'Stayed in the lists',
    adjusted: 'With an expert adjustment',
    flaggedByCriterion: (name) => `Flagged by criterion ${name}`,
    notEvaluatedReason: (code, reason) => `${code} not evaluated: ${reason}`,
    method: 'Method',
    remarks: 'Remarks',

    teachersTitle: (y) => `Teachers at risk of low learning results, ${y} (criteria: Programme of support of teachers with low student results, 2021–2024, section VII)`,
    teachersPrivacy: 'Contains personal data: do not forward the sheet unless necessary.',
    teachersHeader: {
      number: 'No.',
      teacher: 'Teacher',
      school: 'School',
      subject: 'Subject',
      criterion: 'Criterion',
      value: 'Value',
      threshold: 'Threshold',
      margin: 'Margin',
      unit: 'Unit',
      extraCondition: 'Additional condition',
      years: 'Years',
      rule: 'Rule',
      source: 'Source',
      note: 'Note',
    },
    teacherUnit: (code, russianUnit) => TEACHER_UNIT_EN[code] ?? russianUnit,
    thresholdWord: 'threshold',
    sourceRows: (sheet, rows) => `${sheet}: rows ${rows}`,
    teachersEvaluated: 'Teachers with evaluated indicators',
    teachersAtRisk: 'Teachers at risk',
    flaggedBy: (c) => `Flagged by ${c}`,
    incompleteSubjects: (t, school, note) => `T2.1 not met for incomplete data: ${t}, ${school} — ${note}`,

    settingsTitle: 'Settings of the ШНОР and ШНСУ identification',
    settingsHelp:
      'Change only the “Value” column: everything else is regenerated. Shares are in percent (0.5 means 0.5%), except the share of schools R1.share (0.25 = 25%).',
    settingsHeader: { code: 'Code', description: 'Description', value: 'Value', default: 'Default', source: 'Source of the default' },

    adjustmentsTitle: 'Expert adjustments of the ШНОР and ШНСУ lists',
    adjustmentsHelp: 'One row, one decision. An adjustment without a reason is not applied. The identification shows every adjustment.',
    adjustmentsHeader: {
      school: 'School',
      year: 'Year',
      action: 'Action (include / exclude)',
      group: 'Group (ШНОР / ШНСУ)',
      reason: 'Reason (required)',
    },
  },
};

/** One text in every language: what a reader accepts from a sheet written in any of them. */
export const inEveryLanguage = <T>(pick: (labels: IdentificationLabels) => T): T[] =>
  IDENTIFICATION_LANGUAGES.map((l) => pick(IDENTIFICATION_LABELS[l]));
