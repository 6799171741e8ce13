import type { Dataset } from './records';
import { resolveAdjustments, type ResolvedAdjustments } from './adjustments';
import type { Bilingual } from '../i18n/bilingual';
import { deficitMap } from './deficits';
import { familyGapsByYear, noFamilyGaps } from './family-gaps';
import { isUsableResult, regionalAverages } from './gaps';
import { evaluateLowResults } from './low-results';
import { evaluateOlympiads, indexOlympiads } from './olympiads';
import { collectSchools, displayOrder, namesOf, ordinalsOfYear } from './school-names';
import { ruleTexts } from './rules';
import { evaluateSchoolYears, type YearResults } from './evaluate-school-years';
import { SEED_WORDS, type Settings } from './settings';
import { CRITERION_CODES, type CriterionCode } from './criteria';
import { cite } from './documents';
import { evaluateSocialIndex, indexSocial } from './social-index';
import { evaluateTeachers } from './teachers';
import { indexTerritory } from './territory';
import type { Adjustment, IdentificationResult, NotEvaluated, TeacherCode } from './types';
import { summariseYears } from './year-summary';

export interface IdentifyOptions {
  /** Years to report; default: every year with results, olympiad or social data. */
  years?: number[];
  adjustments?: Adjustment[];
  /**
   * Finds the school an adjustment names (key, code, «Муниципалитет | Школа», or a name unique in the run):
   * tables/schoolResolver over the read's identities. Without it an adjustment names a key or an exact name.
   */
  resolveSchool?: (text: string) => string | string[] | undefined;
  /**
   * Also break R1, R2 and S1 down on each finding (`Finding.parts`: per assessment family, per social
   * passport component). Off by default: no sheet shows them, and for a whole region they are a third of
   * the result; RISK_REASONS and SCORE_GAP ask for them.
   */
  explain?: boolean;
  /** Build the deficit map (default true); a caller that never reads `deficits` (most custom functions) saves its pass over the rows. */
  deficits?: boolean;
}

const TEACHER_CODES: TeacherCode[] = ['T1', 'T2.1', 'T2.2', 'T3.1', 'T3.2'];
const NO_ADJUSTMENTS: ResolvedAdjustments = { byKeyYear: new Map(), notes: [] };

/** Which criteria cannot be evaluated at all, and why (Russian and English). */
const globalNotEvaluated = (dataset: Dataset, settings: Settings): Map<CriterionCode, NotEvaluated> => {
  const out = new Map<CriterionCode, NotEvaluated>();
  const set = (code: CriterionCode, ru: string, en: string) => out.set(code, { code, reason: { ru, en } });
  const hasResults = dataset.results.some(isUsableResult);
  for (const code of CRITERION_CODES) if (!settings.criteria[code]) set(code, 'критерий отключён в параметрах', 'criterion disabled in the settings');
  if (!hasResults) {
    if (settings.criteria.R1) set('R1', 'нет результатов ЕГЭ, ОГЭ, ВПР', 'no ЕГЭ, ОГЭ, ВПР results');
    if (settings.criteria.R2) set('R2', 'нет результатов ЕГЭ, ОГЭ, ВПР', 'no ЕГЭ, ОГЭ, ВПР results');
  }
  if (settings.criteria.R3 && dataset.olympiads.length === 0) set('R3', 'нет данных об олимпиадах', 'no olympiad data');
  if (settings.criteria.S1 && dataset.social.length === 0) set('S1', 'нет данных социального паспорта', 'no social passport data');
  const hardToReachKnown = dataset.schools.some((s) => s.hardToReach !== undefined) || dataset.territory.some((t) => t.hardToReach !== undefined);
  if (settings.criteria.S2 && !hardToReachKnown) set('S2', 'нет данных о труднодоступности населённых пунктов', 'no data on hard-to-reach settlements');
  if (settings.criteria.S3 && dataset.territory.length === 0) set('S3', 'нет данных о безработице по населённым пунктам', 'no settlement unemployment data');
  return out;
};

