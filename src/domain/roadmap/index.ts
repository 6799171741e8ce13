/** Public API of the roadmap: catalogue, planning, adapter from identification. Pure. */
export * from './types';
export { defaultCatalogue, SECTIONS } from './default-catalogue';
export { buildRoadmap, fillExpectedResult, RoadmapInputError } from './plan';
export { parseSchoolYear, schoolYearAfter, sheetYearLabel, monthLabel } from './school-calendar';
export { parseTimingMonths, resolveTiming, formatMonths } from './timing';
export { formatTrigger, parseTrigger, triggerMatches, SOCIAL_COMPONENT_LABELS } from './triggers';
export { roadmapInputFromIdentification, flaggedSocialComponents, type RoadmapInputOptions } from './from-identification';
