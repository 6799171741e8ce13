import type { MonitoringRecord } from '../records';
import { compareWithTarget, statusOf, targetFor } from './status';
import { MEASURES } from './default-indicators';
import { monitoringNumber } from './values';
import {
  MONITORING_STAGES,
  type DistrictMonitoring,
  type Indicator,
  type MonitoringStage,
  type TargetOutcome,
  type TargetPair,
  type TargetStatus,
} from './types';

/**
 * «Контроль показателей»: every programme school against every school indicator of the year, and the
 * district indicators on district totals. A school without a value is «нет данных», counted apart
 * from the failures. Pairs of the partner-pairing sheet count as concluded agreements.
 */

export interface ProgrammeSchool {
  key: string;
  name: string;
  municipality?: string;
  groups: string[];
}

export interface TargetInput {
  year: number;
  /** Only indicators due by this stage are evaluated; by default the final stage (all). */
  stage?: MonitoringStage;
  indicators: readonly Indicator[];
  schools: readonly ProgrammeSchool[];
  /** Monitoring of any years; the year's records are used. A later stage's value wins. */
  monitoring: readonly (MonitoringRecord & { stage?: MonitoringStage })[];
  district?: readonly DistrictMonitoring[];
  pairs?: readonly TargetPair[];
}

export interface SchoolControl {
  school: ProgrammeSchool;
  /** One outcome per school indicator, in TargetControl.schoolIndicators order. */
  outcomes: TargetOutcome[];
  met: number;
  missed: number;
  noData: number;
  /** Where the school's monitoring row is. */
  source?: { sheet: string; row: number };
}

export interface IndicatorCount {
  indicatorId: string;
  met: number;
  missed: number;
  noData: number;
}

export interface TargetControl {
  year: number;
  stage: MonitoringStage;
  schoolIndicators: Indicator[];
  districtIndicators: Indicator[];
  schools: SchoolControl[];
  district: TargetOutcome[];
  /** Per school indicator: schools that met, missed, had no data. */
  counts: IndicatorCount[];
  /** Schools that missed at least one target, in schools order. */
  missing: SchoolControl[];
}

export const AGREEMENT_MEASURE = MEASURES.agreement;

const stageIndex = (s: MonitoringStage | undefined): number => MONITORING_STAGES.indexOf(s ?? 'final');

/**
 * The year's monitoring values of each school, later stages over earlier ones (blank never
 * overwrites). A school with one record (the usual case) keeps its record's values as they are.
 */
const valuesBySchool = (records: TargetInput['monitoring'], year: number) => {
  const byKey = new Map<string, { values: MonitoringRecord['values']; source: { sheet: string; row: number }; stage: number }>();
  for (const r of records) {
    if (r.year !== year) continue;
    const stage = stageIndex(r.stage);
    const entry = byKey.get(r.schoolKey);
    if (!entry) {
      byKey.set(r.schoolKey, { values: r.values, source: r.source, stage });
      continue;
    }
    const [early, late] = stage >= entry.stage ? [entry.values, r.values] : [r.values, entry.values];
    const values: MonitoringRecord['values'] = { ...early };
    for (const [k, v] of Object.entries(late)) if (monitoringNumber(v) !== null || !(k in values)) values[k] = v;
    byKey.set(r.schoolKey, { values, source: stage >= entry.stage ? r.source : entry.source, stage: Math.max(stage, entry.stage) });
  }
  return byKey;
};

const PAIR_NOTE = 'договор учтён по листу партнёров';

/** A school's value of one measure, with the pairs counted for the agreement. */
const schoolActual = (values: MonitoringRecord['values'] | undefined, measure: string, paired: boolean): { actual: number | null; note?: string } => {
  const cell = values?.[measure];
  const raw = typeof cell === 'number' ? cell : monitoringNumber(cell);
  const actual = raw === 'unreadable' ? null : raw;
  if (measure === AGREEMENT_MEASURE && paired && !(actual !== null && actual > 0)) return { actual: 1, note: PAIR_NOTE };
  if (raw === 'unreadable') return { actual: null, note: 'значение не распознано' };
  return { actual };
};

