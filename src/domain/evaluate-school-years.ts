import { FAMILIES, FAMILY_COUNT, familyIndex, type Family, type School } from './records';
import { applyAdjustments, type ResolvedAdjustments } from './adjustments';
import type { FamilyGaps } from './family-gaps';
import type { LowResults } from './low-results';
import { noDataFinding, type RuleTexts } from './rules';
import { CRITERION_CODES, GROUP_OF, type CriterionCode, type GroupName, type Settings } from './settings';
import { territoryFinders, territoryRecordFor, type TerritoryIndex } from './territory';
import type { Finding, SchoolYearResult } from './types';
import type { Schools } from './school-names';

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
  schools: Schools;
  gaps: FamilyGaps;
  low: LowResults | null;
  r3: (Finding | undefined)[] | null;
  s1: { findings: (Finding | undefined)[]; cutoff: number | null } | null;
  /** null when there is no territory table. */
  territory: TerritoryIndex | null;
  /** null when no adjustment applies to this year. */
  adjustments: ResolvedAdjustments | null;
}

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

/** The four possible group lists, shared (frozen) by every school-year: they are never mutated. */
const frozen = <T>(xs: T[]): T[] => Object.freeze(xs) as unknown as T[];
const GROUPS_BOTH = frozen<GroupName>(['ШНОР', 'ШНСУ']);
const GROUPS_LOW = frozen<GroupName>(['ШНОР']);
const GROUPS_SOCIAL = frozen<GroupName>(['ШНСУ']);
const GROUPS_NONE = frozen<GroupName>([]);
const NO_FAMILIES = frozen<Family>([]);

const groupsByCriteria = (findings: Finding[], settings: Settings): GroupName[] => {
  const low = inGroup(findings, 'ШНОР', settings.mode.low);
  const social = inGroup(findings, 'ШНСУ', settings.mode.social);
  return low && social ? GROUPS_BOTH : low ? GROUPS_LOW : social ? GROUPS_SOCIAL : GROUPS_NONE;
};

/** Families the school's type should have results in but has none (the shared empty list when none is missing). */
const missingFamilies = (school: School | undefined, g: FamilyGaps, o: number): Family[] => {
  const expected = (school?.type && FAMILIES_OF_TYPE[school.type]) || FAMILIES;
  let missing: Family[] | undefined;
  for (const f of expected) if (!g.has(o, familyIndex(f))) (missing ??= []).push(f);
  return missing ?? NO_FAMILIES;
};

/** Families below the minimum number of participants (the shared empty list when none is). */
const unreliableFamilies = (g: FamilyGaps, o: number): Family[] => {
  let unreliable: Family[] | undefined;
  for (let family = 0; family < FAMILY_COUNT; family++) if (g.has(o, family) && !g.isReliable(o, family)) (unreliable ??= []).push(FAMILIES[family]);
  return unreliable ?? NO_FAMILIES;
};

/** One year's results in evaluation order, with each one's school ordinal, and indexed by the ordinal. */
export interface YearResults {
  list: SchoolYearResult[];
  ordinalOf: Int32Array;
  byOrdinal: (SchoolYearResult | undefined)[];
  /** Schools flagged per criterion (before adjustments), indexed like CRITERION_CODES. */
  flagged: Int32Array;
  /** By ordinal: 1 when R1 or R2 flags the school (low results before adjustments, what «stable» compares). */
  lowByOrdinal: Uint8Array;
}

/** The results of every school in `ordinals` (distinct; the per-criterion findings are indexed by ordinal) for the year. */
export const evaluateSchoolYears = (ordinals: readonly number[], input: YearInputs): YearResults => {
  const { year, settings, texts, evaluated, schools, gaps, low, r3, s1, territory, adjustments } = input;
  const thresholds = thresholdsFor(input);
  const { hardToReach, unemployment } = territoryFinders(territory, year, settings, texts);
  const needsTerritory = territory !== null && (evaluated.includes('S2') || evaluated.includes('S3'));
  const list = new Array<SchoolYearResult>(ordinals.length);
  const ordinalOf = new Int32Array(ordinals.length);
  const byOrdinal = new Array<SchoolYearResult | undefined>(schools.keyOf.length);
  const n = evaluated.length;
  const noData: (Finding | undefined)[] = evaluated.map(() => undefined);
  const flagged = new Int32Array(CRITERION_CODES.length);
  const codeIndex = evaluated.map((c) => CRITERION_CODES.indexOf(c));
  const lowByOrdinal = new Uint8Array(schools.keyOf.length);
  for (let k = 0; k < ordinals.length; k++) {
    const o = ordinals[k];
    const key = schools.keyOf[o];
    const school = schools.registryOf[o];
    const terr = needsTerritory ? territoryRecordFor(territory, school, year) : undefined;
    const findings = new Array<Finding>(n);
    for (let i = 0; i < n; i++) {
      const code = evaluated[i];
      let f: Finding | undefined;
      switch (code) {
        case 'R1':
          f = low?.r1[o];
          break;
        case 'R2':
          f = low?.r2[o];
          break;
        case 'R3':
          f = r3?.[o];
          break;
        case 'S1':
          f = s1?.findings[o];
          break;
        case 'S2':
          f = hardToReach(school, terr);
          break;
        case 'S3':
          f = unemployment(terr);
          break;
      }
      // The year's «no data» finding of a criterion is the same for every school: one shared object.
      findings[i] = f ?? (noData[i] ??= noDataFinding(code, year, texts, NO_DATA_NOTE[code], thresholds[code]));
      if (findings[i].flagged) {
        flagged[codeIndex[i]]++;
        if (code === 'R1' || code === 'R2') lowByOrdinal[o] = 1;
      }
    }
    const byCriteria = groupsByCriteria(findings, settings);
    const adj = adjustments?.byKeyYear.get(`${key}|${year}`);
    const applied = adj ? applyAdjustments(byCriteria, adj) : null;
    const { name, municipality } = schools.nameOf[o];
    const missing = missingFamilies(school, gaps, o);
    const unreliable = unreliableFamilies(gaps, o);
    const groups = applied ? applied.groups : byCriteria;
    // The municipality is written in the literal (last, where an assignment put it before): added afterwards,
    // it would cost every school-year a second block of properties.
    const r: SchoolYearResult = municipality
      ? { schoolKey: key, name, year, groups, groupsByCriteria: byCriteria, stable: false, status: 'не входит', findings, noData: missing, unreliable, municipality }
      : { schoolKey: key, name, year, groups, groupsByCriteria: byCriteria, stable: false, status: 'не входит', findings, noData: missing, unreliable };
    if (applied) r.adjustment = { changes: applied.changes };
    list[k] = r;
    ordinalOf[k] = o;
    byOrdinal[o] = r;
  }
  return { list, ordinalOf, byOrdinal, flagged, lowByOrdinal };
};
