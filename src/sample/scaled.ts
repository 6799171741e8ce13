import type { CellValue } from '../grid/cell';
import type { Grid } from '../grid/grid';
import { emptyDataset, FAMILIES, type Dataset, type Family, type ResultRecord } from '../domain/records';
import { layoutSheet } from './grid-layout';
import { createRandom, round, type Random } from './prng';
import { EGE_SUBJECTS, maxScoreOf, type SubjectPlan } from './results-model';
import { egeSheetName } from './sheets/ege-sheet';
import { LONG_SHEETS } from './sheets/long-results-sheet';
import { SCHOOLS_SHEET } from './sheets/schools-sheet';
import { TEACHERS_SHEET } from './sheets/teachers-sheet';

/**
 * Large synthetic workbooks for the benchmark: the sample's layouts, many more rows, plain values.
 * Deterministic like the sample; rows are drawn directly (no district model) to stay fast.
 */

export const SCALED_YEARS = [2022, 2023, 2024] as const;
const SCALED_EGE_SUBJECTS: readonly SubjectPlan[] = EGE_SUBJECTS.slice(0, 4);
const TYPES = ['СОШ', 'СОШ', 'СОШ', 'ООШ', 'НОШ', 'гимназия', 'лицей'] as const;

export const scaledSchoolName = (i: number): string => `МБОУ "СОШ № ${i + 1}"`;
const hasGrade11 = (i: number): boolean => TYPES[i % TYPES.length] !== 'ООШ' && TYPES[i % TYPES.length] !== 'НОШ';

const schoolsGrid = (schools: number): Grid =>
  layoutSheet({
    sheet: SCHOOLS_SHEET,
    title: ['Реестр общеобразовательных организаций'],
    columns: ['Код ОО', 'Наименование ОО', 'Муниципальное образование', 'Населённый пункт', 'Тип ОО', 'Численность обучающихся', 'Труднодоступный населённый пункт'],
    rows: Array.from({ length: schools }, (_, i) => [
      `ОО-${i + 1}`,
      scaledSchoolName(i),
      `Район ${(i % 60) + 1}`,
      `Пункт ${(i % 900) + 1}`,
      TYPES[i % TYPES.length],
      200 + ((i * 37) % 800),
      i % 9 === 0 ? 'да' : 'нет',
    ]),
  });

const egeGrid = (schools: number, year: number, random: Random): Grid => {
  const rows: CellValue[][] = [];
  for (let i = 0; i < schools; i++) {
    if (!hasGrade11(i)) continue;
    const skill = random.normal() * 8;
    const cells: CellValue[] = [`Район ${(i % 60) + 1}`, scaledSchoolName(i), 40];
    for (const plan of SCALED_EGE_SUBJECTS) {
      const participants = random.int(5, 40);
      const max = maxScoreOf(plan.subject, 'ЕГЭ', 11);
      cells.push(participants, random.int(0, 3), round((max * Math.min(98, Math.max(10, plan.base + skill + random.normal() * 4))) / 100, max <= 5 ? 2 : 1));
    }
    rows.push(cells);
  }
  return layoutSheet({
    sheet: egeSheetName(year),
    title: [`Результаты ЕГЭ, ${year} год`],
    twoLevel: {
      single: ['Муниципальное образование', 'Образовательная организация', `Всего выпускников в ${year} году`],
      groups: SCALED_EGE_SUBJECTS.map((p) => ({ label: p.header, columns: ['приняло участие', 'не преодолен min порог', 'средний балл'] })),
    },
    rows,
  });
};

/** Registry plus one wide ЕГЭ sheet per year: `schools` schools × 3 years. */
export const buildScaledResultGrids = (schools: number, seed = 1): Grid[] => {
  const random = createRandom(seed);
  return [schoolsGrid(schools), ...SCALED_YEARS.map((year) => egeGrid(schools, year, random))];
};

/** The teachers sheet with `rows` rows (ОГЭ classes of grade 9, three years per teacher). */
export const buildScaledTeacherGrid = (rows: number, seed = 2): Grid => {
  const random = createRandom(seed);
  const out: CellValue[][] = [];
  for (let i = 0; i < rows; i++) {
    const teacher = Math.floor(i / SCALED_YEARS.length);
    const year = SCALED_YEARS[i % SCALED_YEARS.length];
    const subject = teacher % 2 === 0 ? 'Русский язык' : 'Математика';
    const max = maxScoreOf(subject, 'ОГЭ', 9);
    out.push([
      `Педагог ${teacher + 1}`,
      scaledSchoolName(teacher % 40000),
      subject,
      9,
      year,
      'ОГЭ',
      random.int(10, 30),
      round(max * random.between(0.4, 0.8), 1),
      round(max * 0.6, 1),
      random.int(0, 8),
      random.int(20, 80),
      random.int(40, 95),
    ]);
  }
  return layoutSheet({
    sheet: TEACHERS_SHEET,
    title: ['Результаты обучающихся по педагогам'],
    columns: ['ФИО педагога', 'Школа', 'Предмет', 'Класс', 'Год', 'Оценочная процедура', 'Участников', 'Средний балл', 'Средний балл по региону', 'Не преодолели минимум (%)', 'Качество знаний (%)', 'Продолжили обучение в 10 классе (%)'],
    rows: out,
  });
};

