import type { Comparison, Indicator, TargetStatus } from './types';

/**
 * One comparison of an actual value with its target. No data is never a failure: a missing actual
 * gives «нет данных», and so does a missing target. Shares are compared as the user wrote them
 * (80 means 80 %); a tolerance of 1e-9 keeps 0.1 + 0.7 from missing 0.8.
 */

const EPSILON = 1e-9;

export interface StatusResult {
  status: TargetStatus;
  shortfall: number | null;
}

/** How far the actual is from the target in the direction that counts (≤ 0 = met; yes/no: 1 when not done). */
const gap = (actual: number, target: number, comparison: Comparison): number => {
  switch (comparison) {
    case 'yes':
      return actual > 0 ? 0 : 1;
    case 'ge':
      return target - actual;
    case 'le':
      return actual - target;
    case 'eq':
      return Math.abs(actual - target);
  }
};

/** The status alone (no object made: the control calls it for every school × indicator). */
export const statusOf = (actual: number | null, target: number | null, comparison: Comparison): TargetStatus => {
  if (actual === null || !Number.isFinite(actual) || target === null || !Number.isFinite(target)) return 'noData';
  return gap(actual, target, comparison) <= EPSILON ? 'met' : 'missed';
};

export const compareWithTarget = (actual: number | null, target: number | null, comparison: Comparison): StatusResult => {
  const status = statusOf(actual, target, comparison);
  return { status, shortfall: status === 'noData' ? null : status === 'met' ? 0 : gap(actual!, target!, comparison) };
};

/** The target of one year: the year's own value, else the indicator's general target. */
export const targetFor = (indicator: Pick<Indicator, 'target' | 'targetsByYear'>, year: number): number | null =>
  indicator.targetsByYear[year] ?? indicator.target;

const COMPARISON_SIGN: Record<Comparison, string> = { ge: '≥', le: '≤', eq: '=', yes: 'да/нет' };
export const comparisonSign = (c: Comparison): string => COMPARISON_SIGN[c];

/** «≥», «>=», «не менее», «да/нет»… → the comparison; null when unreadable. */
export const parseComparison = (text: string): Comparison | null => {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (['≥', '>=', '=>', 'не менее', 'ge', 'at least', '>'].includes(t)) return 'ge';
  if (['≤', '<=', '=<', 'не более', 'le', 'at most', '<'].includes(t)) return 'le';
  if (['=', '==', 'равно', 'eq', 'equal'].includes(t)) return 'eq';
  if (['да/нет', 'да', 'yes/no', 'yes', 'да / нет'].includes(t)) return 'yes';
  return null;
};
