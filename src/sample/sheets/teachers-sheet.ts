import type { CellValue } from '../../grid/cell';
import type { Grid } from '../../grid/grid';
import { DISTRICT_GENITIVE, gradeSize, SAMPLE_YEARS, SCHOOLS, type ResultProfile, type SampleSchool } from '../district';
import { layoutSheet } from '../grid-layout';
import { createNamer } from '../person-names';
import { clamp, round, type Random } from '../prng';
import { averageDecimals, drawOutcome, weightedAverage, type SampleResult } from '../results-model';

export const TEACHERS_SHEET = 'Педагоги';

/** Which teacher specialty teaches a subject (one mathematics teacher covers базовая and профильная). */
const SPECIALTY: Record<string, string> = {
  'Математика (профильная)': 'Математика',
  'Математика (базовая)': 'Математика',
  Обществознание: 'История',
};
const specialtyOf = (subject: string): string => SPECIALTY[subject] ?? subject;

const PRIMARY = 'начальные классы';
const CLASS_SIZE = 25;

/** Teachers planted below the rest (percent of the maximum): they meet T3 whatever their school does. */
const PLANTED_LOW: { school: string; specialty: string; effect: number }[] = [
  { school: 'ОО-006', specialty: 'Математика', effect: -10 },
  { school: 'ОО-026', specialty: 'Математика', effect: -8 },
  { school: 'ОО-011', specialty: 'Русский язык', effect: -22 },
  { school: 'ОО-021', specialty: 'Русский язык', effect: -6 },
];

const CONTINUATION: Record<ResultProfile, number> = { strong: 80, normal: 66, borderline: 56, 'low-stable': 45, 'low-recent': 52 };

const poolSize = (school: SampleSchool, specialty: string): number => {
  const senior = Array.from({ length: 7 }, (_, i) => gradeSize(school, i + 5)).reduce((a, b) => a + b, 0);
  const core = specialty === 'Русский язык' || specialty === 'Математика';
  return Math.max(1, Math.round(senior / (core ? 150 : 400)));
};

interface TeacherRow {
  schoolIndex: number;
  teacher: string;
  cells: CellValue[];
}

/**
 * Teachers with their classes' ВПР, ОГЭ and ЕГЭ results for three years and the share of their
 * grade-9 students who went on to grade 10. Each class result is the school's result plus the
 * teacher's own effect, so low schools have low teachers and a few planted teachers stand out.
 */
export const teachersSheet = (random: Random, results: readonly SampleResult[]): Grid => {
  const name = createNamer(random);
  const pools = new Map<string, { names: string[]; effects: number[] }>();
  const teacherOf = (school: SampleSchool, specialty: string, slot: number) => {
    const key = `${school.code}|${specialty}`;
    let pool = pools.get(key);
    if (!pool) {
      const size = specialty === PRIMARY ? SAMPLE_YEARS.length * Math.ceil(gradeSize(school, 4) / CLASS_SIZE) : poolSize(school, specialty);
      const planted = PLANTED_LOW.find((p) => p.school === school.code && p.specialty === specialty)?.effect ?? 0;
      pool = {
        names: Array.from({ length: size }, name),
        effects: Array.from({ length: size }, (_, i) => random.normal() * 3 + (i === 0 ? planted : 0)),
      };
      pools.set(key, pool);
    }
    const i = slot % pool.names.length;
    return { name: pool.names[i], effect: pool.effects[i] };
  };

  const regional = new Map<string, number | null>();
  const regionalAverage = (r: SampleResult): number | null => {
    const key = `${r.year}|${r.family}|${r.grade}|${r.plan.subject}`;
    if (!regional.has(key)) {
      const same = results.filter((x) => x.year === r.year && x.family === r.family && x.grade === r.grade && x.plan.subject === r.plan.subject);
      const { average } = weightedAverage(same);
      regional.set(key, average === null ? null : round(average, averageDecimals(r.maxScore)));
    }
    return regional.get(key) ?? null;
  };

  const rows: TeacherRow[] = [];
  const schoolIndex = new Map(SCHOOLS.map((s, i) => [s.code, i]));
  for (const r of results) {
    if (r.participants === 0) continue;
    const yearIndex = r.year - SAMPLE_YEARS[0];
    const primary = r.family === 'ВПР' && r.grade === 4;
    const classes = primary ? Math.ceil(gradeSize(r.school, 4) / CLASS_SIZE) : 1;
    for (let c = 0; c < classes; c++) {
      const specialty = primary ? PRIMARY : specialtyOf(r.plan.subject);
      const slot = primary ? yearIndex * classes + c : r.family === 'ОГЭ' ? 0 : r.family === 'ЕГЭ' ? 1 : r.grade + yearIndex;
      const teacher = teacherOf(r.school, specialty, slot);
      const participants = Math.max(1, Math.round(r.participants / classes));
      const percent = clamp(r.percent + teacher.effect + random.normal() * 2, 5, 98);
      const outcome = drawOutcome(random, percent, r.maxScore, participants);
      const continued =
        r.family === 'ОГЭ' && (r.plan.subject === 'Русский язык' || r.plan.subject === 'Математика')
          ? round(clamp(CONTINUATION[r.school.profile] + random.normal() * 4, 0, 100), 1)
          : null;
      rows.push({
        schoolIndex: schoolIndex.get(r.school.code) ?? 0,
        teacher: teacher.name,
        cells: [
          teacher.name,
          r.school.name,
          r.plan.header,
          r.grade,
          r.year,
          r.family,
          participants,
          outcome.average,
          regionalAverage(r),
          outcome.belowMinimumShare,
          outcome.qualityShare,
          continued,
        ],
      });
    }
  }
  rows.sort((a, b) => a.schoolIndex - b.schoolIndex || a.teacher.localeCompare(b.teacher, 'ru'));
  return layoutSheet({
    sheet: TEACHERS_SHEET,
    title: [`Результаты обучающихся по педагогам общеобразовательных организаций ${DISTRICT_GENITIVE}`, 'Персональные данные: только для служебного пользования'],
    columns: [
      'ФИО педагога',
      'Школа',
      'Предмет',
      'Класс',
      'Год',
      'Оценочная процедура',
      'Участников',
      'Средний балл',
      'Средний балл по региону',
      'Не преодолели минимум (%)',
      'Качество знаний (%)',
      'Продолжили обучение в 10 классе (%)',
    ],
    rows: rows.map((r) => r.cells),
  });
};
