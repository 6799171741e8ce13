import type { Language } from '../i18n/bilingual';

/** Headers and fixed texts of the roadmap sheets, Russian by default with an English variant. */


export interface RoadmapLabels {
  roadmapSheet: (year: string) => string;
  schoolPlansSheet: (year: string) => string;
  timelineSheet: (year: string) => string;
  catalogueSheet: string;
  approval: string;
  roadmapTitle: (yearLabel: string) => string;
  summary: (schools: number, shnor: number, shnsu: number) => string;
  schoolPlansTitle: (yearLabel: string) => string;
  timelineTitle: (yearLabel: string) => string;
  number: string;
  activity: string;
  timing: string;
  responsible: string;
  expectedResult: string;
  schools: string;
  status: string;
  note: string;
  districtLevel: string;
  andMore: (n: number) => string;
  legendTitle: string;
  schoolPlanHeading: (name: string, details: string) => string;
  groups: string;
  deficits: string;
  teachersAtRisk: string;
  partnerActivity: (partner: string, note: string) => string;
  partnerResult: string;
  partnerResponsible: string;
  noSchools: string;
  done: string;
  notDone: string;
  notApplicable: string;
  activeMonth: string;
  catalogueTitle: string;
  catalogueHelp: string[];
  section: string;
  catalogueTiming: string;
  scope: string;
  trigger: string;
  source: string;
  scopeDistrict: string;
  scopeSchool: string;
}

export const ROADMAP_LABELS: Record<Language, RoadmapLabels> = {
  ru: {
    roadmapSheet: (y) => `Дорожная карта ${y}`,
    schoolPlansSheet: (y) => `Планы школ ${y}`,
    timelineSheet: (y) => `График ${y}`,
    catalogueSheet: 'Каталог мероприятий',
    approval: 'УТВЕРЖДЁН приказом № ______ от «___» ____________ 20___ г.',
    roadmapTitle: (y) =>
      `Дорожная карта по поддержке школ с низкими образовательными результатами и школ, функционирующих в неблагоприятных социальных условиях, на ${y} учебный год`,
    summary: (n, a, b) => `Школ в программе: ${n} (ШНОР — ${a}, ШНСУ — ${b}). Составлена по каталогу мероприятий и результатам идентификации.`,
    schoolPlansTitle: (y) => `Планы мероприятий школ по повышению качества образования на ${y} учебный год`,
    timelineTitle: (y) => `График мероприятий дорожной карты по месяцам, ${y} учебный год`,
    number: '№ п/п',
    activity: 'Мероприятие',
    timing: 'Сроки',
    responsible: 'Ответственные',
    expectedResult: 'Ожидаемый результат',
    schools: 'Школы',
    status: 'Отметка об исполнении',
    note: 'Примечание',
    districtLevel: 'муниципальный уровень',
    andMore: (n) => `и ещё ${n}`,
    legendTitle: 'Условные обозначения:',
    schoolPlanHeading: (name, details) => `План: ${name}${details ? ` (${details})` : ''}`,
    groups: 'группа',
    deficits: 'дефициты',
    teachersAtRisk: 'педагогов группы риска',
    partnerActivity: (p, n) => `Сетевое взаимодействие с партнёром: ${p}${n ? ` — ${n}` : ''}`,
    partnerResult: 'Преодоление выявленных дефицитов; договор о сетевом взаимодействии',
    partnerResponsible: 'руководители ОО',
    noSchools: 'Идентифицированных школ нет: в дорожную карту вошли только мероприятия муниципального уровня.',
    done: 'выполнено',
    notDone: 'не выполнено',
    notApplicable: 'не применяется',
    activeMonth: '●',
    catalogueTitle: 'Каталог мероприятий дорожной карты',
    catalogueHelp: [
      'Редактируйте строки и добавляйте свои; ключ новой строки можно не заполнять. Дорожная карта строится по этому листу.',
      'Условие: всегда; ШНОР; ШНСУ; дефицит: <предмет> [1–4 | 5–9 | 10–11]; социальный: девиантное поведение | неродной русский язык | неполные семьи | безработные родители | малоимущие семьи | дети с ОВЗ; педагоги группы риска; партнёрство.',
      'Охват: муниципальный (одна строка на район) или школа (в каждой школе, к которой относится условие). Ожидаемый результат: {N} — число школ, {N*5} — по 5 на школу, {T} — педагогов группы риска.',
      'Сроки — месяцы документа. Строка, в источнике которой есть «план-график» (план по календарному году), ставится в календарный год, в котором заканчивается учебный год; строки раздела «Аналитический этап» — в месяцы до сентября; остальные — в учебный год.',
    ],
    section: 'Раздел',
    catalogueTiming: 'Сроки (как в плане)',
    scope: 'Охват',
    trigger: 'Условие',
    source: 'Источник',
    scopeDistrict: 'муниципальный',
    scopeSchool: 'школа',
  },
  en: {
    roadmapSheet: (y) => `Roadmap ${y}`,
    schoolPlansSheet: (y) => `School plans ${y}`,
    timelineSheet: (y) => `Timeline ${y}`,
    catalogueSheet: 'Activity catalogue',
    approval: 'APPROVED by order No. ______ of ____________ 20___',
    roadmapTitle: (y) =>
      `Roadmap of support for schools with low results and schools in unfavourable social conditions, school year ${y}`,
    summary: (n, a, b) => `Schools in the programme: ${n} (low results — ${a}, social conditions — ${b}). Built from the activity catalogue and the identification.`,
    schoolPlansTitle: (y) => `School improvement plans, school year ${y}`,
    timelineTitle: (y) => `Roadmap timeline by month, school year ${y}`,
    number: 'No.',
    activity: 'Activity',
    timing: 'Dates',
    responsible: 'Responsible',
    expectedResult: 'Expected result',
    schools: 'Schools',
    status: 'Done',
    note: 'Note',
    districtLevel: 'district level',
    andMore: (n) => `and ${n} more`,
    legendTitle: 'Abbreviations:',
    schoolPlanHeading: (name, details) => `Plan: ${name}${details ? ` (${details})` : ''}`,
    groups: 'group',
    deficits: 'deficits',
    teachersAtRisk: 'teachers at risk',
    partnerActivity: (p, n) => `Partnership with ${p}${n ? ` — ${n}` : ''}`,
    partnerResult: 'Deficits addressed; partnership agreement',
    partnerResponsible: 'school heads',
    noSchools: 'No identified schools: the roadmap holds district-level activities only.',
    done: 'done',
    notDone: 'not done',
    notApplicable: 'no longer applies',
    activeMonth: '●',
    catalogueTitle: 'Roadmap activity catalogue',
    catalogueHelp: [
      'Edit rows and add your own; a new row may leave the key empty. The roadmap is built from this sheet.',
      'Condition: всегда; ШНОР; ШНСУ; дефицит: <subject> [1–4 | 5–9 | 10–11]; социальный: <component>; педагоги группы риска; партнёрство.',
      'Scope: муниципальный (one row for the district) or школа (each school the condition applies to). Expected result: {N} schools, {N*5} five per school, {T} teachers at risk.',
      'Dates are the document’s months. A row whose source names a «план-график» (a calendar-year plan) is placed in the calendar year the school year ends in; rows of the «Аналитический этап» section in the months before September; the others in the school year.',
    ],
    section: 'Section',
    catalogueTiming: 'Dates (as planned)',
    scope: 'Scope',
    trigger: 'Condition',
    source: 'Source',
    scopeDistrict: 'муниципальный',
    scopeSchool: 'школа',
  },
};
