import { FAMILIES, FAMILY_COUNT, familyIndex, type Family, type School } from './records';
import { applyAdjustments, type ResolvedAdjustments } from './adjustments';
import type { FamilyGaps } from './family-gaps';
import type { LowResults } from './low-results';
import { noDataFinding, type RuleTexts } from './rules';
import { type Settings } from './settings';
import { CRITERION_CODES, GROUP_OF, type CriterionCode, type GroupName } from './criteria';
import { columnOfFindings, type CriterionColumn } from './criterion-column';
import { schoolYearClass } from './school-year';
import { frozen } from '../util/frozen';
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
  r3: CriterionColumn | null;
  s1: { column: CriterionColumn; cutoff: number | null } | null;
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

/** The four possible group lists, shared (frozen) by every school-year: they are never mutated. */
const GROUPS_BOTH = frozen<GroupName>(['ШНОР', 'ШНСУ']);
const GROUPS_LOW = frozen<GroupName>(['ШНОР']);
const GROUPS_SOCIAL = frozen<GroupName>(['ШНСУ']);
const GROUPS_NONE = frozen<GroupName>([]);
const NO_FAMILIES = frozen<Family>([]);

/** The shared group list for membership of the two groups. */
const groupList = (low: boolean, social: boolean): GroupName[] => (low && social ? GROUPS_BOTH : low ? GROUPS_LOW : social ? GROUPS_SOCIAL : GROUPS_NONE);

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

/** Each evaluated criterion's column for the year (null: no school has data for it). */
const columnsOf = (ordinals: readonly number[], input: YearInputs): (CriterionColumn | null)[] => {
  const { year, settings, texts, evaluated, schools, low, r3, s1, territory } = input;
  // The closures below read the registry only: they keep it, not the run's per-row ordinals `schools` also holds.
  const { registryOf } = schools;
  const { hardToReach, unemployment } = territoryFinders(territory, year, settings, texts);
  const territoryOf = (o: number) => (territory === null ? undefined : territoryRecordFor(territory, registryOf[o], year));
  const count = schools.keyOf.length;
  return evaluated.map((code): CriterionColumn | null => {
    switch (code) {
      case 'R1':
        return low?.r1 ?? null;
      case 'R2':
        return low?.r2 ?? null;
      case 'R3':
        return r3;
      case 'S1':
        return s1?.column ?? null;
      case 'S2':
        return columnOfFindings(ordinals, count, (o) => hardToReach(registryOf[o], territoryOf(o)));
      case 'S3':
        return territory === null ? null : columnOfFindings(ordinals, count, (o) => unemployment(territoryOf(o)));
    }
  });
};

/** The results of every school in `ordinals` (distinct; the per-criterion findings are indexed by ordinal) for the year. */
export const evaluateSchoolYears = (ordinals: readonly number[], input: YearInputs): YearResults => {
  const { year, settings, texts, evaluated, schools, gaps, adjustments } = input;
  const { registryOf } = schools;
  const thresholds = thresholdsFor(input);
  const columns = columnsOf(ordinals, input);
  const n = evaluated.length;
  // The year's «no data» finding of a criterion is the same for every school: one shared object.
  const noData: (Finding | undefined)[] = evaluated.map(() => undefined);
  const findingsOf = (o: number): Finding[] => {
    const findings = new Array<Finding>(n);
    for (let i = 0; i < n; i++) {
      const code = evaluated[i];
      findings[i] = columns[i]?.finding(o) ?? (noData[i] ??= noDataFinding(code, year, texts, NO_DATA_NOTE[code], thresholds[code]));
    }
    return findings;
  };
  // A column says whether it flags a school without building the finding (a no-data finding never flags).
  const flaggedOf = (o: number): CriterionCode[] => {
    const codes: CriterionCode[] = [];
    for (let i = 0; i < n; i++) if (columns[i]?.flagged(o)) codes.push(evaluated[i]);
    return codes;
  };
  const SchoolYear = schoolYearClass({
    year,
    keyOf: schools.keyOf,
    nameOf: schools.nameOf,
    noDataOf: (o) => missingFamilies(registryOf[o], gaps, o),
    unreliableOf: (o) => unreliableFamilies(gaps, o),
    findingsOf,
    flaggedOf,
  });
  const list = new Array<SchoolYearResult>(ordinals.length);
  const ordinalOf = new Int32Array(ordinals.length);
  const byOrdinal = new Array<SchoolYearResult | undefined>(schools.keyOf.length);
  const flagged = new Int32Array(CRITERION_CODES.length);
  const codeIndex = evaluated.map((c) => CRITERION_CODES.indexOf(c));
  const isLowCode = evaluated.map((c) => c === 'R1' || c === 'R2');
  const isLowGroup = evaluated.map((c) => GROUP_OF[c] === 'ШНОР');
  // A group is decided by the criteria of it that are evaluated: none evaluated, nobody is in it.
  const lowEvaluated = isLowGroup.includes(true);
  const socialEvaluated = isLowGroup.includes(false);
  const lowNeedsAll = settings.mode.low === 'all';
  const socialNeedsAll = settings.mode.social === 'all';
  const lowByOrdinal = new Uint8Array(schools.keyOf.length);
  for (let k = 0; k < ordinals.length; k++) {
    const o = ordinals[k];
    const key = schools.keyOf[o];
    let lowAny = false;
    let lowEvery = true;
    let socialAny = false;
    let socialEvery = true;
    for (let i = 0; i < n; i++) {
      const isFlagged = columns[i]?.flagged(o) ?? false;
      if (isFlagged) {
        flagged[codeIndex[i]]++;
        if (isLowCode[i]) lowByOrdinal[o] = 1;
      }
      if (isLowGroup[i]) (lowAny ||= isFlagged), (lowEvery &&= isFlagged);
      else (socialAny ||= isFlagged), (socialEvery &&= isFlagged);
    }
    const byCriteria = groupList(lowEvaluated && (lowNeedsAll ? lowEvery : lowAny), socialEvaluated && (socialNeedsAll ? socialEvery : socialAny));
    const adj = adjustments?.byKeyYear.get(`${key}|${year}`);
    const applied = adj ? applyAdjustments(byCriteria, adj) : null;
    const r = new SchoolYear(o, applied ? applied.groups : byCriteria, byCriteria);
    if (applied) r.adjustment = { changes: applied.changes };
    list[k] = r;
    ordinalOf[k] = o;
    byOrdinal[o] = r;
  }
  return { list, ordinalOf, byOrdinal, flagged, lowByOrdinal };
};
