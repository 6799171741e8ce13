import type { Problem } from '../domain/problem';
import { jsonChunks, MappedItems } from './json-chunks';
import { SCHOOL_STATUS_LABELS, type IdentificationResult, type NotEvaluated, type SchoolYearResult, type TeacherCode } from '../domain/types';
import type { CriterionCode, GroupName } from '../domain/criteria';

/**
 * The CLI's JSON contract: one entry per school and year (flagged or not), with the FLAGGED
 * criteria only, each with its value and threshold.
 */

export interface CliCriterion {
  code: CriterionCode;
  value: number | boolean | null;
  threshold: number | boolean | null;
  margin: number | null;
  unit: string;
  rule: string;
}

export interface CliSchool {
  name: string;
  municipality: string | null;
  year: number;
  groups: GroupName[];
  stable: boolean;
  status: string;
  criteria: CliCriterion[];
  noData: string[];
  adjustment: { action: string; group: GroupName; reason: string }[] | null;
}

export interface CliTeacher {
  teacher: string;
  school: string;
  subject: string | null;
  code: TeacherCode;
  value: number | null;
  threshold: number;
  /** The years whose data were used (a partial window lists fewer). */
  years: number[];
  /** «данные за 2 из 3 лет: …», T2.1's missing subjects. */
  note?: string;
}

export interface CliJson {
  years: number[];
  schools: CliSchool[];
  teachers: CliTeacher[];
  problems: Problem[];
  /** Why a criterion was not evaluated, Russian and English. */
  notEvaluated: { code: NotEvaluated['code']; reason: string; reasonEn: string }[];
}

const toCliSchool = (s: SchoolYearResult): CliSchool => ({
  name: s.name,
  municipality: s.municipality ?? null,
  year: s.year,
  groups: s.groups,
  stable: s.stable,
  status: SCHOOL_STATUS_LABELS[s.status].ru,
  criteria: s.findings
    .filter((f) => f.flagged)
    .map((f) => ({ code: f.code, value: f.value, threshold: f.threshold, margin: f.margin, unit: f.unit, rule: f.rule.ru })),
  noData: s.noData,
  adjustment: s.adjustment ? s.adjustment.changes.map((c) => ({ action: c.action, group: c.group, reason: c.reason })) : null,
});

/** The contract as JSON text in pieces (json-chunks.ts): the school entries are made a batch at a time as they are written. */
export const cliJsonChunks = (result: IdentificationResult, problems: Problem[] = []): Generator<string> => {
  const { years, teachers, problems: all, notEvaluated } = toCliJson({ ...result, schools: [] }, problems);
  return jsonChunks({ years, schools: new MappedItems(result.schools, toCliSchool), teachers, problems: all, notEvaluated });
};

export const toCliJson = (result: IdentificationResult, problems: Problem[] = []): CliJson => ({
  years: result.years,
  schools: result.schools.map(toCliSchool),
  teachers: result.teachers
    .filter((t) => t.flagged)
    .map((t) => {
      const out: CliTeacher = { teacher: t.teacher, school: t.schoolName, subject: t.subject ?? null, code: t.code, value: t.value, threshold: t.threshold, years: t.years };
      if (t.note) out.note = t.note;
      return out;
    }),
  problems: [...problems, ...result.problems],
  notEvaluated: result.notEvaluated.map((n) => ({ code: n.code, reason: n.reason.ru, reasonEn: n.reason.en })),
});
