import type { CellValue } from '../../src/grid/cell';
import type { Grid } from '../../src/grid/grid';

/**
 * A generated whole region for identity tests: 32 municipalities named as real ones are, each with
 * «СОШ №1…№N», «Гимназия №1», «Лицей» and one village school; two years of ЕГЭ (Русский язык and
 * Математика профильная). Between the years schools change legal form (МБОУ → МАОУ), gain an honorary
 * name, and districts are renamed (район → муниципальный округ, or written as «Комитет образования
 * администрации … района»). The registry carries codes; the social passport has codes and no
 * municipality; the olympiads table has neither (village schools only, and one ambiguous «СОШ №1»).
 * Everything a test needs to compute the expected result independently is in `schools`.
 */

export const REGION_MUNICIPALITIES = [
  'Бабаевский', 'Бабушкинский', 'Белозерский', 'Вашкинский', 'Великоустюгский', 'Верховажский', 'Вожегодский', 'Вологодский',
  'Вытегорский', 'Грязовецкий', 'Кадуйский', 'Кирилловский', 'Кичменгско-Городецкий', 'Междуреченский', 'Никольский', 'Нюксенский',
  'Сокольский', 'Сямженский', 'Тарногский', 'Тотемский', 'Усть-Кубинский', 'Устюженский', 'Харовский', 'Чагодощенский',
  'Череповецкий', 'Шекснинский', 'Ленинский', 'Октябрьский', 'Смидовичский', 'Облученский',
] as const;
/** City districts whose names share a stem with a district above: they must stay apart. */
export const REGION_CITIES = ['город Вологда', 'город Череповец'] as const;

export const REGION_YEARS = [2023, 2024] as const;
export const REGION_SUBJECTS = ['Русский язык', 'Математика профильная'] as const;

export interface RegionSchool {
  /** Index in the region: a stable id for tests. */
  id: number;
  code: string;
  /** Municipality and name as written in each year's results, and in the registry (= the latest names). */
  municipality: Record<number, string>;
  name: Record<number, string>;
  /** Per year and subject: participants and average (100-point scale). */
  results: Record<number, { participants: number; average: number }[]>;
  olympiads?: number;
  students: number;
}

export interface Region {
  schools: RegionSchool[];
  grids: Grid[];
}

/** mulberry32: a small seeded generator, so a property test's seed reproduces the region. */
export const seededRandom = (seed: number) => {
  let a = seed >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const VILLAGES = ['Ивановка', 'Покровское', 'Никольское', 'Березовка', 'Сосновка', 'Михайловка', 'Александровка', 'Петровка'];

/** The district's name in a year: renamed to «… муниципальный округ» from 2024 for every second one. */
const districtName = (stem: string, index: number, year: number): string => {
  if (year === 2023) return index % 5 === 3 ? `Комитет образования администрации ${genitive(stem)} района` : `${stem} район`;
  return index % 2 === 0 ? `${stem} муниципальный округ` : `${stem} муниципальный район`;
};

const genitive = (stem: string): string => stem.replace(/ий$/, 'ого').replace(/ый$/, 'ого');

export const generateRegion = (seed = 1): Region => {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const schools: RegionSchool[] = [];
  const municipalities: { year: Record<number, string> }[] = [
    ...REGION_MUNICIPALITIES.map((stem, i) => ({ year: Object.fromEntries(REGION_YEARS.map((y) => [y, districtName(stem, i, y)])) })),
    ...REGION_CITIES.map((city) => ({ year: Object.fromEntries(REGION_YEARS.map((y) => [y, y === 2023 ? city : `Городской округ ${city}`])) })),
  ];
  municipalities.forEach((m, mi) => {
    const names: { base: string; village?: string }[] = [];
    const n = int(2, 6);
    for (let k = 1; k <= n; k++) names.push({ base: `СОШ №${k}` });
    names.push({ base: 'Гимназия №1' }, { base: 'Лицей' }, { base: 'СОШ', village: VILLAGES[mi % VILLAGES.length] + (mi >= VILLAGES.length ? `-${mi}` : '') });
    names.forEach(({ base, village }, k) => {
      const form2023 = 'МБОУ';
      const form2024 = k % 3 === 0 ? 'МАОУ' : 'МБОУ';
      const honorary = base === 'СОШ №2' && mi % 4 === 1 ? ' имени Героя Советского Союза И.П. Петрова' : '';
      const core = village ? `${base} с. ${village}` : base;
      const low = rnd() < 0.2;
      const results = Object.fromEntries(
        REGION_YEARS.map((y) => [y, REGION_SUBJECTS.map(() => ({ participants: int(3, 60), average: Math.round((low ? 35 + rnd() * 20 : 55 + rnd() * 30) * 10) / 10 }))]),
      );
      schools.push({
        id: schools.length,
        code: String(3500000 + schools.length * 7),
        municipality: m.year,
        name: { 2023: `${form2023} «${core}»`, 2024: `${form2024} «${core}${honorary}»` },
        results,
        ...(village ? { olympiads: int(0, 5) } : {}),
        students: int(80, 900),
      });
    });
  });
  return { schools, grids: regionGrids(schools) };
};

const LATEST = REGION_YEARS[REGION_YEARS.length - 1];

export const resultsRows = (schools: readonly RegionSchool[], year: number): CellValue[][] =>
  schools.map((s) => [s.municipality[year], s.name[year], ...s.results[year].flatMap((r) => [r.participants, r.average])]);

export const resultsGrid = (sheet: string, year: number, rows: CellValue[][]): Grid => ({
  sheet,
  values: [
    [`Результаты ЕГЭ ${year} года по образовательным организациям области`],
    ['Муниципалитет', 'Образовательная организация', ...REGION_SUBJECTS.flatMap((s) => [s, null])],
    [null, null, ...REGION_SUBJECTS.flatMap(() => ['Участников', 'Средний балл'])],
    ...rows,
  ],
  merges: [
    { top: 1, left: 0, bottom: 2, right: 0 },
    { top: 1, left: 1, bottom: 2, right: 1 },
    ...REGION_SUBJECTS.map((_, i) => ({ top: 1, left: 2 + 2 * i, bottom: 1, right: 3 + 2 * i })),
  ],
});

export const regionGrids = (schools: readonly RegionSchool[]): Grid[] => [
  {
    sheet: 'Реестр школ',
    values: [['Муниципалитет', 'Наименование ОО', 'Код ОО', 'Численность обучающихся'], ...schools.map((s) => [s.municipality[LATEST], s.name[LATEST], s.code, s.students])],
    merges: [],
  },
  ...REGION_YEARS.map((y) => resultsGrid(`ЕГЭ ${y}`, y, resultsRows(schools, y))),
  {
    sheet: 'Социальный паспорт',
    values: [
      ['Год', 'Код ОО', 'Наименование ОО', 'Численность обучающихся', 'Неполные семьи, %', 'Оба родителя с высшим образованием, %'],
      ...schools.map((s) => [LATEST, s.code, s.name[LATEST].replace(/^М[АБ]ОУ /, ''), s.students, 10 + (s.id % 20), 20 + (s.id % 30)]),
    ],
    merges: [],
  },
  {
    sheet: 'Олимпиады',
    values: [
      ['Год', 'Наименование ОО', 'Участники олимпиад', 'Численность обучающихся'],
      ...schools.filter((s) => s.olympiads !== undefined).map((s) => [LATEST, s.name[LATEST], s.olympiads!, s.students]),
      [LATEST, 'СОШ №1', 3, 300],
    ],
    merges: [],
  },
];
