import type { Family } from '../domain/records';
import { DEFAULT_SUBJECTS } from '../tables/subjects';
import { clamp, round, type Random } from './prng';
import { gradeSize, resultEffect, SAMPLE_YEARS, SCHOOLS, type SampleSchool } from './district';

/** One subject of an assessment as the sample draws it. */
export interface SubjectPlan {
  subject: string; // canonical name (tables/subjects.ts)
  header: string; // how the committee writes it in the sheet
  /** District mean in percent of the subject maximum. */
  base: number;
  /** Share of the grade that sits the subject. */
  takeRate: number;
}

export const EGE_SUBJECTS: readonly SubjectPlan[] = [
  { subject: 'Русский язык', header: 'Русский язык', base: 68, takeRate: 1 },
  { subject: 'Математика (профильная)', header: 'Математика (профиль)', base: 52, takeRate: 0.45 },
  { subject: 'Математика (базовая)', header: 'Математика (база)', base: 80, takeRate: 0.55 },
  { subject: 'Физика', header: 'Физика', base: 54, takeRate: 0.2 },
  { subject: 'Химия', header: 'Химия', base: 55, takeRate: 0.12 },
  { subject: 'Биология', header: 'Биология', base: 51, takeRate: 0.18 },
  { subject: 'История', header: 'История', base: 57, takeRate: 0.15 },
  { subject: 'Обществознание', header: 'Обществознание', base: 56, takeRate: 0.45 },
];

export const OGE_SUBJECTS: readonly SubjectPlan[] = [
  { subject: 'Русский язык', header: 'Русский язык', base: 66, takeRate: 1 },
  { subject: 'Математика', header: 'Математика', base: 55, takeRate: 1 },
  { subject: 'Обществознание', header: 'Обществознание', base: 58, takeRate: 0.55 },
  { subject: 'Информатика', header: 'Информатика', base: 60, takeRate: 0.35 },
  { subject: 'Биология', header: 'Биология', base: 54, takeRate: 0.25 },
  { subject: 'География', header: 'География', base: 61, takeRate: 0.3 },
];

const VPR_CORE = (grade: number): SubjectPlan[] => [
  { subject: 'Русский язык', header: 'Русский язык', base: grade === 4 ? 66 : 60, takeRate: 0.93 },
  { subject: 'Математика', header: 'Математика', base: grade === 4 ? 64 : 56, takeRate: 0.93 },
];

/** ВПР: 4th grade writes Russian, mathematics and «окружающий мир»; grades 5–8 one more subject each. */
export const VPR_PLAN: readonly { grade: number; subjects: SubjectPlan[] }[] = [
  { grade: 4, subjects: [...VPR_CORE(4), { subject: 'Окружающий мир', header: 'Окружающий мир', base: 68, takeRate: 0.93 }] },
  { grade: 5, subjects: [...VPR_CORE(5), { subject: 'История', header: 'История', base: 62, takeRate: 0.9 }] },
  { grade: 6, subjects: [...VPR_CORE(6), { subject: 'Биология', header: 'Биология', base: 58, takeRate: 0.9 }] },
  { grade: 7, subjects: [...VPR_CORE(7), { subject: 'География', header: 'География', base: 55, takeRate: 0.9 }] },
  { grade: 8, subjects: [...VPR_CORE(8), { subject: 'Обществознание', header: 'Обществознание', base: 57, takeRate: 0.9 }] },
];

export const EXAM_GRADE: Record<Exclude<Family, 'ВПР'>, number> = { ЕГЭ: 11, ОГЭ: 9 };

/** The subject maximum from the shared catalogue (ЕГЭ 100, базовая математика 5, ОГЭ/ВПР primary points). */
export const maxScoreOf = (subject: string, family: Family, grade: number): number => {
  const raw = DEFAULT_SUBJECTS.find((e) => e.name === subject)?.max?.[family];
  const max = typeof raw === 'number' ? raw : raw?.[grade];
  if (max === undefined) throw new Error(`No maximum for ${family} ${subject} grade ${grade}`);
  return max;
};

export interface SampleResult {
  school: SampleSchool;
  year: number;
  family: Family;
  grade: number;
  plan: SubjectPlan;
  maxScore: number;
  participants: number;
  average: number | null; // null when nobody sat
  belowMinimumShare: number | null;
  qualityShare: number | null;
  /** The drawn performance in percent of the maximum (teachers inherit it). */
  percent: number;
}

/** Decimals a committee keeps for an average on this scale. */
export const averageDecimals = (maxScore: number): number => (maxScore <= 5 ? 2 : 1);

/**
 * A share as committees write it, in percent. Values between 0 and 1 are rounded to a whole percent so a
 * column never mixes 0.4 with 35 (which reads as fractions mixed with percents).
 */
export const shareValue = (percent: number): number => (percent > 0 && percent < 1 ? Math.round(percent) : round(percent, 1));

/** Draws one subject result of a group from its performance in percent of the maximum. */
export const drawOutcome = (random: Random, percent: number, maxScore: number, participants: number) => {
  if (participants === 0) return { average: null, belowMinimumShare: null, qualityShare: null };
  const below = clamp(3 - 0.45 * (percent - 60) + random.normal() * 1.5, 0, 70);
  const quality = clamp(55 + 1.8 * (percent - 60) + random.normal() * 5, 0, 100);
  return {
    average: round((maxScore * percent) / 100, averageDecimals(maxScore)),
    belowMinimumShare: shareValue(below),
    qualityShare: shareValue(quality),
  };
};

const schoolOffset = (random: Random): Map<string, number> => new Map(SCHOOLS.map((s) => [s.code, random.normal() * 2.5]));

/** Every school's result in every subject of every family and year of the sample, drawn once. */
export const drawResults = (random: Random): SampleResult[] => {
  const offsets = schoolOffset(random);
  const out: SampleResult[] = [];
  const add = (school: SampleSchool, year: number, family: Family, grade: number, plan: SubjectPlan) => {
    const size = gradeSize(school, grade);
    if (size === 0) return;
    const participants = plan.takeRate >= 0.9 ? Math.max(1, Math.round(size * plan.takeRate)) : random.int(0, Math.round(size * plan.takeRate * 1.4));
    const noise = random.normal() * (2.5 + 8 / Math.sqrt(Math.max(participants, 1)));
    const percent = clamp(plan.base + resultEffect(school.profile, year) + (offsets.get(school.code) ?? 0) + noise, 8, 97);
    const maxScore = maxScoreOf(plan.subject, family, grade);
    out.push({ school, year, family, grade, plan, maxScore, participants, percent, ...drawOutcome(random, percent, maxScore, participants) });
  };
  for (const year of SAMPLE_YEARS) {
    for (const school of SCHOOLS) {
      for (const plan of EGE_SUBJECTS) add(school, year, 'ЕГЭ', EXAM_GRADE.ЕГЭ, plan);
      for (const plan of OGE_SUBJECTS) add(school, year, 'ОГЭ', EXAM_GRADE.ОГЭ, plan);
      for (const { grade, subjects } of VPR_PLAN) for (const plan of subjects) add(school, year, 'ВПР', grade, plan);
    }
  }
  return out;
};

/** Participant-weighted mean of the written (rounded) averages: what «Итого по району» should hold. */
export const weightedAverage = (results: readonly SampleResult[]): { participants: number; average: number | null } => {
  let participants = 0;
  let sum = 0;
  for (const r of results) {
    if (r.average === null || r.participants === 0) continue;
    participants += r.participants;
    sum += r.participants * r.average;
  }
  return { participants, average: participants > 0 ? sum / participants : null };
};
