/** Target indicators, their monitoring and the results over years. Pure. */
export * from './types';
export { defaultIndicators, MEASURES, AGREEMENTS_PLAN, AGREEMENTS_EXPECTED, type DefaultTargetOptions } from './default-indicators';
export { compareWithTarget, targetFor, comparisonSign, parseComparison } from './status';
export { monitoringNumber } from './values';
export { evaluateTargets, AGREEMENT_MEASURE, type TargetControl, type TargetInput, type SchoolControl, type ProgrammeSchool, type IndicatorCount } from './evaluate';
export { resultsOverTime, complianceShares, type ExitRule, type ResultsOverTime, type GroupYear, type SchoolOverTime } from './over-time';