/** Subjects per family in the scaled dataset: ЕГЭ and ОГЭ two each, ВПР the three of grade 4. */
const SCALED_DATASET_SUBJECTS: Record<Family, { subject: string; grade: number; base: number }[]> = {
  ЕГЭ: [
    { subject: 'Русский язык', grade: 11, base: 68 },
    { subject: 'Математика (профильная)', grade: 11, base: 52 },
  ],
  ОГЭ: [
    { subject: 'Русский язык', grade: 9, base: 66 },
    { subject: 'Математика', grade: 9, base: 55 },
  ],
  ВПР: [
    { subject: 'Русский язык', grade: 4, base: 66 },
    { subject: 'Математика', grade: 4, base: 64 },
    { subject: 'Окружающий мир', grade: 4, base: 68 },
  ],
};

/** Typed records for the domain benchmark: `schools` schools × 3 years × 3 families, no grids. */
export const buildScaledDataset = (schools: number, seed = 3): Dataset => {
  const random = createRandom(seed);
  const dataset = emptyDataset();
  for (let i = 0; i < schools; i++) {
    const key = `school-${i}`;
    const name = scaledSchoolName(i);
    dataset.schools.push({ key, name, municipality: `Район ${(i % 60) + 1}`, settlement: `Пункт ${(i % 900) + 1}`, students: 300, hardToReach: i % 9 === 0 });
    const skill = random.normal() * 8;
    for (const year of SCALED_YEARS) {
      dataset.olympiads.push({ schoolKey: key, schoolName: name, year, participants: random.int(0, 10), students: 300, source: { sheet: 'Олимпиады', row: i + 2 } });
      dataset.social.push({
        schoolKey: key,
        schoolName: name,
        year,
        bothParentsHigherEducation: random.between(10, 50),
        singleParent: random.between(5, 40),
        unemployedParents: random.between(2, 30),
        deviant: random.between(0, 8),
        nonNativeRussian: random.between(0, 15),
        source: { sheet: 'Социальный паспорт', row: i + 2 },
      });
      for (const family of FAMILIES) {
        for (const s of SCALED_DATASET_SUBJECTS[family]) {
          const maxScore = maxScoreOf(s.subject, family, s.grade);
          const result: ResultRecord = {
            schoolKey: key,
            schoolName: name,
            year,
            family,
            subject: s.subject,
            grade: s.grade,
            participants: random.int(5, 40),
            average: round((maxScore * Math.min(98, Math.max(10, s.base + skill + random.normal() * 4))) / 100, 1),
            maxScore,
            belowMinimumShare: random.int(0, 10),
            qualityShare: random.int(20, 80),
            source: { sheet: LONG_SHEETS.ОГЭ, row: i + 2 },
          };
          dataset.results.push(result);
        }
      }
    }
  }
  return dataset;
};

/** Teacher records for the domain benchmark (`rows` class results). */
export const buildScaledTeacherDataset = (rows: number, seed = 4): Dataset => {
  const random = createRandom(seed);
  const dataset = emptyDataset();
  for (let i = 0; i < rows; i++) {
    const t = Math.floor(i / SCALED_YEARS.length);
    const family: Family = t % 3 === 0 ? 'ЕГЭ' : 'ОГЭ';
    const subject = 'Русский язык';
    const maxScore = maxScoreOf(subject, family, family === 'ЕГЭ' ? 11 : 9);
    dataset.teachers.push({
      teacher: `Педагог ${t + 1}`,
      schoolKey: `school-${t % 40000}`,
      schoolName: scaledSchoolName(t % 40000),
      subject,
      year: SCALED_YEARS[i % SCALED_YEARS.length],
      family,
      grade: family === 'ЕГЭ' ? 11 : 9,
      participants: random.int(10, 30),
      average: round(maxScore * random.between(0.4, 0.8), 1),
      regionalAverage: round(maxScore * 0.6, 1),
      maxScore,
      belowMinimumShare: random.int(0, 15),
      qualityShare: random.int(5, 80),
      continuedToGrade10Share: family === 'ОГЭ' ? random.int(30, 95) : null,
      source: { sheet: TEACHERS_SHEET, row: i + 3 },
    });
  }
  return dataset;
};
