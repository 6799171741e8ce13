import { FAMILIES, type Dataset, type Family, type School } from './records';
import { applyAdjustments, resolveAdjustments } from './adjustments';
import { deficitMap } from './deficits';
import { FAMILY_INDEX, familyGapsByYear, isUsableResult, regionalAverages, type FamilyGaps } from './gaps';
import { evaluateLowResults } from './low-results';
import { evaluateOlympiads, indexOlympiads } from './olympiads';
import { noDataFinding, ruleTexts } from './rules';
import { CRITERION_CODES, GROUPS, GROUP_OF, type CriterionCode, type GroupName, type Settings } from './settings';
import { evaluateSocialIndex, indexSocial } from './social-index';
import { evaluateTeachers } from './teachers';
import { evaluateHardToReach, evaluateUnemployment, indexTerritory, territoryRecordFor } from './territory';
import { statusOf } from './trends';
import type { Adjustment, Finding, IdentificationResult, NotEvaluated, SchoolYearResult, TeacherCode, YearSummary } from './types';

export interface IdentifyOptions {
  /** Years to report; default: every year with results, olympiad or social data. */
  years?: number[];
  adjustments?: Adjustment[];
}

const FAMILIES_OF_TYPE: Partial<Record<NonNullable<School['type']>, readonly Family[]>> = {
  НОШ: ['ВПР'],
  ООШ: ['ОГЭ', 'ВПР'],
};

const TEACHER_CODES: TeacherCode[] = ['T1', 'T2.1', 'T2.2', 'T3.1', 'T3.2'];

const NO_DATA_NOTE: Record<CriterionCode, string> = {
  R1: 'нет результатов ЕГЭ, ОГЭ, ВПР с участниками: школа не ранжируется',
  R2: 'нет результатов ЕГЭ, ОГЭ, ВПР с участниками',
  R3: 'нет данных об олимпиадах школы',
  S1: 'нет данных социального паспорта школы',
  S2: 'нет данных о труднодоступности населённого пункта школы',
  S3: 'нет данных о безработице в населённом пункте школы',
};

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

const groupsByCriteria = (findings: Finding[], settings: Settings): GroupName[] => {
  const groups: GroupName[] = [];
  for (const group of GROUPS) {
    const all = (group === 'ШНОР' ? settings.mode.low : settings.mode.social) === 'all';
    let seen = false;
    let any = false;
    let every = true;
    for (const f of findings) {
      if (GROUP_OF[f.code] !== group) continue;
      seen = true;
      if (f.flagged) any = true;
      else every = false;
    }
    if (seen && (all ? every : any)) groups.push(group);
  }
  return groups;
};

const methodText = (settings: Settings, evaluated: CriterionCode[], texts: ReturnType<typeof ruleTexts>): string[] => [
  'Школа относится к ШНОР/ШНСУ, если выполнен ' +
    `${settings.mode.low === 'any' ? 'любой' : 'каждый'} включённый критерий ШНОР / ${settings.mode.social === 'any' ? 'любой' : 'каждый'} включённый критерий ШНСУ.`,
  `Отставание от региона считается в процентах от максимального балла предмета: (среднее по региону − средний балл школы) / максимум × 100, среднее по предметам вида оценки взвешено по числу участников. Среднее по региону — из строки «по региону», если она отличается от средневзвешенного по школам не больше чем на ${String(settings.regionalTolerance).replace('.', ',')}% от максимума, иначе средневзвешенное по школам.`,
  `Группы меньше ${settings.minParticipants} участников помечаются как ненадёжные и не ранжируются; школы без участников — «нет данных», не «низкие».`,
  ...evaluated.map((c) => texts[c].ru),
];

