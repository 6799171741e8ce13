import type { Family, SourceRef } from './records';
import type { CriterionCode, GroupName } from './criteria';
import type { Problem } from './problem';
import type { Bilingual } from '../i18n/bilingual';

/**
 * Result shapes of identification. Everything is JSON-serialisable.
 *
 * Margin convention: margin = value − threshold, always. For rules where a LOW value flags
 * (R1, R3, S1, T1, T3.1 quality) a flagged school has margin ≤ 0 (R1, S1, R3) or < 0 (T1);
 * for rules where a HIGH value flags (R2, S3, T2.2, T3) it has margin > 0 (R2, T2.2) or ≥ 0 (S3, T3).
 */

/** One family's contribution to R1/R2 (or one component of S1). */
export interface FindingPart {
  label: string; // 'ЕГЭ', 'ОГЭ', 'ВПР' or an index component
  value: number | null;
  participants?: number | null;
  /** Percentile rank (0 = worst) of this family among the ranked schools (R1 only). */
  rank?: number | null;
  reliable?: boolean;
}

export interface Finding {
  code: CriterionCode;
  flagged: boolean;
  value: number | boolean | null;
  threshold: number | boolean | null;
  margin: number | null;
  year: number;
  participants?: number | null;
  unit: string;
  /** The rule's text with the threshold filled in. */
  rule: Bilingual;
  source: SourceRef[];
  /** The breakdown (R1, R2: per family; S1: per component) when identify ran with `explain`; S3's two shares always. */
  parts?: FindingPart[];
  /** Why value is null or what was special about it (Russian). */
  note?: string;
  /** The data year actually used when it differs from `year` (social passport, territory). */
  dataYear?: number;
}

/**
 * A school's change against the year before. noData («нет данных»): no results at all in the year and in
 * no group: not evaluated, which is not notIn («не входит»). Shown through SCHOOL_STATUS_LABELS.
 */
export type SchoolStatus = 'entered' | 'stayed' | 'left' | 'notIn' | 'noData';

export const SCHOOL_STATUS_LABELS: Record<SchoolStatus, Bilingual> = {
  entered: { ru: 'вошла', en: 'entered' },
  stayed: { ru: 'осталась', en: 'stayed' },
  left: { ru: 'вышла', en: 'left' },
  notIn: { ru: 'не входит', en: 'not in' },
  noData: { ru: 'нет данных', en: 'no data' },
};

export type AdjustmentAction = 'include' | 'exclude';

/** An expert decision («уточнение на экспертном уровне», seed 002): never applied without a reason. */
export interface Adjustment {
  /** School key, or the school's name as typed (matched to the key by the caller or by exact name). */
  school: string;
  /** The name as written, for messages (when `school` is a key). */
  schoolName?: string;
  /** The evaluated year it concerns; the last year asked for when absent (the pane's drafts before a run). */
  year?: number;
  action: AdjustmentAction;
  group: GroupName;
  reason: string;
  source?: SourceRef;
}

export interface AppliedAdjustment {
  action: AdjustmentAction;
  group: GroupName;
  reason: string;
  /** False when the school already was (or was not) in the group by the criteria. */
  changed: boolean;
  source?: SourceRef;
}

export interface SchoolYearResult {
  schoolKey: string;
  name: string;
  municipality?: string;
  year: number;
  /** Final groups, after expert adjustments. */
  groups: GroupName[];
  /** Groups by the criteria alone, before adjustments. */
  groupsByCriteria: GroupName[];
  /**
   * Low results (R1 or R2, before expert adjustments) in this year and in the year before, whatever years
   * are reported («устойчиво низкие»: «результаты ЕГЭ, ОГЭ и ВПР за последние два года»).
   */
  stable: boolean;
  status: SchoolStatus;
  findings: Finding[];
  /** The codes of the flagged findings (before adjustments), in their order: read without building the findings. */
  flaggedCodes: CriterionCode[];
  /** Families without participants this year: «нет данных», never treated as low. */
  noData: Family[];
  /** Families with fewer participants than the minimum: shown, not ranked, not in R2. */
  unreliable: Family[];
  adjustment?: { changes: AppliedAdjustment[] };
}

export type TeacherCode = 'T1' | 'T2.1' | 'T2.2' | 'T3.1' | 'T3.2';

export interface TeacherFinding {
  code: TeacherCode;
  teacher: string;
  schoolKey: string;
  schoolName: string;
  subject?: string;
  flagged: boolean;
  value: number | null;
  threshold: number;
  margin: number | null;
  /** T3.1's second condition (quality summed over the years); T2.1's per-subject comparison. */
  extra?: { label: string; value: number | null; threshold: number | null }[];
  /** The years whose data were used (only those: a partial window lists fewer). */
  years: number[];
  participants?: number | null;
  unit: string;
  rule: Bilingual;
  source: SourceRef[];
  /** A partial window («данные за 2 из 3 лет: …»), T2.1's missing subjects (Russian). */
  note?: string;
  /** T2.1 left unmet because fewer subjects than the minimum have data. */
  incomplete?: true;
}

export type GradeBand = '1–4' | '5–9' | '10–11';

export interface DeficitCell {
  schoolKey: string;
  schoolName: string;
  year: number;
  subject: string;
  band: GradeBand;
  /** (regional − school) in % of the subject maximum, participant-weighted over the band's rows. */
  gap: number | null;
  belowMinimumShare: number | null;
  participants: number;
  reasons: ('gap' | 'belowMinimum')[];
  source: SourceRef[];
}

export interface NotEvaluated {
  code: CriterionCode | TeacherCode;
  reason: Bilingual;
}

export interface YearSummary {
  year: number;
  schools: number;
  groups: Record<GroupName, number>;
  both: number;
  /** Schools flagged by each criterion (before adjustments). */
  criteria: Record<CriterionCode, number>;
  stable: number;
  entered: { schoolKey: string; name: string }[];
  left: { schoolKey: string; name: string }[];
  stayed: number;
  adjusted: number;
}

export interface IdentificationResult {
  years: number[];
  lastYear: number;
  schools: SchoolYearResult[];
  teachers: TeacherFinding[];
  deficits: DeficitCell[];
  summary: YearSummary[];
  /** Notes about the method and the data (regional rows replaced, adjustments not applied...). */
  notes: Bilingual[];
  /** Data problems found while computing (a wrong regional row), with sheet and row. */
  problems: Problem[];
  notEvaluated: NotEvaluated[];
  /** The school criteria evaluated, in CRITERION_CODES order: each school-year has one finding of each. */
  criteria: CriterionCode[];
  /** The description of the method, with thresholds, for the output sheets. */
  method: Bilingual[];
}
