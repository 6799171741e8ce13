import type { Dataset } from './records';
import { resolveAdjustments } from './adjustments';
import { deficitMap } from './deficits';
import { familyGapsByYear, isUsableResult, regionalAverages, type FamilyGaps } from './gaps';
import { evaluateLowResults } from './low-results';
import { evaluateOlympiads, indexOlympiads } from './olympiads';
import { schoolOrdinals } from './ordinals';
import { ruleTexts } from './rules';
import { evaluateSchoolYears, type YearResults } from './school-year';
import { CRITERION_CODES, type CriterionCode, type Settings } from './settings';
import { evaluateSocialIndex, indexSocial } from './social-index';
import { evaluateTeachers } from './teachers';
import { indexTerritory } from './territory';
import type { Adjustment, IdentificationResult, NotEvaluated, TeacherCode } from './types';
import { summariseYears } from './year-summary';

export interface IdentifyOptions {
  /** Years to report; default: every year with results, olympiad or social data. */
  years?: number[];
  adjustments?: Adjustment[];
}

const TEACHER_CODES: TeacherCode[] = ['T1', 'T2.1', 'T2.2', 'T3.1', 'T3.2'];

/** Which criteria cannot be evaluated at all, and why (Russian and English). */
const globalNotEvaluated = (dataset: Dataset, settings: Settings): Map<CriterionCode, NotEvaluated> => {
  const out = new Map<CriterionCode, NotEvaluated>();
  const set = (code: CriterionCode, reason: string, reasonEn: string) => out.set(code, { code, reason, reasonEn });
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

const methodText = (settings: Settings, evaluated: CriterionCode[], texts: ReturnType<typeof ruleTexts>): string[] => [
  'Школа относится к ШНОР/ШНСУ, если выполнен ' +
    `${settings.mode.low === 'any' ? 'любой' : 'каждый'} включённый критерий ШНОР / ${settings.mode.social === 'any' ? 'любой' : 'каждый'} включённый критерий ШНСУ.`,
  `Отставание от региона считается в процентах от максимального балла предмета: (среднее по региону − средний балл школы) / максимум × 100, среднее по предметам вида оценки взвешено по числу участников. Среднее по региону — из строки «по региону», если она отличается от средневзвешенного по школам не больше чем на ${String(settings.regionalTolerance).replace('.', ',')}% от максимума, иначе средневзвешенное по школам.`,
  `Группы меньше ${settings.minParticipants} участников помечаются как ненадёжные и не ранжируются; школы без участников — «нет данных», не «низкие».`,
  ...evaluated.map((c) => texts[c].ru),
];

type Names = Map<string, { name: string; municipality?: string }>;

/** Every school's name (registry first, then as first written in a table) and the school keys with data per year. */
const collectSchools = (dataset: Dataset): { names: Names; keysByYear: Map<number, Set<string>> } => {
  const names: Names = new Map();
  for (const s of dataset.schools) names.set(s.key, s.municipality ? { name: s.name, municipality: s.municipality } : { name: s.name });
  const keysByYear = new Map<number, Set<string>>();
  const see = (key: string, name: string, year: number, municipality?: string) => {
    if (!names.has(key)) names.set(key, municipality ? { name, municipality } : { name });
    let set = keysByYear.get(year);
    if (!set) keysByYear.set(year, (set = new Set()));
    set.add(key);
  };
  // Rows of one school and year usually come together: a repeat is skipped before reading the rest of the row.
  let lastKey: string | undefined;
  let lastYear: number | undefined;
  for (const r of dataset.results) {
    if (r.schoolKey === lastKey && r.year === lastYear) continue;
    lastKey = r.schoolKey;
    lastYear = r.year;
    see(r.schoolKey, r.schoolName, r.year, r.municipality);
  }
  for (const r of dataset.olympiads) {
    if (r.schoolKey === lastKey && r.year === lastYear) continue;
    lastKey = r.schoolKey;
    lastYear = r.year;
    see(r.schoolKey, r.schoolName, r.year);
  }
  for (const r of dataset.social) {
    if (r.schoolKey === lastKey && r.year === lastYear) continue;
    lastKey = r.schoolKey;
    lastYear = r.year;
    see(r.schoolKey, r.schoolName, r.year);
  }
  return { names, keysByYear };
};

/** School ordinals (positions in `names`) in display order: by name, then by key. */
const displayOrder = (names: Names): number[] => {
  // Pairs sorted once: the comparator reads fields, no map lookups per comparison.
  const pairs: { key: string; name: string; ordinal: number }[] = [];
  for (const [key, v] of names) pairs.push({ key, name: v.name, ordinal: pairs.length });
  pairs.sort((p, q) => {
    const x = p.name;
    const y = q.name;
    const a = p.key;
    const b = q.key;
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
  const out = new Array<number>(pairs.length);
  for (let i = 0; i < pairs.length; i++) out[i] = pairs[i].ordinal;
  return out;
};

export const identify = (dataset: Dataset, settings: Settings, options: IdentifyOptions = {}): IdentificationResult => {
  const texts = ruleTexts(settings);
  const schoolsByKey = new Map(dataset.schools.map((s) => [s.key, s]));
  const { names, keysByYear } = collectSchools(dataset);

  const years = [...new Set(options.years ?? keysByYear.keys())].sort((a, b) => a - b);
  const notEvaluatedMap = globalNotEvaluated(dataset, settings);
  const notEvaluated: NotEvaluated[] = [...notEvaluatedMap.values()];
  const evaluated = CRITERION_CODES.filter((c) => !notEvaluatedMap.has(c));
  const regional = regionalAverages(dataset.results, dataset.regional, settings.regionalTolerance);
  const notes = [...regional.notes];
  const empty: IdentificationResult = {
    years,
    lastYear: years[years.length - 1] ?? 0,
    schools: [],
    teachers: [],
    deficits: [],
    summary: [],
    notes,
    problems: regional.problems,
    notEvaluated,
    method: methodText(settings, evaluated, texts),
  };
  if (years.length === 0) {
    notes.push('Нет данных ни за один год: идентификация не выполнялась.');
    return empty;
  }
  const lastYear = years[years.length - 1];

  // The year before each reported year is evaluated too (stable / entered / left need it).
  const dataYears = new Set(keysByYear.keys());
  const evalYears = [...new Set([...years, ...years.map((y) => y - 1).filter((y) => dataYears.has(y))])].sort((a, b) => a - b);

  const gapsByYear = familyGapsByYear(dataset.results, regional, settings.minParticipants);
  const olympiads = indexOlympiads(dataset.olympiads);
  const social = indexSocial(dataset.social);
  const territory = dataset.territory.length > 0 ? indexTerritory(dataset.territory) : null;
  const hasAdjustments = (options.adjustments ?? []).length > 0;
  const adjustments = resolveAdjustments(options.adjustments ?? [], names, years);
  notes.push(...adjustments.notes);

  const reported = new Set(years);
  const byYear = new Map<number, YearResults>();
  const ordinals = schoolOrdinals(names.keys());
  const registryKeys = [...schoolsByKey.keys()];
  for (const year of evalYears) {
    // The registry's schools, then those with data this year that the registry lacks (as a Set would order them).
    const keys = registryKeys.slice();
    for (const k of keysByYear.get(year) ?? []) if (!schoolsByKey.has(k)) keys.push(k);
    const gaps = gapsByYear.get(year) ?? new Map<string, FamilyGaps>();
    const low = evaluated.includes('R1') || evaluated.includes('R2') ? evaluateLowResults(gaps, ordinals, year, settings, texts) : null;
    const r3 = evaluated.includes('R3') ? evaluateOlympiads(olympiads, keys, ordinals, schoolsByKey, year, settings, texts) : null;
    const s1 = evaluated.includes('S1') ? evaluateSocialIndex(social, ordinals, year, settings, texts) : null;
    const yearAdjustments = hasAdjustments && reported.has(year) ? adjustments : null;
    const inputs = { year, settings, texts, evaluated, schoolsByKey, names, gaps, ordinals, low, r3, s1, territory, adjustments: yearAdjustments };
    byYear.set(year, evaluateSchoolYears(keys, inputs));
  }

  const { schools, summary } = summariseYears(years, byYear, displayOrder(names), notes);

  const teachers = dataset.teachers.length > 0 ? evaluateTeachers(dataset.teachers, lastYear, settings, regional) : [];
  if (dataset.teachers.length === 0)
    for (const code of TEACHER_CODES) notEvaluated.push({ code, reason: 'нет данных о педагогах', reasonEn: 'no teacher data' });

  return {
    ...empty,
    lastYear,
    schools,
    teachers,
    deficits: deficitMap(dataset.results, regional, lastYear, settings),
    summary,
  };
};