export const identify = (dataset: Dataset, settings: Settings, options: IdentifyOptions = {}): IdentificationResult => {
  const texts = ruleTexts(settings);
  const schoolsByKey = new Map(dataset.schools.map((s) => [s.key, s]));

  const names = new Map<string, { name: string; municipality?: string }>();
  for (const s of dataset.schools) names.set(s.key, s.municipality ? { name: s.name, municipality: s.municipality } : { name: s.name });
  const keysByYear = new Map<number, Set<string>>();
  const see = (key: string, name: string, year: number, municipality?: string) => {
    if (!names.has(key)) names.set(key, municipality ? { name, municipality } : { name });
    let set = keysByYear.get(year);
    if (!set) keysByYear.set(year, (set = new Set()));
    set.add(key);
  };
  for (const r of dataset.results) see(r.schoolKey, r.schoolName, r.year, r.municipality);
  for (const r of dataset.olympiads) see(r.schoolKey, r.schoolName, r.year);
  for (const r of dataset.social) see(r.schoolKey, r.schoolName, r.year);

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
  const territory = indexTerritory(dataset.territory);
  const hasTerritory = dataset.territory.length > 0;
  const hasAdjustments = (options.adjustments ?? []).length > 0;
  const adjustments = resolveAdjustments(options.adjustments ?? [], names, years);
  notes.push(...adjustments.notes);

  const reported = new Set(years);
  const byYear = new Map<number, Map<string, SchoolYearResult>>();
  for (const year of evalYears) {
    const keys = new Set<string>(schoolsByKey.keys());
    for (const k of keysByYear.get(year) ?? []) keys.add(k);
    const gaps = gapsByYear.get(year) ?? new Map<string, FamilyGaps>();
    const low = evaluated.includes('R1') || evaluated.includes('R2') ? evaluateLowResults(gaps, year, settings, texts) : null;
    const r3 = evaluated.includes('R3') ? evaluateOlympiads(olympiads, keys, schoolsByKey, year, settings, texts) : null;
    const s1 = evaluated.includes('S1') ? evaluateSocialIndex(social, year, settings, texts) : null;
    const results = new Map<string, SchoolYearResult>();
    const thresholds: Record<CriterionCode, number | boolean | null> = {
      R1: low?.cutoff ?? null,
      R2: settings.gapThreshold,
      R3: settings.olympiadShare,
      S1: s1?.cutoff ?? null,
      S2: true,
      S3: settings.unemploymentFactor,
    };
    for (const key of keys) {
      const school = schoolsByKey.get(key);
      const terr = hasTerritory ? territoryRecordFor(territory, school, year) : undefined;
      const found: Partial<Record<CriterionCode, Finding | undefined>> = {
        R1: low?.r1.get(key),
        R2: low?.r2.get(key),
        R3: r3?.get(key),
        S1: s1?.findings.get(key),
        S2: evaluated.includes('S2') ? evaluateHardToReach(school, terr, year, texts) : undefined,
        S3: evaluated.includes('S3') ? evaluateUnemployment(territory, terr, year, settings, texts) : undefined,
      };
      const findings = evaluated.map((code) => found[code] ?? noDataFinding(code, year, texts, NO_DATA_NOTE[code], thresholds[code]));
      const g = gaps.get(key);
      const expected = (school?.type && FAMILIES_OF_TYPE[school.type]) || FAMILIES;
      const noData = g ? expected.filter((f) => g[FAMILY_INDEX[f]] === undefined) : expected.slice();
      const unreliable: Family[] = [];
      if (g) for (const fg of g) if (fg !== undefined && !fg.reliable) unreliable.push(fg.family);
      const byCriteria = groupsByCriteria(findings, settings);
      const adj = hasAdjustments && reported.has(year) ? adjustments.byKeyYear.get(`${key}|${year}`) : undefined;
      const applied = adj ? applyAdjustments(byCriteria, adj) : null;
      const { name, municipality } = names.get(key)!;
      const r: SchoolYearResult = {
        schoolKey: key,
        name,
        year,
        groups: applied ? applied.groups : byCriteria,
        groupsByCriteria: byCriteria,
        stable: false,
        status: 'не входит',
        findings,
        noData,
        unreliable,
      };
      if (municipality) r.municipality = municipality;
      if (applied) r.adjustment = { changes: applied.changes };
      results.set(key, r);
    }
    byYear.set(year, results);
  }

  const schools: SchoolYearResult[] = [];
  const summary: YearSummary[] = [];
  for (const year of years) {
    const current = byYear.get(year)!;
    const previous = byYear.get(year - 1);
    if (!previous) notes.push(`За ${year - 1} год данных нет: в ${year} году «устойчиво» и «вошла/вышла» считаются относительно пустого списка.`);
    const s: YearSummary = {
      year,
      schools: current.size,
      groups: { ШНОР: 0, ШНСУ: 0 },
      both: 0,
      criteria: { R1: 0, R2: 0, R3: 0, S1: 0, S2: 0, S3: 0 },
      stable: 0,
      entered: [],
      left: [],
      stayed: 0,
      adjusted: 0,
    };
    const ordered = [...current.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.schoolKey < b.schoolKey ? -1 : a.schoolKey > b.schoolKey ? 1 : 0));
    let low = 0;
    let socialCount = 0;
    const byCode = [0, 0, 0, 0, 0, 0];
    for (const r of ordered) {
      const prev = previous?.get(r.schoolKey);
      const isLow = r.groups.includes('ШНОР');
      r.stable = isLow && (prev?.groups.includes('ШНОР') ?? false);
      r.status = statusOf(prev?.groups, r.groups);
      if (isLow) low++;
      if (r.groups.includes('ШНСУ')) socialCount++;
      if (r.groups.length === 2) s.both++;
      for (const f of r.findings) if (f.flagged) byCode[CRITERION_CODES.indexOf(f.code)]++;
      if (r.stable) s.stable++;
      if (r.status === 'вошла') s.entered.push({ schoolKey: r.schoolKey, name: r.name });
      if (r.status === 'осталась') s.stayed++;
      if (r.adjustment) s.adjusted++;
      schools.push(r);
    }
    // A school that was in a group last year but has no data at all this year has left too.
    if (previous) for (const p of previous.values()) if (!current.has(p.schoolKey) && p.groups.length > 0) s.left.push({ schoolKey: p.schoolKey, name: p.name });
    s.groups = { ШНОР: low, ШНСУ: socialCount };
    CRITERION_CODES.forEach((c, i) => (s.criteria[c] = byCode[i]));
    for (const r of ordered) if (r.status === 'вышла') s.left.push({ schoolKey: r.schoolKey, name: r.name });
    summary.push(s);
  }

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