const outcome = (indicator: Indicator, target: number | null, actual: number | null, note?: string): TargetOutcome => {
  const status = statusOf(actual, target, indicator.comparison);
  const shortfall = status === 'missed' ? compareWithTarget(actual, target, indicator.comparison).shortfall : status === 'met' ? 0 : null;
  const o: TargetOutcome = { indicatorId: indicator.id, status, actual, target, shortfall };
  if (note) o.note = note;
  return o;
};

const bump = (c: { met: number; missed: number; noData: number }, s: TargetStatus): void => {
  c[s]++;
};

export const evaluateTargets = (input: TargetInput): TargetControl => {
  const stage = input.stage ?? 'final';
  const due = input.indicators.filter((i) => stageIndex(i.stage) <= stageIndex(stage));
  const schoolIndicators = due.filter((i) => i.level === 'school');
  const districtIndicators = due.filter((i) => i.level === 'district');
  const byKey = valuesBySchool(input.monitoring, input.year);
  const paired = new Set((input.pairs ?? []).map((p) => p.schoolKey));
  const counts: IndicatorCount[] = schoolIndicators.map((i) => ({ indicatorId: i.id, met: 0, missed: 0, noData: 0 }));
  const targets = schoolIndicators.map((i) => targetFor(i, input.year));

  const schools: SchoolControl[] = input.schools.map((school) => {
    const entry = byKey.get(school.key);
    const control: SchoolControl = { school, outcomes: [], met: 0, missed: 0, noData: 0, ...(entry ? { source: entry.source } : {}) };
    for (let i = 0; i < schoolIndicators.length; i++) {
      const indicator = schoolIndicators[i];
      const { actual, note } = schoolActual(entry?.values, indicator.measure, paired.has(school.key));
      const o = outcome(indicator, targets[i], actual, note);
      control.outcomes.push(o);
      bump(control, o.status);
      bump(counts[i], o.status);
    }
    return control;
  });

  const districtValues: Record<string, MonitoringRecord['values'][string]> = {};
  for (const d of input.district ?? []) if (d.year === input.year) for (const [k, v] of Object.entries(d.values)) if (monitoringNumber(v) !== null) districtValues[k] = v;

  const district = districtIndicators.map((indicator) => {
    const basis = indicator.basis ?? { kind: 'entered' as const };
    if (basis.kind === 'entered') {
      const raw = monitoringNumber(districtValues[indicator.measure] as MonitoringRecord['values'][string] | undefined);
      return outcome(indicator, targetFor(indicator, input.year), raw === 'unreadable' ? null : raw, raw === 'unreadable' ? 'значение не распознано' : undefined);
    }
    const actuals: number[] = [];
    let fromPairs = 0;
    for (const school of input.schools) {
      const { actual, note } = schoolActual(byKey.get(school.key)?.values, basis.measure, paired.has(school.key));
      if (actual === null) continue;
      actuals.push(actual);
      if (note === PAIR_NOTE) fromPairs++;
    }
    const total = input.schools.length;
    const pairsNote = fromPairs > 0 ? `; из них по листу партнёров: ${fromPairs}` : '';
    const note = `по ${actuals.length} школам с данными из ${total}${pairsNote}`;
    const target = targetFor(indicator, input.year);
    if (actuals.length === 0) return outcome(indicator, target, null, note);
    const value =
      basis.kind === 'sum'
        ? actuals.reduce((a, b) => a + b, 0)
        : basis.kind === 'countSchools'
          ? actuals.filter((a) => a >= basis.atLeast).length
          : (actuals.filter((a) => a >= basis.atLeast).length / actuals.length) * 100;
    return outcome(indicator, target, value, note);
  });

  return {
    year: input.year,
    stage,
    schoolIndicators,
    districtIndicators,
    schools,
    district,
    counts,
    missing: schools.filter((s) => s.missed > 0),
  };
};