const methodText = (settings: Settings, evaluated: CriterionCode[], texts: ReturnType<typeof ruleTexts>): Bilingual[] => {
  const low = settings.mode.low === 'any';
  const social = settings.mode.social === 'any';
  const tolerance = settings.regionalTolerance;
  return [
    {
      ru: 'Школа относится к ШНОР/ШНСУ, если выполнен ' + `${low ? 'любой' : 'каждый'} включённый критерий ШНОР / ${social ? 'любой' : 'каждый'} включённый критерий ШНСУ.`,
      en: `A school belongs to ШНОР/ШНСУ if ${low ? 'any' : 'every'} enabled ШНОР criterion / ${social ? 'any' : 'every'} enabled ШНСУ criterion is met.`,
    },
    {
      ru: `Отставание от региона считается в процентах от максимального балла предмета: (среднее по региону − средний балл школы) / максимум × 100, среднее по предметам вида оценки взвешено по числу участников. Среднее по региону — из строки «по региону». Если строка насчитывает столько же участников, сколько перечисленные школы (±2%), это итог этих школ: он должен совпадать с их средневзвешенным не больше чем на ${String(tolerance).replace('.', ',')}% от максимума, иначе берётся средневзвешенное по школам. Если участников больше — это среднее всего региона в книге района: оно берётся как есть (кроме значений вне шкалы предмета). Строки нет — средневзвешенное по школам.`,
      en: `The gap to the region is measured in percent of the subject's maximum score: (regional average − school average) / maximum × 100; within an assessment (ЕГЭ, ОГЭ, ВПР) the subjects are averaged weighted by the number of participants. The regional average comes from the region row. When the row counts the listed schools' participants (±2%), it is their total and must agree with their weighted mean within ${tolerance}% of the maximum, otherwise the weighted school mean is used. When it counts more, it is the whole region's average in a district's workbook and is used as given (unless outside the subject's scale). No row: the weighted school mean.`,
    },
    settings.minParticipants > 1
      ? {
          ru: `Группы, в которых участников меньше ${settings.minParticipants}, помечаются как ненадёжные и не ранжируются; школы без участников — «нет данных», не «низкие».`,
          en: `Groups of fewer than ${settings.minParticipants} participants are marked as unreliable and not ranked; schools without participants are “no data”, not “low”.`,
        }
      : {
          ru: 'Школы без участников — «нет данных», не «низкие»: они не ранжируются.',
          en: 'Schools without participants are “no data”, not “low”: they are not ranked.',
        },
    {
      ru: `«Устойчиво низкие результаты»: R1 или R2 и в отчётном, и в предыдущем году (по данным обоих лет, какие бы годы ни были запрошены), до экспертных корректировок — они показаны рядом; R3 и критерии ШНСУ сами по себе устойчивость не дают (${cite('nikolevsky', 'разд. V')}: «${SEED_WORDS.stable}»).`,
      en: `«Persistently low results»: R1 or R2 both in the reported year and in the year before (from both years' data, whatever years were asked for), before expert adjustments, which are shown beside it; R3 and the ШНСУ criteria alone never make a school persistently low (${cite('nikolevsky', 'section V', 'en')}).`,
    },
    ...evaluated.map((c) => texts[c]),
  ];
};

/** The criteria a result's schools have findings of: the evaluated ones, when there are schools. */
export const shownCriteria = (result: IdentificationResult): CriterionCode[] => (result.schools.length > 0 ? result.criteria : []);

/** The last year identify() evaluates by default (0 without data), known without identifying. */
export const lastDataYear = (dataset: Dataset): number => Math.max(0, ...collectSchools(dataset).ordinalsByYear.keys());

