/**
 * Excel custom functions (namespace OPORA). Thin wrappers: argument shapes in, adapters do the work,
 * errors leave as Excel errors. functions.json is written from catalogue.ts (metadata.ts) and register.ts
 * associates the ids; the JSDoc here documents the same functions (test/functions/metadata.test.ts
 * compares what the JSDoc generator would read with the catalogue).
 * None of them writes to the workbook; none is volatile.
 */
import { evaluate } from './errors';
import { lowestQuartile } from './lowest-quartile';
import { olympiadShare } from './olympiad-share';
import { partnerFor } from './partner-for';
import { optionalText, optionalYear, requiredText } from './range';
import { riskReasons } from './risk-reasons';
import { schoolRisk } from './school-risk';
import { scoreGap } from './score-gap';
import { socialIndex } from './social-index';
import { missingTargets, targetStatus } from './targets';
import { teacherRisk } from './teacher-risk';

const SCHOOL = { ru: 'школа', en: 'school' };
const TEACHER = { ru: 'педагог', en: 'teacher' };

/** A scalar answer given where the function's result is a spilling matrix. */
const cell = <T>(value: T | T[][]): T[][] => (Array.isArray(value) ? value : [[value]]);

/**
 * Groups (ШНОР, ШНСУ) and criteria met: for every school of the table (with a header) or for one school
 * @customfunction SCHOOL_RISK SCHOOL_RISK
 * @param results ЕГЭ/ОГЭ/ВПР results table with a header row (school, subject, participants, average…)
 * @param [social] Social passport table with a header row
 * @param [olympiads] Regional and all-Russian olympiad participation table with a header row (school, year, participants, students)
 * @param [registry] Schools registry with a header row (students, hard-to-reach…)
 * @param [school] School: return its row only, without the header (name, "Municipality | School" or the school's code)
 * @param [year] Year (default: the latest year in the data)
 * @param [settings] Range of the «Параметры» (Settings) sheet with its header row (default: the thresholds of the method)
 * @param [adjustments] Range of the «Корректировки» (Adjustments) sheet with its header row: expert decisions with reasons
 * @returns School | Municipality | Year | Groups (after adjustments) | Criteria | Stable [| Expert adjustment — when adjustments are given]
 */
export function schoolRiskFunction(
  results: any[][],
  social?: any[][],
  olympiads?: any[][],
  registry?: any[][],
  school?: string,
  year?: number,
  settings?: any[][],
  adjustments?: any[][],
): any[][] {
  return evaluate(() => schoolRisk({ results, social, olympiads, registry, settings, adjustments }, optionalText(school), optionalYear(year)));
}

/**
 * The school's gap to the regional average, % of the maximum score (participant-weighted)
 * @customfunction SCORE_GAP SCORE_GAP
 * @param results ЕГЭ/ОГЭ/ВПР results table with a header row (school, subject, participants, average…)
 * @param school School (name, "Municipality | School" or the school's code)
 * @param [family] ЕГЭ, ОГЭ or ВПР (default: the largest gap)
 * @param [year] Year (default: the latest year in the data)
 * @param [settings] Range of the «Параметры» (Settings) sheet with its header row (default: the thresholds of the method)
 * @returns Gap, %
 */
export function scoreGapFunction(results: any[][], school: string, family?: string, year?: number, settings?: any[][]): number {
  return evaluate(() => scoreGap({ results, settings }, requiredText(school, SCHOOL), optionalText(family), optionalYear(year)));
}

/**
 * Schools among the 25% with the lowest ЕГЭ, ОГЭ, ВПР results (criterion R1), or the flag of one school
 * @customfunction LOWEST_QUARTILE LOWEST_QUARTILE
 * @param results ЕГЭ/ОГЭ/ВПР results table with a header row (school, subject, participants, average…)
 * @param [school] School: return TRUE or FALSE (name, "Municipality | School" or the school's code)
 * @param [year] Year (default: the latest year in the data)
 * @param [settings] Range of the «Параметры» (Settings) sheet with its header row (default: the thresholds of the method)
 * @returns School | Composite rank (0 = worst)
 */
export function lowestQuartileFunction(results: any[][], school?: string, year?: number, settings?: any[][]): any[][] {
  return evaluate(() => cell(lowestQuartile({ results, settings }, optionalText(school), optionalYear(year))));
}

/**
 * Social well-being index for every school of the table, or for one school
 * @customfunction SOCIAL_INDEX SOCIAL_INDEX
 * @param social Social passport table with a header row
 * @param [school] School: return its index only (name, "Municipality | School" or the school's code)
 * @param [year] Year (default: the latest year in the data)
 * @param [settings] Range of the «Параметры» (Settings) sheet with its header row (default: the thresholds of the method)
 * @returns School | Index | In the lowest 25%
 */
export function socialIndexFunction(social: any[][], school?: string, year?: number, settings?: any[][]): any[][] {
  return evaluate(() => cell(socialIndex({ social, settings }, optionalText(school), optionalYear(year))));
}

