import type { SchoolType } from '../domain/records';

/**
 * The fictional «Энский муниципальный район»: settlements, schools and the signal planted in them.
 * Everything here is invented; profiles decide how a school's results and social data are drawn.
 */

export const DISTRICT_NAME = 'Энский муниципальный район';
export const DISTRICT_GENITIVE = 'Энского района';
export const SAMPLE_YEARS = [2022, 2023, 2024] as const;
export const REGIONAL_UNEMPLOYMENT = 4.1;

export interface Settlement {
  name: string;
  municipality: string;
  unemployment: number; // percent, 2024
  hardToReach: boolean;
  travelMinutes: number; // to the district centre
  /** Invented coordinates of the settlement's centre (for the partner picture and distances). */
  latitude: number;
  longitude: number;
}

const CITY = 'Энское городское поселение';
const ZARECHNOE = 'Заречное сельское поселение';
const LESNOE = 'Лесное сельское поселение';

export const SETTLEMENTS: readonly Settlement[] = [
  { name: 'г. Энск', municipality: CITY, unemployment: 3.1, hardToReach: false, travelMinutes: 0, latitude: 57.0, longitude: 41.0 },
  { name: 'пгт Заречный', municipality: ZARECHNOE, unemployment: 5.2, hardToReach: false, travelMinutes: 25, latitude: 57.12, longitude: 41.22 },
  { name: 'с. Берёзовка', municipality: ZARECHNOE, unemployment: 6.8, hardToReach: false, travelMinutes: 40, latitude: 57.2, longitude: 41.35 },
  { name: 'с. Каменка', municipality: ZARECHNOE, unemployment: 5.9, hardToReach: false, travelMinutes: 50, latitude: 57.05, longitude: 41.42 },
  { name: 'д. Озёрки', municipality: ZARECHNOE, unemployment: 9.5, hardToReach: true, travelMinutes: 75, latitude: 57.28, longitude: 41.55 },
  { name: 'с. Лесное', municipality: LESNOE, unemployment: 7.4, hardToReach: false, travelMinutes: 35, latitude: 56.88, longitude: 40.78 },
  { name: 'с. Сосновка', municipality: LESNOE, unemployment: 6.1, hardToReach: false, travelMinutes: 60, latitude: 56.8, longitude: 40.62 },
  { name: 'пос. Северный', municipality: LESNOE, unemployment: 12.6, hardToReach: true, travelMinutes: 110, latitude: 57.18, longitude: 40.55 },
  { name: 'с. Кедровое', municipality: LESNOE, unemployment: 11.0, hardToReach: true, travelMinutes: 95, latitude: 56.72, longitude: 40.9 },
  { name: 'д. Дальняя', municipality: LESNOE, unemployment: 14.2, hardToReach: true, travelMinutes: 140, latitude: 56.62, longitude: 40.4 },
];

/**
 * How a school's results are drawn: an effect in percent of the subject maximum per year.
 * 'low-stable' schools are low in the last two years (stable ШНОР); 'low-recent' only in the last one.
 */
export type ResultProfile = 'strong' | 'normal' | 'borderline' | 'low-stable' | 'low-recent';

export interface SampleSchool {
  code: string;
  /** The spelling in the registry sheet «Школы». */
  name: string;
  /** Another spelling some result sheets use (МОБУ for МБОУ, «» for "", № without a space). */
  variant?: string;
  type: SchoolType;
  settlement: string;
  students: number;
  smallSchool: boolean;
  profile: ResultProfile;
  /** 0 = favourable social conditions, 1 = very unfavourable. */
  disadvantage: number;
  /** Olympiad participants per student per year. */
  olympiadRate: number;
}

const school = (
  code: number,
  name: string,
  type: SchoolType,
  settlement: string,
  students: number,
  profile: ResultProfile,
  disadvantage: number,
  olympiadRate: number,
  variant?: string,
): SampleSchool => ({
  code: `ОО-${String(code).padStart(3, '0')}`,
  name,
  variant,
  type,
  settlement,
  students,
  smallSchool: students < 100 && settlement !== 'г. Энск',
  profile,
  disadvantage,
  olympiadRate,
});