export const identify = (dataset: Dataset, settings: Settings, options: IdentifyOptions = {}): IdentificationResult => {
  const texts = ruleTexts(settings);
  const known = collectSchools(dataset);
  const { ordinals, ordinalsByYear, resultOrdinals } = known;

  const years = [...new Set(options.years ?? ordinalsByYear.keys())].sort((a, b) => a - b);
  const notEvaluatedMap = globalNotEvaluated(dataset, settings);
  const notEvaluated: NotEvaluated[] = [...notEvaluatedMap.values()];
  const evaluated = CRITERION_CODES.filter((c) => !notEvaluatedMap.has(c));
  const regional = regionalAverages(dataset.results, dataset.regional, settings.regionalTolerance);
  const notes: Bilingual[] = [...regional.notes];
  const method = methodText(settings, evaluated, texts);
  const empty: IdentificationResult = {
    years,
    lastYear: years[years.length - 1] ?? 0,
    schools: [],
    teachers: [],
    deficits: [],
    summary: [],
    notes: [],
    problems: regional.problems,
    notEvaluated,
    criteria: evaluated,
    method,
  };
  // Notes are added up to the end of the run.
  const withNotes = (result: IdentificationResult): IdentificationResult => ({ ...result, notes: [...notes] });
  if (years.length === 0) {
    notes.push({ ru: 'Нет данных ни за один год: идентификация не выполнялась.', en: 'No data for any year: identification was not performed.' });
    return withNotes(empty);
  }
  const lastYear = years[years.length - 1];

  // The year before each reported year is evaluated too (stable / entered / left need it).
  const dataYears = new Set(ordinalsByYear.keys());
  const evalYears = [...new Set([...years, ...years.map((y) => y - 1).filter((y) => dataYears.has(y))])].sort((a, b) => a - b);

  const { rows, byYear: gapsByYear } = familyGapsByYear(dataset.results, resultOrdinals, regional, ordinals.size, settings.minParticipants);
  const olympiads = indexOlympiads(dataset.olympiads, known.olympiadOrdinals, ordinals.size);
  const social = indexSocial(dataset.social, known.socialOrdinals, ordinals.size);
  const territory = dataset.territory.length > 0 ? indexTerritory(dataset.territory) : null;
  const hasAdjustments = (options.adjustments ?? []).length > 0;
  const adjustments = hasAdjustments ? resolveAdjustments(options.adjustments!, namesOf(known), years, options.resolveSchool) : NO_ADJUSTMENTS;
  notes.push(...adjustments.notes);

  const reported = new Set(years);
  const byYear = new Map<number, YearResults>();
  for (const year of evalYears) {
    const yearOrdinals = ordinalsOfYear(known, year);
    const gaps = gapsByYear.get(year) ?? noFamilyGaps(ordinals.size, dataset.results, settings.minParticipants);
    const low = evaluated.includes('R1') || evaluated.includes('R2') ? evaluateLowResults(gaps, ordinals.size, year, settings, texts, options.explain ?? false) : null;
    const r3 = evaluated.includes('R3') ? evaluateOlympiads(olympiads, yearOrdinals, known.registryOf, year, settings, texts) : null;
    const s1 = evaluated.includes('S1') ? evaluateSocialIndex(social, ordinals.size, year, settings, texts, options.explain ?? false) : null;
    const yearAdjustments = hasAdjustments && reported.has(year) ? adjustments : null;
    const inputs = { year, settings, texts, evaluated, schools: known, gaps, low, r3, s1, territory, adjustments: yearAdjustments };
    byYear.set(year, evaluateSchoolYears(yearOrdinals, inputs));
  }

  const { schools, summary } = summariseYears(years, byYear, displayOrder(known), notes);

  const teachers = dataset.teachers.length > 0 ? evaluateTeachers(dataset.teachers, lastYear, settings, regional) : [];
  if (dataset.teachers.length === 0)
    for (const code of TEACHER_CODES) notEvaluated.push({ code, reason: { ru: 'нет данных о педагогах', en: 'no teacher data' } });

  return withNotes({
    ...empty,
    lastYear,
    schools,
    teachers,
    deficits: options.deficits === false ? [] : deficitMap(rows, ordinals.size, lastYear, settings),
    summary,
  });
};
