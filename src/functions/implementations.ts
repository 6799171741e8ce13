/** Each catalogue id with the wrapper Excel calls (test/functions/metadata.test.ts checks ids and arity). */
import {
  lowestQuartileFunction,
  missingTargetsFunction,
  olympiadShareFunction,
  partnerForFunction,
  riskReasonsFunction,
  schoolRiskFunction,
  scoreGapFunction,
  socialIndexFunction,
  targetStatusFunction,
  teacherRiskFunction,
} from './functions';

export const FUNCTION_IMPLEMENTATIONS: Record<string, (...args: never[]) => unknown> = {
  SCHOOL_RISK: schoolRiskFunction,
  SCORE_GAP: scoreGapFunction,
  LOWEST_QUARTILE: lowestQuartileFunction,
  SOCIAL_INDEX: socialIndexFunction,
  OLYMPIAD_SHARE: olympiadShareFunction,
  TEACHER_RISK: teacherRiskFunction,
  RISK_REASONS: riskReasonsFunction,
  TARGET_STATUS: targetStatusFunction,
  MISSING_TARGETS: missingTargetsFunction,
  PARTNER_FOR: partnerForFunction,
};
