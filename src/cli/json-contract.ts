import type { Problem } from '../domain/problem';
import type { IdentificationResult, NotEvaluated, TeacherCode } from '../domain/types';
import type { CriterionCode, GroupName } from '../domain/settings';

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
  notEvaluated: NotEvaluated[];
}

export const toCliJson = (result: IdentificationResult, problems: Problem[] = []): CliJson => ({
  years: result.years,
  schools: result.schools.map((s) => ({
    name: s.name,
    municipality: s.municipality ?? null,
    year: s.year,
    groups: s.groups,
    stable: s.stable,
    status: s.status,
    criteria: s.findings
      .filter((f) => f.flagged)
      .map((f) => ({ code: f.code, value: f.value, threshold: f.threshold, margin: f.margin, unit: f.unit, rule: f.rule })),
    noData: s.noData,
    adjustment: s.adjustment ? s.adjustment.changes.map((c) => ({ action: c.action, group: c.group, reason: c.reason })) : null,
  })),
  teachers: result.teachers
    .filter((t) => t.flagged)
    .map((t) => {
      const out: CliTeacher = { teacher: t.teacher, school: t.schoolName, subject: t.subject ?? null, code: t.code, value: t.value, threshold: t.threshold, years: t.years };
      if (t.note) out.note = t.note;
      return out;
    }),
  problems: [...problems, ...result.problems],
  notEvaluated: result.notEvaluated,
});
