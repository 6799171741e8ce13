/**
 * Target indicators («целевые показатели») and their monitoring: what each programme school (or the
 * district) must reach in a year, and what it reached. Pure data, no Office, no I/O.
 */

/** Where the indicator is measured: in every programme school, or once for the district. */
export type IndicatorLevel = 'school' | 'district';

/** How the actual value is compared with the target; 'yes' = «да/нет» (done or not). */
export type Comparison = 'ge' | 'le' | 'eq' | 'yes';

/** Monitoring stages of the plan-schedule: входной (март), промежуточный (сентябрь), итоговый (ноябрь). */
export type MonitoringStage = 'entry' | 'intermediate' | 'final';
export const MONITORING_STAGES: readonly MonitoringStage[] = ['entry', 'intermediate', 'final'];

/**
 * How a district indicator gets its actual value: entered on the district rows of the monitoring
 * template, or computed from the programme schools' values of one measure.
 */
export type DistrictBasis =
  | { kind: 'entered' }
  /** Sum of the measure over the schools (yes counts 1). */
  | { kind: 'sum'; measure: string }
  /** Schools whose measure is at least `atLeast` (yes counts 1). */
  | { kind: 'countSchools'; measure: string; atLeast: number }
  /** Share of the schools with data, %, whose measure is at least `atLeast`. */
  | { kind: 'shareSchools'; measure: string; atLeast: number };

export type TargetValue = number;

export interface Indicator {
  /** Stable key: the catalogue row key, how user edits survive regeneration. */
  id: string;
  name: string;
  unit: string;
  level: IndicatorLevel;
  comparison: Comparison;
  /** The target for any year without its own value. null = no target set: the indicator is shown, not evaluated. */
  target: TargetValue | null;
  /** Targets of particular years (the «обязательства 2020…2023» columns of the target table). */
  targetsByYear: Record<number, TargetValue>;
  /** The fact of a base year, informative (the «Факт 2019» column). */
  fact?: { year: number; value: number };
  stage: MonitoringStage;
  /** School indicators: the monitoring value key (a column of the monitoring template). District: see basis. */
  measure: string;
  basis?: DistrictBasis;
  /** The document and point the default comes from, or the user's note. */
  source: string;
}

/** A partner pair (partner-pairing sheet): counts toward the agreement indicators. */
export interface TargetPair {
  schoolKey: string;
  partner: string;
}

/** The district's own monitoring values (entered indicators) for a year. */
export interface DistrictMonitoring {
  year: number;
  values: Record<string, number | boolean | string | null>;
  source?: { sheet: string; row: number };
}

export type TargetStatus = 'met' | 'missed' | 'noData';

export interface TargetOutcome {
  indicatorId: string;
  status: TargetStatus;
  /** The value compared: numbers; «да/нет» as 1 / 0. */
  actual: number | null;
  target: number | null;
  /** How far from the target (in the indicator's unit) when missed; 0 when met; null without data. */
  shortfall: number | null;
  /** What the value was made of (district: «по 12 школам из 14»; pairs counted…). */
  note?: string;
}
