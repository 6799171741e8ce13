import type { FieldId } from './field-ids';
import { FIELD_SYNONYMS } from './synonyms';
import { containsWords, normalizeText } from './text';
import { findSubject, SubjectCatalogue } from './subjects';
import type { HeaderColumn } from './header-detect';

export const TABLE_KINDS = ['schools', 'results', 'olympiads', 'social', 'territory', 'teachers', 'monitoring'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export const TABLE_KIND_NAMES: Record<TableKind, { ru: string; en: string }> = {
  schools: { ru: 'реестр школ', en: 'schools registry' },
  results: { ru: 'результаты', en: 'results' },
  olympiads: { ru: 'олимпиады', en: 'olympiads' },
  social: { ru: 'социальный паспорт', en: 'social passport' },
  territory: { ru: 'территории', en: 'territory' },
  teachers: { ru: 'педагоги', en: 'teachers' },
  monitoring: { ru: 'мониторинг', en: 'monitoring' },
};

export type ValueType = 'text' | 'count' | 'number' | 'share' | 'boolean' | 'year' | 'family' | 'grade' | 'subject';

export { FIELD_IDS, type FieldId } from './field-ids';

export interface FieldDef {
  type: ValueType;
  ru: string; // the field's name shown to the user
  kinds: TableKind[];
  /** Several columns may carry it (values are summed), e.g. regional + all-Russian olympiad participants. */
  summed?: boolean;
}

const SCHOOL_KINDS: TableKind[] = ['schools', 'results', 'olympiads', 'social', 'teachers', 'monitoring'];
const RESULT_KINDS: TableKind[] = ['results', 'teachers'];
const SOCIAL: FieldDef = { type: 'share', ru: '', kinds: ['social'] };
const MONITORING: FieldDef = { type: 'number', ru: '', kinds: ['monitoring'] };

export const FIELDS: Record<FieldId, FieldDef> = {
  school: { type: 'text', ru: 'Школа', kinds: SCHOOL_KINDS },
  municipality: { type: 'text', ru: 'Муниципалитет', kinds: [...SCHOOL_KINDS, 'territory'] },
  settlement: { type: 'text', ru: 'Населённый пункт', kinds: ['schools', 'territory'] },
  code: { type: 'text', ru: 'Код ОО / ИНН / ОГРН', kinds: [...SCHOOL_KINDS] },
  year: { type: 'year', ru: 'Год', kinds: ['results', 'olympiads', 'social', 'territory', 'teachers', 'monitoring'] },
  type: { type: 'text', ru: 'Тип ОО', kinds: ['schools'] },
  students: { type: 'count', ru: 'Численность обучающихся', kinds: ['schools', 'olympiads', 'social'] },
  smallSchool: { type: 'boolean', ru: 'Малокомплектная', kinds: ['schools'] },
  hardToReach: { type: 'boolean', ru: 'Труднодоступный населённый пункт', kinds: ['schools', 'territory'] },
  travelMinutes: { type: 'number', ru: 'Время в пути, мин', kinds: ['schools'] },
  latitude: { type: 'number', ru: 'Широта', kinds: ['schools'] },
  longitude: { type: 'number', ru: 'Долгота', kinds: ['schools'] },
  leader: { type: 'boolean', ru: 'Опорная школа / школа-лидер', kinds: ['schools'] },
  partnerCapacity: { type: 'count', ru: 'Ёмкость партнёра (дефицитов)', kinds: ['schools'] },
  mentor: { type: 'boolean', ru: 'Педагог-наставник', kinds: ['teachers'] },
  family: { type: 'family', ru: 'Экзамен (ЕГЭ/ОГЭ/ВПР)', kinds: RESULT_KINDS },
  subject: { type: 'subject', ru: 'Предмет', kinds: RESULT_KINDS },
  grade: { type: 'grade', ru: 'Класс', kinds: RESULT_KINDS },
  participants: { type: 'count', ru: 'Участников', kinds: RESULT_KINDS },
  average: { type: 'number', ru: 'Средний балл', kinds: RESULT_KINDS },
  belowMinimum: { type: 'count', ru: 'Не преодолели минимальный порог, чел.', kinds: RESULT_KINDS },
  belowMinimumShare: { type: 'share', ru: 'Не преодолели минимальный порог, %', kinds: RESULT_KINDS },
  qualityShare: { type: 'share', ru: 'Качество знаний, %', kinds: RESULT_KINDS },
  highScorers: { type: 'count', ru: 'Высокобалльники (80–99)', kinds: ['results'] },
  hundredScorers: { type: 'count', ru: 'Получили 100 баллов', kinds: ['results'] },
  graduates: { type: 'count', ru: 'Выпускников', kinds: ['results'] },
  regionalAverage: { type: 'number', ru: 'Средний балл по региону', kinds: RESULT_KINDS },
  olympiadParticipants: { type: 'count', ru: 'Участники олимпиад', kinds: ['olympiads'], summed: true },
  teacher: { type: 'text', ru: 'ФИО педагога', kinds: ['teachers'] },
  continuedToGrade10Share: { type: 'share', ru: 'Продолжили обучение в 10 классе, %', kinds: ['teachers'] },
  bothParentsHigherEducation: { ...SOCIAL, ru: 'Оба родителя с высшим образованием' },
  singleParent: { ...SOCIAL, ru: 'Неполные семьи' },
  unemployedParents: { ...SOCIAL, ru: 'Безработные родители' },
  deviant: { ...SOCIAL, ru: 'Состоящие на учёте' },
  nonNativeRussian: { ...SOCIAL, ru: 'Русский язык не родной' },
  noLearningMotivation: { ...SOCIAL, ru: 'Отсутствие учебной мотивации' },
  lowIncome: { ...SOCIAL, ru: 'Малообеспеченные семьи' },
  disabilities: { ...SOCIAL, ru: 'Дети с ОВЗ' },
  unemployment: { type: 'share', ru: 'Уровень безработицы, %', kinds: ['territory'] },
  regionalUnemployment: { type: 'share', ru: 'Безработица по региону, %', kinds: ['territory'] },
  eventsHeld: { ...MONITORING, ru: 'Проведено мероприятий' },
  eventHours: { ...MONITORING, ru: 'Часов мероприятий' },
  staffTrained: { ...MONITORING, ru: 'Обучено педагогов' },
  courseHours: { ...MONITORING, ru: 'Часов курсов' },
  partnerAgreement: { type: 'text', ru: 'Соглашение о партнёрстве', kinds: ['monitoring'] },
  programmeApproved: { type: 'boolean', ru: 'Программа утверждена', kinds: ['monitoring'] },
  consultations: { ...MONITORING, ru: 'Консультации' },
  monitoringReports: { ...MONITORING, ru: 'Отчёты мониторинга' },
  specialistPosts: { ...MONITORING, ru: 'Ставки специалистов' },
  teachersInCommunitiesShare: { type: 'share', ru: 'Педагоги в методических объединениях, %', kinds: ['monitoring'] },
  consultantsPrepared: { type: 'boolean', ru: 'Подготовлены консультанты', kinds: ['monitoring'] },
};

/** Fields a sheet of each kind cannot be read without; an array inside means «one of». */
export const REQUIRED_FIELDS: Record<TableKind, (FieldId | FieldId[])[]> = {
  schools: ['school'],
  results: ['school', ['average', 'participants', 'graduates', 'belowMinimumShare', 'qualityShare']],
  olympiads: ['school', 'olympiadParticipants'],
  social: ['school', ['bothParentsHigherEducation', 'singleParent', 'unemployedParents', 'deviant', 'nonNativeRussian', 'noLearningMotivation', 'lowIncome', 'disabilities']],
  territory: ['settlement', 'unemployment'],
  teachers: ['teacher', 'school', 'subject'],
  monitoring: ['school', ['eventsHeld', 'eventHours', 'staffTrained', 'courseHours', 'partnerAgreement', 'programmeApproved', 'consultations', 'monitoringReports', 'specialistPosts', 'teachersInCommunitiesShare', 'consultantsPrepared']],
};

/** Measures a subject group can carry in a wide results header (subject over measure). */
export const SUBJECT_MEASURES: FieldId[] = ['participants', 'average', 'belowMinimum', 'belowMinimumShare', 'qualityShare', 'highScorers', 'hundredScorers', 'regionalAverage'];

export interface FieldMatch {
  field: FieldId;
  confidence: number; // 0..1
  subject?: string;
}

const SYNONYMS_NORMALIZED: [FieldId, string[]][] = (Object.keys(FIELD_SYNONYMS) as FieldId[]).map((f) => [f, FIELD_SYNONYMS[f].map(normalizeText)]);

/** The best field for one header text: exact synonym 1.0, synonym as whole words inside 0.8. */
export const matchFieldText = (text: string): FieldMatch | null => {
  const t = normalizeText(text);
  if (!t) return null;
  let best: { field: FieldId; confidence: number; len: number } | null = null;
  for (const [field, syns] of SYNONYMS_NORMALIZED) {
    for (const s of syns) {
      const exact = t === s;
      // One- and two-letter synonyms (x, y, мо, оо) only count as the whole header.
      if (!exact && (s.length <= 2 || !containsWords(t, s))) continue;
      const confidence = exact ? 1 : 0.8;
      if (!best || confidence > best.confidence || (confidence === best.confidence && s.length > best.len)) best = { field, confidence, len: s.length };
    }
  }
  if (!best) return null;
  const isShare = /%|доля|процент|share/.test(t);
  if (best.field === 'belowMinimum' && isShare) return { field: 'belowMinimumShare', confidence: best.confidence };
  return { field: best.field, confidence: best.confidence };
};

/**
 * Field of a header column. The last segment names the measure; a subject in an upper segment
 * (wide results: «Русский язык › средний балл») makes it a per-subject measure.
 */
export const matchColumn = (column: HeaderColumn, catalogue: SubjectCatalogue): FieldMatch | null => {
  const segs = column.segments;
  if (segs.length === 0) return null;
  const last = segs[segs.length - 1];
  const measure = matchFieldText(last);
  const upper = segs.slice(0, -1);
  const subject = upper.map((s) => findSubject(s, catalogue)).find((s) => s !== null) ?? null;
  if (subject && measure && SUBJECT_MEASURES.includes(measure.field)) return { ...measure, subject };
  if (measure) return measure;
  const whole = matchFieldText(segs.join(' '));
  return whole ? { ...whole, confidence: Math.min(whole.confidence, 0.6) } : null;
};

export const isSatisfied = (req: FieldId | FieldId[], present: Set<FieldId>): boolean =>
  Array.isArray(req) ? req.some((f) => present.has(f)) : present.has(req);

const SHEET_NAME_HINTS: [RegExp, TableKind][] = [
  [/школ|реестр|registry|schools/i, 'schools'],
  [/результат|егэ|огэ|впр|results/i, 'results'],
  [/олимпиад|olympiad/i, 'olympiads'],
  [/социальн|паспорт|social/i, 'social'],
  [/территор|безработ|territor/i, 'territory'],
  [/педагог|учител|teacher/i, 'teachers'],
  [/мониторинг|monitoring/i, 'monitoring'],
];

/**
 * The table kind whose required fields are all present and whose specific fields score highest
 * (a field used by one kind counts more than a shared one); the sheet name breaks ties.
 */
export const detectKind = (sheetName: string, fields: FieldId[]): TableKind | null => {
  const present = new Set(fields);
  let best: { kind: TableKind; score: number } | null = null;
  for (const kind of TABLE_KINDS) {
    if (!REQUIRED_FIELDS[kind].every((r) => isSatisfied(r, present))) continue;
    let score = 0;
    for (const f of present) if (FIELDS[f].kinds.includes(kind)) score += FIELDS[f].kinds.length === 1 ? 3 : 1 / FIELDS[f].kinds.length;
    if (SHEET_NAME_HINTS.some(([re, k]) => k === kind && re.test(sheetName))) score += 2;
    if (!best || score > best.score) best = { kind, score };
  }
  return best?.kind ?? null;
};
