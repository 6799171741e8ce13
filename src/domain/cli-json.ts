import type { Problem } from './problem';
import type { IdentificationResult, NotEvaluated, TeacherCode } from './types';
import type { CriterionCode, GroupName } from './settings';

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
    .map((t) => ({ teacher: t.teacher, school: t.schoolName, subject: t.subject ?? null, code: t.code, value: t.value, threshold: t.threshold })),
  problems: [...problems, ...result.problems],
  notEvaluated: result.notEvaluated,
});
