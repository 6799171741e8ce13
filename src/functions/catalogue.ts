/**
 * The one declaration of every custom function: id, names in both languages, parameters and help.
 * functions.ts (the @customfunction wrappers) must match it - test/functions checks the metadata
 * the webpack plugin reads from functions.ts against this; functions-ru.json and the README
 * table are generated from it (metadata.ts).
 */

export type { Bilingual, Dimensionality, FunctionDecl, ParameterDecl, ParameterType } from './function-decl';
import type { FunctionDecl, ParameterDecl } from './function-decl';
import { targetFunctions } from './targets-catalogue';

export const NAMESPACE = 'OPORA';
/** The help page, relative to the add-in's URL. */
export const HELP_PAGE = 'help.html';

const RESULTS: ParameterDecl = {
  name: 'results',
  nameRu: 'результаты',
  type: 'any',
  dimensionality: 'matrix',
  description: {
    ru: 'Таблица результатов ЕГЭ/ОГЭ/ВПР со строкой заголовков (школа, предмет, участники, средний балл…)',
    en: 'ЕГЭ/ОГЭ/ВПР results table with a header row (school, subject, participants, average…)',
  },
};

const SOCIAL: ParameterDecl = {
  name: 'social',
  nameRu: 'соц_паспорт',
  type: 'any',
  dimensionality: 'matrix',
  optional: true,
  description: { ru: 'Таблица социального паспорта школ с заголовками', en: 'Social passport table with a header row' },
};

const OLYMPIADS: ParameterDecl = {
  name: 'olympiads',
  nameRu: 'олимпиады',
  type: 'any',
  dimensionality: 'matrix',
  optional: true,
  description: {
    ru: 'Таблица участия в региональных и всероссийских олимпиадах с заголовками (школа, год, участники, обучающихся)',
    en: 'Regional and all-Russian olympiad participation table with a header row (school, year, participants, students)',
  },
};

const REGISTRY: ParameterDecl = {
  name: 'registry',
  nameRu: 'реестр',
  type: 'any',
  dimensionality: 'matrix',
  optional: true,
  description: {
    ru: 'Реестр школ с заголовками (численность, труднодоступность…)',
    en: 'Schools registry with a header row (students, hard-to-reach…)',
  },
};

const school = (optional: boolean, ru: string, en: string): ParameterDecl => ({
  name: 'school',
  nameRu: 'школа',
  type: 'string',
  dimensionality: 'scalar',
  optional,
  // The same identity as the tables: in a whole region «СОШ №1» alone names a school of every municipality.
  description: { ru: `${ru} (название, «Муниципалитет | Школа» или код ОО)`, en: `${en} (name, "Municipality | School" or the school's code)` },
});

const YEAR: ParameterDecl = {
  name: 'year',
  nameRu: 'год',
  type: 'number',
  dimensionality: 'scalar',
  optional: true,
  description: { ru: 'Год (по умолчанию — последний год в данных)', en: 'Year (default: the latest year in the data)' },
};

const SETTINGS: ParameterDecl = {
  name: 'settings',
  nameRu: 'параметры',
  type: 'any',
  dimensionality: 'matrix',
  optional: true,
  description: {
    ru: 'Диапазон листа «Параметры» со строкой заголовков (по умолчанию — пороги из методики)',
    en: 'Range of the «Параметры» (Settings) sheet with its header row (default: the thresholds of the method)',
  },
};

const ADJUSTMENTS: ParameterDecl = {
  name: 'adjustments',
  nameRu: 'корректировки',
  type: 'any',
  dimensionality: 'matrix',
  optional: true,
  description: {
    ru: 'Диапазон листа «Корректировки» со строкой заголовков: экспертные решения с основаниями',
    en: 'Range of the «Корректировки» (Adjustments) sheet with its header row: expert decisions with reasons',
  },
};

