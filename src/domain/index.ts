/** Public API of the identification engine. Pure: no Office, no DOM, no I/O, no clock. */
export { identify, shownCriteria, type IdentifyOptions } from './identify';
export * from './criteria';
export * from './settings';
export * from './types';
export { compareYears, statusOf, type TrendRow, type IndicatorChange } from './trends';
export { evaluateTeachers, teacherRuleText } from './teachers';
export { deficitMap, gradeBand } from './deficits';
export { regionalAverages, gapPercent, type RegionalAverage, type RegionalAverages } from './gaps';
export { ruleText, UNIT } from './rules';
export { applyAdjustments, resolveAdjustments } from './adjustments';
export { settlementKey } from './territory';