/**
 * Share of the school's students in regional and all-Russian olympiads over the last 3 years, %
 * @customfunction OLYMPIAD_SHARE OLYMPIAD_SHARE
 * @param olympiads Regional and all-Russian olympiad participation table with a header row (school, year, participants, students)
 * @param school School (name, "Municipality | School" or the school's code)
 * @param [year] Year (default: the latest year in the data)
 * @param [settings] Range of the «Параметры» (Settings) sheet with its header row (default: the thresholds of the method)
 * @returns Share, %
 */
export function olympiadShareFunction(olympiads: any[][], school: string, year?: number, settings?: any[][]): number {
  return evaluate(() => olympiadShare({ olympiads, settings }, requiredText(school, SCHOOL), optionalYear(year)));
}

/**
 * Teachers with low results (criteria T1–T3.2) over the table, or the criteria of one teacher
 * @customfunction TEACHER_RISK TEACHER_RISK
 * @param teachers Teachers' results table with a header row (name, school, subject, year…)
 * @param [teacher] Teacher's name: return their criteria only
 * @param [settings] Range of the «Параметры» (Settings) sheet with its header row (default: the thresholds of the method)
 * @returns Name | School | Subject | Criteria
 */
export function teacherRiskFunction(teachers: any[][], teacher?: string, settings?: any[][]): any[][] {
  return evaluate(() => cell(teacherRisk({ teachers, settings }, teacher === undefined || teacher === null ? undefined : requiredText(teacher, TEACHER))));
}

/**
 * Explanation in Russian: why the school is (or is not) ШНОР or ШНСУ, with the thresholds and expert adjustments
 * @customfunction RISK_REASONS RISK_REASONS
 * @param results ЕГЭ/ОГЭ/ВПР results table with a header row (school, subject, participants, average…)
 * @param school School (name, "Municipality | School" or the school's code)
 * @param [social] Social passport table with a header row
 * @param [olympiads] Regional and all-Russian olympiad participation table with a header row (school, year, participants, students)
 * @param [registry] Schools registry with a header row (students, hard-to-reach…)
 * @param [year] Year (default: the latest year in the data)
 * @param [settings] Range of the «Параметры» (Settings) sheet with its header row (default: the thresholds of the method)
 * @param [adjustments] Range of the «Корректировки» (Adjustments) sheet with its header row: expert decisions with reasons
 * @returns Explanation text
 */
export function riskReasonsFunction(
  results: any[][],
  school: string,
  social?: any[][],
  olympiads?: any[][],
  registry?: any[][],
  year?: number,
  settings?: any[][],
  adjustments?: any[][],
): string {
  return evaluate(() => riskReasons({ results, social, olympiads, registry, settings, adjustments }, requiredText(school, SCHOOL), optionalYear(year)));
}

/**
 * Whether a target is met: «выполнено» (met), «не выполнено» (missed) or «нет данных» (no data; an empty cell or «—» is not a failure)
 * @customfunction TARGET_STATUS TARGET_STATUS
 * @param actual The school’s value: a number, yes/no, «+», «выполнено», a date; empty or «—» = no data
 * @param target The target (may be empty for yes/no)
 * @param [comparison] ≥ (default), ≤, = or «да/нет» (yes/no)
 * @returns met / missed / no data
 */
export function targetStatusFunction(actual: any, target: any, comparison?: string): string {
  return evaluate(() => targetStatus(actual, target, comparison));
}

/**
 * Schools that missed at least one target, with what they missed (from a monitoring table)
 * @customfunction MISSING_TARGETS MISSING_TARGETS
 * @param monitoring Monitoring table with its header row: Opora’s «Мониторинг показателей» sheet or your own monitoring sheet
 * @param [targets] Range of the «Целевые показатели» sheet with its header row (default: the concept’s indicators)
 * @param [year] Year (default: the latest year in the data)
 * @returns School | Missed (actual / target) | No data, indicators
 */
export function missingTargetsFunction(monitoring: any[][], targets?: any[][], year?: number): any[][] {
  return evaluate(() => missingTargets(monitoring, targets, optionalYear(year)));
}

/**
 * The partner schools and mentor teachers the exact pairing gives the school (network partnership), with distance and deficits
 * @customfunction PARTNER_FOR PARTNER_FOR
 * @param results ЕГЭ/ОГЭ/ВПР results table with a header row (school, subject, participants, average…)
 * @param school School (name, "Municipality | School" or the school's code)
 * @param [registry] Schools registry with a header row (coordinates, type, leader school, partner capacity)
 * @param [teachers] Teachers' table with a header row: the «Наставник» column names the mentors
 * @param [year] Year (default: the latest year in the data)
 * @param [settings] Range of the «Параметры» (Settings) sheet with its header row (default: the thresholds of the method)
 * @returns Partner | Partner municipality | Distance, km | Deficits | Decision, or the reason when there is no partner
 */
export function partnerForFunction(results: any[][], school: string, registry?: any[][], teachers?: any[][], year?: number, settings?: any[][]): any[][] {
  return evaluate(() => partnerFor({ results, registry, teachers, settings }, requiredText(school, SCHOOL), optionalYear(year)));
}
