/** Shared shaping of function results: header rows in the user's language, numbers rounded for display. */
import type { Finding, SchoolYearResult } from '../domain';
import type { Language } from '../i18n/bilingual';

export type SpillCell = string | number | boolean;
export type Spill = SpillCell[][];

export const header = (language: Language, ru: string[], en: string[]): string[] => (language === 'en' ? en : ru);

export const flaggedCodes = (school: SchoolYearResult): string => school.flaggedCodes.join(', ');

export const findingOf = (school: SchoolYearResult, code: Finding['code']): Finding | undefined => school.findings.find((f) => f.code === code);

/** Domain values keep full precision; functions show one decimal like the output sheets' '0.0' format would. */
export const rounded = (x: number, decimals = 1): number => Math.round(x * 10 ** decimals) / 10 ** decimals;
