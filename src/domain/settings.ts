import { z } from 'zod';
import { cite } from './documents';
import { TARGET_SETTING_ENTRIES } from './targets/settings-entries';
import type { Bilingual } from '../i18n/bilingual';
import { CRITERION_CODES, CRITERION_NAMES, SOCIAL_COMPONENTS, SOCIAL_COMPONENT_NAMES, SOCIAL_VARIANT_COMPONENTS, type CriterionCode, type SocialComponent } from './criteria';

/**
 * Identification settings: every threshold of SPEC.md «Identification rules» with its seed default.
 * The values live in a plain JSON-serialisable object (Settings); what each value means, its seed
 * reference and its Russian/English description live in SETTING_CATALOGUE, keyed by a stable code.
 */


const sign = z.union([z.literal(1), z.literal(-1)]);
const component = z.object({ sign, weight: z.number().min(0).max(100) });
const percent = z.number().min(0).max(100);

export const settingsSchema = z.object({
  criteria: z.object({ R1: z.boolean(), R2: z.boolean(), R3: z.boolean(), S1: z.boolean(), S2: z.boolean(), S3: z.boolean() }),
  mode: z.object({ low: z.enum(['any', 'all']), social: z.enum(['any', 'all']) }),
  minParticipants: z.number().int().min(1),
  quartileShare: z.number().gt(0).max(1),
  gapThreshold: z.number().min(0).max(100),
  regionalTolerance: percent,
  olympiadShare: percent,
  olympiadYears: z.number().int().min(1).max(10),
  social: z.object({
    variant: z.enum(['seed002', 'seed004']),
    standardisation: z.enum(['z', 'none']),
    components: z.object({
      bothParentsHigherEducation: component,
      unemployedParents: component,
      singleParent: component,
      deviant: component,
      nonNativeRussian: component,
      noLearningMotivation: component,
    }),
  }),
  unemploymentFactor: z.number().gt(0).max(100),
  /** Used only when the territory table carries no regional unemployment. */
  regionalUnemployment: z.number().min(0).max(100).nullable(),
  teachers: z.object({
    continuedShare: percent,
    vprSumGap: z.number().min(0),
    ogeBelowMinimum: percent,
    ogeQualitySum: z.number().min(0).max(300),
    ogeQualityMethod: z.enum(['pooled', 'sum']),
    egeBelowMinimum: percent,
    years: z.number().int().min(1).max(10),
    primarySubjects: z.array(z.string().min(1)).min(1),
    primaryMinSubjects: z.number().int().min(1).max(10),
    primaryGrade: z.number().int().min(1).max(4),
  }),
  deficits: z.object({ gap: z.number().min(0).max(100), belowMinimumShare: percent }),
  targets: z.object({
    districtAgreements: z.number().int().min(0).max(10000),
    exitRule: z.enum(['notFlagged', 'gapReduced']),
    exitGapShare: z.number().gt(0).max(1),
  }),
  pairing: z.object({
    /** Deficits (subject × grade band) one partner takes on. */
    capacity: z.number().int().min(0).max(1000),
    /** A school with results in the best share of the region's gaps in a subject and band is a candidate. */
    topShare: z.number().gt(0).max(1),
    kmWeight: z.number().min(0).max(1000),
    otherMunicipality: z.number().min(0).max(100000),
    noEvidence: z.number().min(0).max(100000),
    unknownKm: z.number().min(0).max(100000),
    maxKm: z.number().gt(0).nullable(),
  }),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  criteria: { R1: true, R2: true, R3: true, S1: true, S2: true, S3: true },
  mode: { low: 'any', social: 'any' },
  minParticipants: 1,
  quartileShare: 0.25,
  gapThreshold: 20,
  regionalTolerance: 5,
  olympiadShare: 0.5,
  olympiadYears: 3,
  social: {
    variant: 'seed002',
    standardisation: 'z',
    components: {
      bothParentsHigherEducation: { sign: 1, weight: 1 },
      unemployedParents: { sign: -1, weight: 1 },
      singleParent: { sign: -1, weight: 1 },
      deviant: { sign: -1, weight: 1 },
      nonNativeRussian: { sign: -1, weight: 1 },
      noLearningMotivation: { sign: -1, weight: 0 },
    },
  },
  unemploymentFactor: 1.5,
  regionalUnemployment: null,
  teachers: {
    continuedShare: 50,
    vprSumGap: 20,
    ogeBelowMinimum: 3.5,
    ogeQualitySum: 40,
    ogeQualityMethod: 'pooled',
    egeBelowMinimum: 10,
    years: 3,
    primarySubjects: ['Русский язык', 'Математика', 'Окружающий мир'],
    primaryMinSubjects: 3,
    primaryGrade: 4,
  },
  deficits: { gap: 10, belowMinimumShare: 10 },
  targets: { districtAgreements: 2, exitRule: 'notFlagged', exitGapShare: 0.5 },
  pairing: { capacity: 3, topShare: 0.25, kmWeight: 1, otherMunicipality: 15, noEvidence: 10, unknownKm: 30, maxKm: null },
};

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

const deepMerge = (base: unknown, over: unknown): unknown => {
  if (!isPlain(base) || !isPlain(over)) return over === undefined ? base : over;
  const out: Plain = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = deepMerge(base[k], v);
  return out;
};

/** Settings from partial user input over the defaults; invalid input throws a zod error. */
export const makeSettings = (partial: unknown = {}): Settings =>
  settingsSchema.parse(deepMerge(structuredClone(DEFAULT_SETTINGS), partial));

export type SettingKind = 'boolean' | 'number' | 'integer' | 'enum' | 'list' | 'number-or-empty';

type SettingLeaf = number | boolean | string | null | readonly string[];
/** Every path from the root of Settings to one value: a misspelt or moved key fails to compile. */
type PathTo<T> = T extends SettingLeaf ? readonly [] : { [K in keyof T & string]: readonly [K, ...PathTo<T[K]>] }[keyof T & string];
export type SettingPath = PathTo<Settings>;

/** The groups of the identification step's settings form. */
export type FormGroup = 'criteria' | 'thresholds' | 'weights' | 'teachers' | 'deficits';

export interface SettingEntry {
  /** Stable code, shown in the «Параметры» sheet and used as its row key. */
  code: string;
  /** Where the value lives; read and written only through settingValue, assignSettingValue, settingBounds. */
  path: SettingPath;
  kind: SettingKind;
  options?: readonly string[];
  /** What each enum option is called on the «Параметры» sheet (the sheet also accepts the option itself). */
  optionLabels?: Readonly<Record<string, Bilingual>>;
  description: Bilingual;
  /** The task-pane step whose settings form offers it, and the form's group; without it only «Параметры» has it. */
  form?: { step: 'identification'; group: FormGroup };
  /** Where the default comes from: a seed and its wording, or our stated choice. */
  seed: string;
}

/** The identification table of the Grachevka concept, and the teacher criteria of the Nikolevsky programme. */
const APPROACH = cite('grachevka', 'таблица «Общий подход к идентификации ШНРО и ШФНСУ»');
const TEACHERS_VII = (point: string): string => cite('nikolevsky', `разд. VII «Критерии и показатели идентификации педагогов с низкими результатами обучения», п. ${point}`);
const PASSPORT_V = cite('nikolevsky', 'разд. V «Ресурсное обеспечение Программы»');

/** The documents' words in full, where a rule depends on them (quoted on the «Параметры» sheet and in the README). */
export const SEED_WORDS = {
  R1: '25% школ с самыми низкими результатами ЕГЭ, ОГЭ и ВПР за последний учебный год',
  R2: 'Расхождение между средним баллом ЕГЭ, ОГЭ и ВПР по региону и средним баллом школы составляет более 20 баллов',
  R3: '0,5% и ниже учащихся за последние 3 года, принимавших участие в региональных и всероссийских олимпиадах и конкурсах',
  S1: '25% школ с низким индексом социального благополучия, рассчитанного на основе: доли детей из семей, где оба родителя имеют высшее образование, доли детей из семей, где единственный родитель или оба родителя являются безработными, доли детей с девиантным поведением, доли детей, для которых русский язык является неродным.',
  S2: 'Школы, находящиеся в труднодоступных населенных пунктах',
  S3: 'Школы, находящиеся в населенных пунктах, показатели доли безработных граждан которых существенно выше средних по региону',
  stable:
    'Таким образом, основным критерием становится критерий устойчиво низких результатов обучения обучающихся на всех ступенях образования, ведущих к дезадаптации учащихся и препятствующих продолжению их образовательной и профессиональной траектории. Показателями для расчета являются результаты ЕГЭ, ОГЭ и ВПР за последние два года.',
  passport:
    '– доля учащихся из семей, где оба родителя имеют высшее образование; – доля обучающихся из неполных семей; – доля обучающихся, состоящих на различных видах учета; – доля обучающихся, изучающих русский язык как неродной.',
  motivation:
    'Показателями для расчета также являются: индекс социального благополучия, рассчитанного на основе доли семей учащихся с низким социально экономическим и культурным уровнем; доля обучающихся с девиантным поведением, отсутствием учебной мотивации, слабым знанием русского языка (дети-инофоны).',
  T1: '1.1. Менее 50 % обучающихся продолжили обучение на уровне среднего общего образования за три года.',
  'T2.1': '2.1. Результаты ВПР по русскому языку, математике и окружающему миру ниже среднерегиональных.',
  'T2.2': '2.2. Расхождение суммы результатов по трем предметам ВПР со среднерегиональной суммой результатов более 20 баллов.',
  'T3.1':
    '3.1. Среднее значение суммарного процента недостижения минимального балла за предыдущие три года по результатам государственной итоговой аттестации по образовательным программам основного общего образования в форме основного государственного экзамена 3,5% и более, при суммарном значении показателя «качество знаний» за три года менее 40%.',
  'T3.2':
    '3.2. Среднее значение суммарного процента недостижения минимального балла за предыдущие три года по результатам государственной итоговой аттестации по образовательным программам среднего общего образования в форме единого государственного экзамена от 10% и выше',
  deficits: 'Выявление учебных предметов и классов, в которых показаны низкие образовательные результаты',
} as const;


const CRITERION_SEED: Record<CriterionCode, string> = {
  R1: `${APPROACH}: «${SEED_WORDS.R1}»`,
  R2: `${APPROACH}: «${SEED_WORDS.R2}»`,
  R3: `${APPROACH}: «${SEED_WORDS.R3}»`,
  S1: `${APPROACH}: «${SEED_WORDS.S1}»`,
  S2: `${APPROACH}: «${SEED_WORDS.S2}»`,
  S3: `${APPROACH}: «${SEED_WORDS.S3}»`,
};

const criterionEntries: SettingEntry[] = CRITERION_CODES.map((code) => ({
  code: `${code}.enabled`,
  path: ['criteria', code],
  kind: 'boolean',
  form: { step: 'identification', group: 'criteria' },
  description: {
    ru: `Критерий включён: ${CRITERION_NAMES[code].ru}`,
    en: `Criterion enabled: ${CRITERION_NAMES[code].en}`,
  },
  seed: CRITERION_SEED[code],
}));

const componentEntries: SettingEntry[] = SOCIAL_COMPONENTS.flatMap((c): SettingEntry[] => [
  {
    code: `S1.weight.${c}`,
    path: ['social', 'components', c, 'weight'],
    kind: 'number',
    form: { step: 'identification', group: 'weights' },
    description: {
      ru: `Вес в индексе социального благополучия: ${SOCIAL_COMPONENT_NAMES[c].ru} (0 — не учитывать)`,
      en: `Weight in the social well-being index: ${SOCIAL_COMPONENT_NAMES[c].en} (0 = left out)`,
    },
    seed:
      c === 'noLearningMotivation'
        ? `${PASSPORT_V}: «${SEED_WORDS.motivation}» — необязательный показатель: вес 0 (не учитывается), пока пользователь его не задаст`
        : 'наш выбор: равные веса (в документах веса не заданы)',
  },
  {
    code: `S1.sign.${c}`,
    path: ['social', 'components', c, 'sign'],
    kind: 'integer',
    form: { step: 'identification', group: 'weights' },
    options: ['1', '-1'],
    description: {
      ru: `Знак в индексе (1 — повышает благополучие, -1 — понижает): ${SOCIAL_COMPONENT_NAMES[c].ru}`,
      en: `Sign in the index (1 raises well-being, -1 lowers it): ${SOCIAL_COMPONENT_NAMES[c].en}`,
    },
    seed: `${APPROACH}; ${PASSPORT_V}: направление показателя по смыслу (высшее образование родителей повышает благополучие, остальные доли понижают)`,
  },
]);

const PAIRING_SEED = cite('volkhov', 'приложение 2 «Список участников сетевого взаимодействия школ с низкими образовательными результатами…»');

const PAIRING_ENTRIES: SettingEntry[] = [
  {
    code: 'P.capacity',
    path: ['pairing', 'capacity'],
    kind: 'integer',
    description: {
      ru: 'Партнёрство: сколько дефицитов (предмет × ступень) берёт один партнёр; для школы можно задать своё число в реестре («Ёмкость партнёра»)',
      en: 'Pairing: how many deficits (subject × grade band) one partner takes on; a school can have its own number in the registry',
    },
    seed: `${PAIRING_SEED}: одна школа-партнёр помогает одной–трём школам; 3 — наш выбор`,
  },
  {
    code: 'P.topShare',
    path: ['pairing', 'topShare'],
    kind: 'number',
    description: {
      ru: 'Партнёрство: школа — кандидат в партнёры по предмету и ступени, если её отставание от региона среди лучшей доли школ (0,25 — верхняя четверть), при числе участников не меньше минимального',
      en: 'Pairing: a school is a candidate partner in a subject and grade band when its gap to the region is in this best share of schools (0.25 = top quartile), with at least the minimum participants',
    },
    seed: `${cite('grachevka', '«школы-лидеры», «образовательные организации, демонстрирующие высокие образовательные результаты и выступающие в качестве опорных школ»')}; четверть — как в R1`,
  },
  {
    code: 'P.weight.km',
    path: ['pairing', 'kmWeight'],
    kind: 'number',
    description: {
      ru: 'Партнёрство: стоимость одного километра (минута в пути считается километром)',
      en: 'Pairing: cost of one kilometre (a minute of travel counts as a kilometre)',
    },
    seed: `${PAIRING_SEED}: партнёры — школы того же района; вес 1 на километр — наш выбор`,
  },
  {
    code: 'P.weight.otherMunicipality',
    path: ['pairing', 'otherMunicipality'],
    kind: 'number',
    description: {
      ru: 'Партнёрство: надбавка к стоимости, если партнёр из другого муниципалитета (в км)',
      en: 'Pairing: extra cost when the partner is in another municipality (in km)',
    },
    seed: `${PAIRING_SEED}: партнёры — школы того же района; 15 км — наш выбор`,
  },
  {
    code: 'P.weight.noEvidence',
    path: ['pairing', 'noEvidence'],
    kind: 'number',
    description: {
      ru: 'Партнёрство: надбавка, если опорная школа не входит в лучшие по этому предмету и ступени (в км)',
      en: 'Pairing: extra cost when a leader school is not among the best in this subject and grade band (in km)',
    },
    seed: `${cite('grachevka', 'опорные школы — «консультационные методические центры»')}; 10 км — наш выбор`,
  },
  {
    code: 'P.unknownKm',
    path: ['pairing', 'unknownKm'],
    kind: 'number',
    description: {
      ru: 'Партнёрство: расстояние, которое принимается, если нет ни координат, ни строки в таблице «Расстояния» (км)',
      en: 'Pairing: distance assumed when there are neither coordinates nor a row in the «Расстояния» table (km)',
    },
    seed: 'наш выбор',
  },
  {
    code: 'P.maxKm',
    path: ['pairing', 'maxKm'],
    kind: 'number-or-empty',
    description: {
      ru: 'Партнёрство: наибольшее расстояние до партнёра, км (пусто — без ограничения)',
      en: 'Pairing: the longest distance to a partner, km (empty = no limit)',
    },
    seed: 'наш выбор: без ограничения',
  },
];
const MODE_LABELS = { any: { ru: 'любой', en: 'any' }, all: { ru: 'все', en: 'all' } } as const;

export const SETTING_CATALOGUE: readonly SettingEntry[] = [
  ...criterionEntries,
  {
    code: 'mode.ШНОР',
    path: ['mode', 'low'],
    kind: 'enum',
    form: { step: 'identification', group: 'criteria' },
    options: ['any', 'all'],
    optionLabels: MODE_LABELS,
    description: {
      ru: 'ШНОР: «любой» — достаточно любого включённого критерия, «все» — нужны все включённые',
      en: 'ШНОР: “any” — one enabled criterion suffices, “all” — every enabled criterion is needed',
    },
    seed: `наш выбор: ${APPROACH} перечисляет показатели, не говоря, нужны ли все; по умолчанию достаточно одного`,
  },
  {
    code: 'mode.ШНСУ',
    path: ['mode', 'social'],
    kind: 'enum',
    form: { step: 'identification', group: 'criteria' },
    options: ['any', 'all'],
    optionLabels: MODE_LABELS,
    description: {
      ru: 'ШНСУ: «любой» — достаточно любого включённого критерия, «все» — нужны все включённые',
      en: 'ШНСУ: “any” — one enabled criterion suffices, “all” — every enabled criterion is needed',
    },
    seed: `наш выбор: ${APPROACH} перечисляет показатели, не говоря, нужны ли все; по умолчанию достаточно одного`,
  },
  {
    code: 'minParticipants',
    path: ['minParticipants'],
    kind: 'integer',
    form: { step: 'identification', group: 'thresholds' },
    description: {
      ru: 'Минимальное число участников: меньшие группы помечаются как ненадёжные и не участвуют в ранжировании и в R2',
      en: 'Minimum participants: smaller groups are marked unreliable and left out of ranking and of R2',
    },
    seed: 'наш выбор: в документах не задано; 1 — учитывается любая группа участников',
  },
  {
    code: 'R1.share',
    path: ['quartileShare'],
    kind: 'number',
    form: { step: 'identification', group: 'thresholds' },
    description: {
      ru: 'Доля школ с самыми низкими значениями (R1, S1): отмечаются k = ⌈доля × N⌉ школ, равные на границе включаются',
      en: 'Share of schools with the lowest values (R1, S1): k = ceil(share × N) schools are flagged, ties at the boundary included',
    },
    seed: `${APPROACH}: «${SEED_WORDS.R1}»; «25% школ с низким индексом социального благополучия»`,
  },
  {
    code: 'R2.gap',
    path: ['gapThreshold'],
    kind: 'number',
    form: { step: 'identification', group: 'thresholds' },
    description: {
      ru: 'R2: отставание школы от среднего по региону (в % от максимального балла предмета) больше порога хотя бы по одному из ЕГЭ, ОГЭ, ВПР',
      en: 'R2: the school is behind the regional average (in % of the subject maximum) by more than this in ЕГЭ, ОГЭ or ВПР',
    },
    seed: `${APPROACH}: «${SEED_WORDS.R2}» (20 баллов из 100 = 20% максимума; для других шкал — те же 20% максимума)`,
  },
  {
    code: 'regional.tolerance',
    path: ['regionalTolerance'],
    kind: 'number',
    form: { step: 'identification', group: 'thresholds' },
    description: {
      ru: 'Допуск для итоговой строки, в которой столько же участников, сколько у перечисленных школ (±2%): если её средний балл отличается от средневзвешенного по школам больше чем на столько % от максимума, берётся расчётное среднее. Строка с бо́льшим числом участников — среднее всего региона в книге района: берётся как есть',
      en: 'Tolerance for a total row counting the listed schools’ participants (±2%): beyond this many % of the maximum from their weighted mean, the computed mean is used. A row with more participants is the whole region’s average in a district’s book and is used as given',
    },
    seed: 'наш выбор: в документах не задано; 5% максимума — больше округлений и мелких расхождений, меньше ошибок формулы (сумма средних) и опечаток',
  },
  {
    code: 'R3.share',
    path: ['olympiadShare'],
    kind: 'number',
    form: { step: 'identification', group: 'thresholds' },
    description: {
      ru: 'R3: доля учащихся — участников региональных и всероссийских олимпиад и конкурсов за окно лет, %, не выше порога',
      en: 'R3: share of students in regional and all-Russian olympiads and contests over the window, %, at or below the threshold',
    },
    seed: `${APPROACH}: «${SEED_WORDS.R3}»`,
  },
  {
    code: 'R3.years',
    path: ['olympiadYears'],
    kind: 'integer',
    form: { step: 'identification', group: 'thresholds' },
    description: {
      ru: 'R3: число последних лет, за которые суммируются участники и учащиеся',
      en: 'R3: number of last years over which participants and students are summed',
    },
    seed: `${APPROACH}: «${SEED_WORDS.R3}»`,
  },
  {
    code: 'S1.variant',
    path: ['social', 'variant'],
    kind: 'enum',
    form: { step: 'identification', group: 'weights' },
    options: ['seed002', 'seed004'],
    optionLabels: {
      seed002: { ru: 'безработные родители', en: 'unemployed parents' },
      seed004: { ru: 'неполные семьи', en: 'single-parent families' },
    },
    description: {
      ru: 'S1: состав индекса: «безработные родители» — как в Концепции Грачевского округа, «неполные семьи» — как в Программе поддержки педагогов, разд. V',
      en: 'S1: index components: “unemployed parents” as in the Grachevka concept, “single-parent families” as in the teachers’ support programme, section V',
    },
    seed: `с безработными родителями — ${APPROACH}: «${SEED_WORDS.S1}»; с неполными семьями — ${PASSPORT_V}: «${SEED_WORDS.passport}»`,
  },
  {
    code: 'S1.standardisation',
    path: ['social', 'standardisation'],
    kind: 'enum',
    form: { step: 'identification', group: 'weights' },
    options: ['z', 'none'],
    optionLabels: { z: { ru: 'z', en: 'z' }, none: { ru: 'нет', en: 'none' } },
    description: {
      ru: 'S1: стандартизация показателей: z — z-оценки по школам района, «нет» — доли как есть',
      en: 'S1: standardisation: z = z-scores over the district schools, none = raw shares',
    },
    seed: 'наш выбор: z-оценки, чтобы показатели с разным разбросом весили одинаково',
  },
  ...componentEntries,
  {
    code: 'S3.factor',
    path: ['unemploymentFactor'],
    kind: 'number',
    form: { step: 'identification', group: 'thresholds' },
    description: {
      ru: 'S3: безработица в населённом пункте «существенно выше» региональной, если она не меньше региональной, умноженной на этот множитель',
      en: 'S3: settlement unemployment is «substantially above» the regional one when it is at least the regional share times this factor',
    },
    seed: `${CRITERION_SEED.S3}; множитель 1,5 — наш выбор: в полтора раза выше — заметно больше обычного разброса между населёнными пунктами`,
  },
  {
    code: 'S3.regional',
    path: ['regionalUnemployment'],
    kind: 'number-or-empty',
    description: {
      ru: 'S3: региональная доля безработных, % — используется, только если в таблице «Территория» её нет',
      en: 'S3: regional unemployment share, % — used only when the territory table lacks it',
    },
    seed: 'в документах не задано: вводится пользователем',
  },
  {
    code: 'T1.share',
    path: ['teachers', 'continuedShare'],
    kind: 'number',
    form: { step: 'identification', group: 'teachers' },
    description: {
      ru: 'T1: доля обучающихся педагога, продолживших обучение в 10 классе за три года, %, меньше порога',
      en: 'T1: share of the teacher’s students who continued to grade 10 over three years, %, below the threshold',
    },
    seed: `${TEACHERS_VII('1.1')}: «${SEED_WORDS.T1}»`,
  },
  {
    code: 'T2.2.gap',
    path: ['teachers', 'vprSumGap'],
    kind: 'number',
    form: { step: 'identification', group: 'teachers' },
    description: {
      ru: 'T2.2: сумма средних баллов ВПР по трём предметам ниже среднерегиональной суммы больше чем на порог (первичные баллы)',
      en: 'T2.2: the sum of ВПР averages over three subjects is below the regional sum by more than this (primary points)',
    },
    seed: `${TEACHERS_VII('2.2')}: «${SEED_WORDS['T2.2']}»`,
  },
  {
    code: 'T2.subjects',
    path: ['teachers', 'primarySubjects'],
    kind: 'list',
    description: {
      ru: 'T2: предметы ВПР начальной школы (через точку с запятой)',
      en: 'T2: primary-school ВПР subjects (separated by semicolons)',
    },
    seed: `${TEACHERS_VII('2.1')}: «${SEED_WORDS['T2.1']}»`,
  },
  {
    code: 'T2.1.minSubjects',
    path: ['teachers', 'primaryMinSubjects'],
    kind: 'integer',
    form: { step: 'identification', group: 'teachers' },
    description: {
      ru: 'T2.1: по скольким предметам ВПР начальной школы нужны данные (результат педагога и среднее по региону); при меньшем числе T2.1 не выполнен, недостающие предметы названы',
      en: 'T2.1: how many primary ВПР subjects need data (the teacher’s result and the regional average); with fewer, T2.1 is not met and the missing subjects are named',
    },
    seed: `${TEACHERS_VII('2.1')}: «${SEED_WORDS['T2.1']}» — все три предмета`,
  },
  {
    code: 'T2.grade',
    path: ['teachers', 'primaryGrade'],
    kind: 'integer',
    form: { step: 'identification', group: 'teachers' },
    description: {
      ru: 'T2: класс ВПР начальной школы',
      en: 'T2: primary-school ВПР grade',
    },
    seed: `${TEACHERS_VII('2')}: «Результаты ВПР уровня начального общего образования»`,
  },
  {
    code: 'T3.1.belowMinimum',
    path: ['teachers', 'ogeBelowMinimum'],
    kind: 'number',
    form: { step: 'identification', group: 'teachers' },
    description: {
      ru: 'T3.1: среднее за три года доли не достигших минимального балла ОГЭ, %, не меньше порога',
      en: 'T3.1: three-year mean share below the ОГЭ minimum, %, at or above the threshold',
    },
    seed: `${TEACHERS_VII('3.1')}: «${SEED_WORDS['T3.1']}»`,
  },
  {
    code: 'T3.1.quality',
    path: ['teachers', 'ogeQualitySum'],
    kind: 'number',
    form: { step: 'identification', group: 'teachers' },
    description: {
      ru: 'T3.1: «качество знаний» ОГЭ за три года (как задано в T3.1.qualityMethod), %, меньше порога',
      en: 'T3.1: ОГЭ «quality of knowledge» over three years (as T3.1.qualityMethod says), %, below the threshold',
    },
    seed: `${TEACHERS_VII('3.1')}: «${SEED_WORDS['T3.1']}»`,
  },
  {
    code: 'T3.1.qualityMethod',
    path: ['teachers', 'ogeQualityMethod'],
    kind: 'enum',
    form: { step: 'identification', group: 'teachers' },
    options: ['pooled', 'sum'],
    optionLabels: { pooled: { ru: 'доля за три года', en: 'pooled share' }, sum: { ru: 'сумма долей', en: 'sum of shares' } },
    description: {
      ru: 'T3.1: как читать «суммарное значение показателя «качество знаний» за три года»: «доля за три года» — получившие «4» и «5» за три года ÷ участники за три года, «сумма долей» — буквальная сумма годовых долей',
      en: 'T3.1: how to read «the summed “quality of knowledge” over three years»: “pooled share” — 4-and-5 marks over three years ÷ participants over three years, “sum of shares” — the literal sum of yearly shares',
    },
    seed: `${TEACHERS_VII('3.1')}: «${SEED_WORDS['T3.1']}»; сумма долей за три года (например, 3 × 35% = 105%) почти никогда не меньше 40%, поэтому по умолчанию — доля за три года вместе`,
  },
  {
    code: 'T3.2.belowMinimum',
    path: ['teachers', 'egeBelowMinimum'],
    kind: 'number',
    form: { step: 'identification', group: 'teachers' },
    description: {
      ru: 'T3.2: среднее за три года доли не достигших минимального балла ЕГЭ, %, не меньше порога',
      en: 'T3.2: three-year mean share below the ЕГЭ minimum, %, at or above the threshold',
    },
    seed: `${TEACHERS_VII('3.2')}: «${SEED_WORDS['T3.2']}»`,
  },
  {
    code: 'T.years',
    path: ['teachers', 'years'],
    kind: 'integer',
    form: { step: 'identification', group: 'teachers' },
    description: {
      ru: 'T1, T3: число лет, за которые считаются показатели педагога',
      en: 'T1, T3: number of years the teacher indicators cover',
    },
    seed: `${TEACHERS_VII('1.1, 3.1, 3.2')}: «за три года», «за предыдущие три года»; при неполном окне — «данные за N из 3 лет»`,
  },
  {
    code: 'D.gap',
    path: ['deficits', 'gap'],
    kind: 'number',
    form: { step: 'identification', group: 'deficits' },
    description: {
      ru: 'Карта дефицитов: отставание школы от региона по предмету и ступени (% от максимума) больше порога — дефицит; половина порога R2, чтобы видеть слабые предметы раньше, чем школа попадёт в R2',
      en: 'Deficit map: a subject/grade band behind the region by more than this (% of the maximum) is a deficit; half the R2 threshold',
    },
    seed: `${cite('volkhov', 'этап «Аналитический», п. 1')}: «${SEED_WORDS.deficits}»; порог — наш выбор`,
  },
  {
    code: 'D.belowMinimum',
    path: ['deficits', 'belowMinimumShare'],
    kind: 'number',
    form: { step: 'identification', group: 'deficits' },
    description: {
      ru: 'Карта дефицитов: доля не достигших минимального балла по предмету и ступени, %, не меньше порога — дефицит',
      en: 'Deficit map: share below the minimum score in a subject/grade band, %, at or above this is a deficit',
    },
    seed: `${cite('volkhov', 'этап «Аналитический», п. 1')}: «${SEED_WORDS.deficits}»; порог как в ${TEACHERS_VII('3.2')} («от 10% и выше»)`,
  },
  ...TARGET_SETTING_ENTRIES,
  ...PAIRING_ENTRIES,
];

/** The one walk along a setting's path (over Settings or over its schema's shapes). */
const walk = (root: unknown, path: readonly string[], child: (node: unknown, key: string) => unknown): unknown => path.reduce(child, root);
const childOf = (node: unknown, key: string): unknown => (isPlain(node) ? node[key] : undefined);

export const settingValue = (settings: Settings, entry: SettingEntry): unknown => walk(settings, entry.path, childOf);

/** Replaces one value in place (the object must be a whole Settings, or a copy of one, not yet validated). */
export const assignSettingValue = (target: Settings, entry: SettingEntry, value: unknown): void => {
  const holder = walk(target, entry.path.slice(0, -1), childOf) as Plain;
  holder[entry.path[entry.path.length - 1]] = value;
};

/** A copy of settings with one value replaced; the result is validated by the schema (throws when invalid). */
export const withSettingValue = (settings: Settings, entry: SettingEntry, value: unknown): Settings => {
  const copy = structuredClone(settings);
  assignSettingValue(copy, entry, value);
  return settingsSchema.parse(copy);
};

/** The schema's finite bounds of a numeric setting (a form field's min and max). */
export const settingBounds = (entry: SettingEntry): { min?: number; max?: number } => {
  const node = walk(settingsSchema, entry.path, (n, key) => (n as { shape?: Record<string, unknown> } | undefined)?.shape?.[key]) as
    | { minValue?: number | null; maxValue?: number | null }
    | undefined;
  const finite = (v: number | null | undefined) => (typeof v === 'number' && Math.abs(v) < Number.MAX_SAFE_INTEGER ? v : undefined);
  return { min: finite(node?.minValue), max: finite(node?.maxValue) };
};

/** The seed default of one threshold with its reference, for outputs («порог 20, seed 002 …»). */
export const thresholdRef = (code: string): { value: unknown; seed: string } => {
  const entry = SETTING_CATALOGUE.find((e) => e.code === code);
  if (!entry) throw new Error(`Unknown setting code ${code}`);
  return { value: settingValue(DEFAULT_SETTINGS, entry), seed: entry.seed };
};

/** Components of the social index under the chosen variant, with a weight above zero. */
export const activeSocialComponents = (settings: Settings): SocialComponent[] =>
  SOCIAL_VARIANT_COMPONENTS[settings.social.variant].filter((c) => settings.social.components[c].weight > 0);
