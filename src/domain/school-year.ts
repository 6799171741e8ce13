import { FAMILIES, type Family, type School, type TerritoryRecord } from './records';
import { applyAdjustments, type ResolvedAdjustments } from './adjustments';
import { FAMILY_INDEX, type FamilyGaps } from './gaps';
import type { LowResults } from './low-results';
import { noDataFinding, type RuleTexts } from './rules';
import { GROUP_OF, type CriterionCode, type GroupName, type Settings } from './settings';
import { evaluateHardToReach, evaluateUnemployment, territoryRecordFor, type TerritoryIndex } from './territory';
import type { Finding, SchoolYearResult } from './types';

/** One year's result per school: every criterion's finding, the groups, adjustments applied. */

const FAMILIES_OF_TYPE: Partial<Record<NonNullable<School['type']>, readonly Family[]>> = {
  НОШ: ['ВПР'],
  ООШ: ['ОГЭ', 'ВПР'],
};

const NO_DATA_NOTE: Record<CriterionCode, string> = {
  R1: 'нет результатов ЕГЭ, ОГЭ, ВПР с участниками: школа не ранжируется',
  R2: 'нет результатов ЕГЭ, ОГЭ, ВПР с участниками',
  R3: 'нет данных об олимпиадах школы',
  S1: 'нет данных социального паспорта школы',
  S2: 'нет данных о труднодоступности населённого пункта школы',
  S3: 'нет данных о безработице в населённом пункте школы',
};

/** What one year's evaluation works from: the criteria already evaluated district-wide. */
export interface YearInputs {
  year: number;
  settings: Settings;
  texts: RuleTexts;
  /** Criteria evaluated, in CRITERION_CODES order. */
  evaluated: readonly CriterionCode[];
  schoolsByKey: Map<string, School>;
  names: Map<string, { name: string; municipality?: string }>;
  gaps: Map<string, FamilyGaps>;
  low: LowResults | null;
  r3: Map<string, Finding> | null;
  s1: { findings: Map<string, Finding>; cutoff: number | null } | null;
  /** null when there is no territory table. */
  territory: TerritoryIndex | null;
  /** null when no adjustment applies to this year. */
  adjustments: ResolvedAdjustments | null;
}

type FindingOf = (key: string, school: School | undefined, territory: TerritoryRecord | undefined) => Finding | undefined;

/** Per evaluated criterion: the school's finding when it has data for it. */
const findersFor = (input: YearInputs): FindingOf[] => {
  const { year, settings, texts, low, r3, s1, territory } = input;
  const byCode: Record<CriterionCode, FindingOf> = {
    R1: (key) => low?.r1.get(key),
    R2: (key) => low?.r2.get(key),
    R3: (key) => r3?.get(key),
    S1: (key) => s1?.findings.get(key),
    S2: (_, school, terr) => evaluateHardToReach(school, terr, year, texts),
    S3: (_, __, terr) => (territory ? evaluateUnemployment(territory, terr, year, settings, texts) : undefined),
  };
  return input.evaluated.map((code) => byCode[code]);
};

const thresholdsFor = (input: YearInputs): Record<CriterionCode, number | boolean | null> => ({
  R1: input.low?.cutoff ?? null,
  R2: input.settings.gapThreshold,
  R3: input.settings.olympiadShare,
  S1: input.s1?.cutoff ?? null,
  S2: true,
  S3: input.settings.unemploymentFactor,
});

/** Whether the findings of one group put the school in it (any or every finding, per the mode). */
const inGroup = (findings: Finding[], group: GroupName, mode: 'any' | 'all'): boolean => {
  let seen = false;
  let any = false;
  let every = true;
  for (const f of findings) {
    if (GROUP_OF[f.code] !== group) continue;
    seen = true;
    if (f.flagged) any = true;
    else every = false;
  }
  return seen && (mode === 'all' ? every : any);
};

const groupsByCriteria = (findings: Finding[], settings: Settings): GroupName[] => {
  const low = inGroup(findings, 'ШНОР', settings.mode.low);
  const social = inGroup(findings, 'ШНСУ', settings.mode.social);
  // Literals, not pushes: one small exact-size array per school-year.
  return low && social ? ['ШНОР', 'ШНСУ'] : low ? ['ШНОР'] : social ? ['ШНСУ'] : [];
};

/** Families the school's type should have results in but has none; families below the minimum. */
const familyCoverage = (school: School | undefined, g: FamilyGaps | undefined): { noData: Family[]; unreliable: Family[] } => {
  const expected = (school?.type && FAMILIES_OF_TYPE[school.type]) || FAMILIES;
  const noData = g ? expected.filter((f) => g[FAMILY_INDEX[f]] === undefined) : expected.slice();
  const unreliable: Family[] = [];
  if (g) for (const fg of g) if (fg !== undefined && !fg.reliable) unreliable.push(fg.family);
  return { noData, unreliable };
};

/** The results of every school in `keys` for the year. */
export const evaluateSchoolYears = (keys: Iterable<string>, input: YearInputs): Map<string, SchoolYearResult> => {
  const { year, settings, texts, evaluated, schoolsByKey, names, gaps, territory, adjustments } = input;
  const finders = findersFor(input);
  const thresholds = thresholdsFor(input);
  const needsTerritory = territory !== null && (evaluated.includes('S2') || evaluated.includes('S3'));
  const results = new Map<string, SchoolYearResult>();
  for (const key of keys) {
    const school = schoolsByKey.get(key);
    const terr = needsTerritory ? territoryRecordFor(territory, school, year) : undefined;
    const findings = evaluated.map((code, i) => finders[i](key, school, terr) ?? noDataFinding(code, year, texts, NO_DATA_NOTE[code], thresholds[code]));
    const { noData, unreliable } = familyCoverage(school, gaps.get(key));
    const byCriteria = groupsByCriteria(findings, settings);
    const adj = adjustments?.byKeyYear.get(`${key}|${year}`);
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
  return results;
};