export const SCHOOLS: readonly SampleSchool[] = [
  school(1, 'МБОУ "СОШ № 1 г. Энска"', 'СОШ', 'г. Энск', 820, 'strong', 0.1, 0.06),
  school(2, 'МБОУ "Гимназия № 2"', 'гимназия', 'г. Энск', 760, 'strong', 0.05, 0.09, 'МБОУ «Гимназия №2»'),
  school(3, 'МБОУ "Лицей № 3"', 'лицей', 'г. Энск', 640, 'strong', 0.05, 0.1),
  school(4, 'МБОУ "СОШ № 4"', 'СОШ', 'г. Энск', 710, 'normal', 0.2, 0.035),
  school(5, 'МБОУ "СОШ № 5"', 'СОШ', 'г. Энск', 690, 'normal', 0.2, 0.03, 'МОБУ «СОШ №5»'),
  school(6, 'МБОУ "СОШ № 6"', 'СОШ', 'г. Энск', 540, 'low-stable', 0.7, 0.004),
  school(7, 'МБОУ "СОШ № 7"', 'СОШ', 'г. Энск', 600, 'normal', 0.25, 0.03),
  school(8, 'МБОУ "ООШ № 8"', 'ООШ', 'г. Энск', 310, 'low-recent', 0.4, 0.01),
  school(9, 'МБОУ "НОШ № 9"', 'НОШ', 'г. Энск', 180, 'normal', 0.15, 0.02),
  school(10, 'МБОУ "Гимназия № 10"', 'гимназия', 'г. Энск', 580, 'strong', 0.1, 0.07),
  school(11, 'МБОУ "СОШ № 11"', 'СОШ', 'г. Энск', 650, 'normal', 0.2, 0.03),
  school(12, 'МБОУ "Лицей № 12"', 'лицей', 'г. Энск', 520, 'strong', 0.1, 0.08),
  school(13, 'МБОУ "СОШ № 13"', 'СОШ', 'г. Энск', 470, 'normal', 0.75, 0.015),
  school(14, 'МБОУ "Заречная СОШ № 1"', 'СОШ', 'пгт Заречный', 480, 'normal', 0.3, 0.025),
  school(15, 'МБОУ "Заречная СОШ № 2"', 'СОШ', 'пгт Заречный', 420, 'borderline', 0.4, 0.015),
  school(16, 'МБОУ "Заречная ООШ"', 'ООШ', 'пгт Заречный', 190, 'normal', 0.7, 0.01),
  school(17, 'МКОУ "Берёзовская СОШ"', 'СОШ', 'с. Берёзовка', 230, 'normal', 0.35, 0.02, 'МКОУ «Березовская СОШ»'),
  school(18, 'МКОУ "Берёзовская НОШ"', 'НОШ', 'с. Берёзовка', 45, 'normal', 0.35, 0.05),
  school(19, 'МКОУ "Каменская СОШ"', 'СОШ', 'с. Каменка', 260, 'normal', 0.3, 0),
  school(20, 'МКОУ "Каменская ООШ"', 'ООШ', 'с. Каменка', 120, 'normal', 0.35, 0.01),
  school(21, 'МКОУ "Озёрская ООШ"', 'ООШ', 'д. Озёрки', 58, 'low-stable', 0.8, 0),
  school(22, 'МБОУ "Лесновская СОШ"', 'СОШ', 'с. Лесное', 350, 'normal', 0.3, 0.02),
  school(23, 'МБОУ "Лесновская ООШ"', 'ООШ', 'с. Лесное', 140, 'borderline', 0.45, 0.01),
  school(24, 'МКОУ "Сосновская СОШ"', 'СОШ', 'с. Сосновка', 210, 'low-recent', 0.4, 0.01),
  school(25, 'МКОУ "Сосновская НОШ"', 'НОШ', 'с. Сосновка', 40, 'normal', 0.35, 0.03),
  school(26, 'МКОУ "Северная СОШ"', 'СОШ', 'пос. Северный', 160, 'low-stable', 0.75, 0),
  school(27, 'МКОУ "Северная НОШ"', 'НОШ', 'пос. Северный', 28, 'normal', 0.7, 0.04),
  school(28, 'МКОУ "Кедровская СОШ"', 'СОШ', 'с. Кедровое', 120, 'normal', 0.55, 0.03),
  school(29, 'МКОУ "Кедровская ООШ"', 'ООШ', 'с. Кедровое', 64, 'normal', 0.85, 0.02),
  school(30, 'МКОУ "Дальнинская ООШ"', 'ООШ', 'д. Дальняя', 37, 'low-recent', 0.8, 0),
];

export const settlementOf = (s: SampleSchool): Settlement => {
  const found = SETTLEMENTS.find((x) => x.name === s.settlement);
  if (!found) throw new Error(`Unknown settlement ${s.settlement}`);
  return found;
};

/** The school's result effect in percent of the subject maximum in a year. */
export const resultEffect = (profile: ResultProfile, year: number): number => {
  const last = SAMPLE_YEARS[SAMPLE_YEARS.length - 1];
  switch (profile) {
    case 'strong':
      return 10;
    case 'normal':
      return 0;
    case 'borderline':
      return -11;
    case 'low-stable':
      return year >= last - 1 ? -26 : -12;
    case 'low-recent':
      return year === last ? -26 : -6;
  }
};

/** Grades a school type teaches. */
export const gradesOf = (type: SchoolType): { from: number; to: number } => {
  if (type === 'НОШ') return { from: 1, to: 4 };
  if (type === 'ООШ') return { from: 1, to: 9 };
  return { from: 1, to: 11 };
};

/** Students in one grade of a school: grades 10–11 are smaller (many leave after grade 9). */
export const gradeSize = (s: SampleSchool, grade: number): number => {
  const { from, to } = gradesOf(s.type);
  if (grade < from || grade > to) return 0;
  const perGrade = s.students / (to - from + 1 + (to === 11 ? -0.8 : 0));
  return Math.max(1, Math.round(grade >= 10 ? perGrade * 0.6 : perGrade));
};
