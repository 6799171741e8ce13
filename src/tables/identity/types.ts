import type { SourceRef } from '../../domain/records';

/** One row that names a school: a registry row, or a row of results, olympiads, social passport, teachers, monitoring. */
export interface Mention {
  name: string;
  municipality?: string;
  code?: string;
  source: SourceRef;
  /** Column letter of the school name, for problems. */
  column?: string;
  year?: number;
  registry: boolean;
  /** How many consecutive rows of the table it stands for (default 1), and their years other than `year`. */
  count?: number;
  moreYears?: number[];
}

/**
 * The rules that make two differently written rows one school, in the order they are tried
 * (README «Как Опора решает, что две строки — одна школа»). An exact match (same municipality and the
 * same name as written, up to case, quotes and spaces) is not a rule: it is never listed.
 */
export const MATCH_RULES = ['code', 'legal-form', 'municipality-type', 'honorary', 'settlement', 'school-type', 'name-only', 'user'] as const;
export type MatchRule = (typeof MATCH_RULES)[number];

/** How sure each rule is, 0..1: shown next to every match. */
export const RULE_CONFIDENCE: Record<MatchRule, number> = {
  code: 1,
  'legal-form': 0.95,
  'municipality-type': 0.9,
  honorary: 0.8,
  settlement: 0.75,
  'school-type': 0.7,
  'name-only': 0.65,
  user: 1,
};

/** One way a school is written: its municipality and full name normalised, and its code. */
export interface Variant {
  /** Stable id of the spelling, stored with the user's decisions: «<municipality> | <full name>», both normalised. */
  id: string;
  name: string;
  municipality: string;
  code?: string;
  /** First rows where it is written (at most a few), and the years it has data in. */
  sources: SourceRef[];
  years: number[];
}

export interface SchoolMatch {
  rule: MatchRule;
  confidence: number;
  a: Variant;
  b: Variant;
  /** The user's decision already taken for this pair. */
  decision?: 'confirm';
  /** The key both spellings resolved to. */
  key: string;
}

export type MatchAction = 'confirm' | 'split' | 'merge';

/** A decision of the user about two spellings, by their variant ids. */
export interface MatchDecision {
  action: MatchAction;
  a: string;
  b: string;
}

export type UnjoinedReason = 'ambiguous' | 'municipality-not-in-registry' | 'name-not-in-registry' | 'code-not-in-registry';

/** A school with data that the registry does not have, or a row that could not be joined at all. */
export interface Unjoined {
  variant: Variant;
  reason: UnjoinedReason;
  /** Russian and English reason with what to do. */
  text: string;
  textEn: string;
}

/** What resolution decided for one school. */
export interface Identity {
  key: string;
  /** The variant id of its main spelling (for a merge decision), and whether the registry has it. */
  id: string;
  registry: boolean;
  name: string;
  municipality?: string;
  code?: string;
}