export const FUNCTIONS: readonly FunctionDecl[] = [
  {
    id: 'SCHOOL_RISK',
    name: { en: 'SCHOOL_RISK', ru: 'РИСК_ШКОЛЫ' },
    description: {
      ru: 'Группы (ШНОР, ШНСУ) и сработавшие критерии: по всем школам таблицы (с заголовком) или по одной школе',
      en: 'Groups (ШНОР, ШНСУ) and criteria met: for every school of the table (with a header) or for one school',
    },
    parameters: [
      RESULTS,
      SOCIAL,
      OLYMPIADS,
      REGISTRY,
      school(true, 'Школа: вернуть одну строку без заголовка', 'School: return its row only, without the header'),
      YEAR,
      SETTINGS,
      ADJUSTMENTS,
    ],
    result: {
      type: 'any',
      dimensionality: 'matrix',
      description: {
        ru: 'Школа | Муниципалитет | Год | Группы (с учётом корректировок) | Критерии | Устойчиво низкие [| Экспертная корректировка — если указаны корректировки]',
        en: 'School | Municipality | Year | Groups (after adjustments) | Criteria | Stable [| Expert adjustment — when adjustments are given]',
      },
    },
    example: '=OPORA.SCHOOL_RISK(Результаты!A1:H400, Соцпаспорт!A1:G60, , , , , Параметры!A1:E60, Корректировки!A1:E40)',
  },
  {
    id: 'SCORE_GAP',
    name: { en: 'SCORE_GAP', ru: 'ОТСТАВАНИЕ_ОТ_РЕГИОНА' },
    description: {
      ru: 'Отставание школы от среднего по региону, % от максимального балла (взвешено по участникам)',
      en: "The school's gap to the regional average, % of the maximum score (participant-weighted)",
    },
    parameters: [
      RESULTS,
      school(false, 'Школа', 'School'),
      {
        name: 'family',
        nameRu: 'экзамен',
        type: 'string',
        dimensionality: 'scalar',
        optional: true,
        description: { ru: 'ЕГЭ, ОГЭ или ВПР (по умолчанию — наибольшее отставание)', en: 'ЕГЭ, ОГЭ or ВПР (default: the largest gap)' },
      },
      YEAR,
      SETTINGS,
    ],
    result: { type: 'number', dimensionality: 'scalar', description: { ru: 'Отставание, %', en: 'Gap, %' } },
    example: '=OPORA.SCORE_GAP(Результаты!A1:H400, "МБОУ СОШ № 5", "ОГЭ")',
  },
  {
    id: 'LOWEST_QUARTILE',
    name: { en: 'LOWEST_QUARTILE', ru: 'НИЖНЯЯ_ЧЕТВЕРТЬ' },
    description: {
      ru: 'Школы из 25% с самыми низкими результатами ЕГЭ, ОГЭ, ВПР (критерий R1) или признак для одной школы',
      en: 'Schools among the 25% with the lowest ЕГЭ, ОГЭ, ВПР results (criterion R1), or the flag of one school',
    },
    parameters: [RESULTS, school(true, 'Школа: вернуть ИСТИНА или ЛОЖЬ', 'School: return TRUE or FALSE'), YEAR, SETTINGS],
    result: {
      type: 'any',
      dimensionality: 'matrix',
      description: { ru: 'Школа | Итоговый ранг (0 — худший)', en: 'School | Composite rank (0 = worst)' },
    },
    example: '=OPORA.LOWEST_QUARTILE(Результаты!A1:H400)',
  },
  {
    id: 'SOCIAL_INDEX',
    name: { en: 'SOCIAL_INDEX', ru: 'ИНДЕКС_БЛАГОПОЛУЧИЯ' },
    description: {
      ru: 'Индекс социального благополучия (ИСБ) по всем школам таблицы или одной школы',
      en: 'Social well-being index for every school of the table, or for one school',
    },
    parameters: [
      { ...SOCIAL, optional: false },
      school(true, 'Школа: вернуть только её индекс', 'School: return its index only'),
      YEAR,
      SETTINGS,
    ],
    result: {
      type: 'any',
      dimensionality: 'matrix',
      description: { ru: 'Школа | Индекс | В нижних 25%', en: 'School | Index | In the lowest 25%' },
    },
    example: '=OPORA.SOCIAL_INDEX(Соцпаспорт!A1:G60)',
  },
  {
    id: 'OLYMPIAD_SHARE',
    name: { en: 'OLYMPIAD_SHARE', ru: 'ДОЛЯ_ОЛИМПИАДНИКОВ' },
    description: {
      ru: 'Доля учащихся школы, участвовавших в региональных и всероссийских олимпиадах за последние 3 года, %',
      en: "Share of the school's students in regional and all-Russian olympiads over the last 3 years, %",
    },
    parameters: [{ ...OLYMPIADS, optional: false }, school(false, 'Школа', 'School'), YEAR, SETTINGS],
    result: { type: 'number', dimensionality: 'scalar', description: { ru: 'Доля, %', en: 'Share, %' } },
    example: '=OPORA.OLYMPIAD_SHARE(Олимпиады!A1:E200, A2)',
  },
  {
    id: 'TEACHER_RISK',
    name: { en: 'TEACHER_RISK', ru: 'РИСК_ПЕДАГОГА' },
    description: {
      ru: 'Педагоги с низкими результатами (критерии T1–T3.2) по всей таблице или критерии одного педагога',
      en: 'Teachers with low results (criteria T1–T3.2) over the table, or the criteria of one teacher',
    },
    parameters: [
      {
        name: 'teachers',
        nameRu: 'педагоги',
        type: 'any',
        dimensionality: 'matrix',
        description: {
          ru: 'Таблица результатов педагогов с заголовками (ФИО, школа, предмет, год…)',
          en: "Teachers' results table with a header row (name, school, subject, year…)",
        },
      },
      {
        name: 'teacher',
        nameRu: 'педагог',
        type: 'string',
        dimensionality: 'scalar',
        optional: true,
        description: { ru: 'ФИО педагога: вернуть только его критерии', en: "Teacher's name: return their criteria only" },
      },
      SETTINGS,
    ],
    result: {
      type: 'any',
      dimensionality: 'matrix',
      description: { ru: 'ФИО | Школа | Предмет | Критерии', en: 'Name | School | Subject | Criteria' },
    },
    example: '=OPORA.TEACHER_RISK(Педагоги!A1:L300)',
  },
  {
    id: 'RISK_REASONS',
    name: { en: 'RISK_REASONS', ru: 'ПРИЧИНЫ_РИСКА' },
    description: {
      ru: 'Объяснение по-русски: почему школа отнесена (или не отнесена) к ШНОР и ШНСУ, с порогами и экспертными корректировками',
      en: 'Explanation in Russian: why the school is (or is not) ШНОР or ШНСУ, with the thresholds and expert adjustments',
    },
    parameters: [RESULTS, school(false, 'Школа', 'School'), SOCIAL, OLYMPIADS, REGISTRY, YEAR, SETTINGS, ADJUSTMENTS],
    result: { type: 'string', dimensionality: 'scalar', description: { ru: 'Текст объяснения', en: 'Explanation text' } },
    example: '=OPORA.RISK_REASONS(Результаты!A1:H400, A2, Соцпаспорт!A1:G60)',
  },
  ...targetFunctions(YEAR),
  {
    id: 'PARTNER_FOR',
    name: { en: 'PARTNER_FOR', ru: 'ПАРТНЁР_ДЛЯ' },
    description: {
      ru: 'Школы-партнёры и педагоги-наставники, которых точный подбор даёт школе (сетевое партнёрство), с расстоянием и дефицитами',
      en: 'The partner schools and mentor teachers the exact pairing gives the school (network partnership), with distance and deficits',
    },
    parameters: [
      RESULTS,
      school(false, 'Школа', 'School'),
      { ...REGISTRY, description: { ru: 'Реестр школ с заголовками (координаты, тип ОО, опорная школа, ёмкость партнёра)', en: 'Schools registry with a header row (coordinates, type, leader school, partner capacity)' } },
      {
        name: 'teachers',
        nameRu: 'педагоги',
        type: 'any',
        dimensionality: 'matrix',
        optional: true,
        description: { ru: 'Таблица педагогов с заголовками: столбец «Наставник» называет наставников', en: "Teachers' table with a header row: the «Наставник» column names the mentors" },
      },
      YEAR,
      SETTINGS,
    ],
    result: {
      type: 'any',
      dimensionality: 'matrix',
      description: {
        ru: 'Партнёр | Муниципалитет партнёра | Расстояние, км | Дефициты | Решение или причина, если партнёра нет',
        en: 'Partner | Partner municipality | Distance, km | Deficits | Decision, or the reason when there is no partner',
      },
    },
    example: '=OPORA.PARTNER_FOR(Результаты!A1:H400, "МБОУ Лесная ООШ", Школы!A1:F60)',
  },
];

export const functionById = (id: string): FunctionDecl | undefined => FUNCTIONS.find((f) => f.id === id);

