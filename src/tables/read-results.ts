import { appendAll } from '../util/append-all';
import type { Family, RegionalRecord, ResultRecord, School, TeacherRecord } from '../domain/records';
import { columnLetter } from './sheet-spec';
import { parseYear } from './cells';
import { FieldId, SUBJECT_MEASURES } from './fields';
import { makeProblem } from './problems';
import { checkRegionalAverages } from './regional-check';
import { RowReader } from './row-reader';
import { resultRowSchema } from './schemas';
import { schoolKey, schoolName } from './school-key';
import { classifiedRows, col, SheetContext } from './sheet-context';
import { findSubject, resolveScale, SubjectScale } from './subjects';
import { defaultGrade, detectFamily } from './title-meta';
import type { SheetOutput } from './sheet-output';

interface Entry {
  reader: RowReader;
  role: 'school' | 'region' | 'area-total';
  school?: School;
  teacher?: string;
  year: number;
  family: Family;
  subject: string;
  grade?: number;
  values: Partial<Record<FieldId, number | null>>;
  cols: Partial<Record<FieldId, number>>;
}

const MEASURES: FieldId[] = [...SUBJECT_MEASURES, 'continuedToGrade10Share'];

const parseGrade = (text: string): number | undefined => {
  const m = /\d{1,2}/.exec(text);
  return m ? Number(m[0]) : undefined;
};

/** Results sheets, wide (subject groups × measures) or long (a subject column), and teachers' sheets. */
export const readResults = (ctx: SheetContext, out: SheetOutput): void => {
  const { grid, mapping, problems } = ctx;
  const sheet = grid.sheet;
  const isTeachers = mapping.kind === 'teachers';
  const [yearCol, familyCol, subjectCol, gradeCol] = (['year', 'family', 'subject', 'grade'] as FieldId[]).map((f) => col(ctx, f));
  const entries: Entry[] = [];
  const seen = new Map<string, number>();
  const unknownSubjects = new Set<string>();
  const schoolColumn = columnLetter(col(ctx, 'school') ?? 0);
  // Long layout: the same measure columns on every row (the entries keep it read-only).
  const longMeasureColumns: Partial<Record<FieldId, number>> = Object.fromEntries(
    MEASURES.flatMap((f) => (col(ctx, f) !== undefined ? [[f, col(ctx, f)!]] : [])),
  );
  // Wide layout: each subject's measure columns, the same on every row.
  const wideGroups: [string, Partial<Record<FieldId, number>>][] = [...ctx.subjectCols].map(([subject, m]) => [subject, Object.fromEntries(m)]);
  let yearMissing = false;
  let familyMissing = false;

  for (const { reader, role, municipality } of classifiedRows(ctx)) {
    if (role === 'municipality') out.report.subtotalRows.push(reader.rowNumber);
    if (role !== 'school' && role !== 'region' && role !== 'area-total') continue;
    let year: number | null | undefined = mapping.year;
    if (yearCol !== undefined && reader.text(yearCol) !== '') {
      year = parseYear(reader.raw(yearCol));
      if (year === null) problems.push(makeProblem('bad-year', { sheet, row: reader.rowNumber, column: columnLetter(yearCol) }, { text: reader.text(yearCol) }));
    }
    if (year === undefined) yearMissing = true;
    let family: Family | null | undefined = mapping.family;
    if (familyCol !== undefined && reader.text(familyCol) !== '') {
      family = detectFamily(reader.text(familyCol));
      if (!family) problems.push(makeProblem('bad-family', { sheet, row: reader.rowNumber, column: columnLetter(familyCol) }, { text: reader.text(familyCol) }));
    }
    if (family === undefined) familyMissing = true;

    let school: School | undefined;
    if (role === 'school') {
      const name = schoolName(reader.text(col(ctx, 'school')));
      school = { key: schoolKey(name), name, municipality, source: { sheet, row: reader.rowNumber } };
      const code = reader.text(col(ctx, 'code'));
      if (code) school.code = code;
      const graduates = reader.number(col(ctx, 'graduates'), 'graduates');
      if (col(ctx, 'graduates') !== undefined) school.graduates = graduates;
    }
    if (role === 'region') out.report.regionRow ??= reader.rowNumber;
    if (role === 'area-total') out.report.subtotalRows.push(reader.rowNumber);
    if (!year || !family) continue;

    const grade = gradeCol !== undefined && reader.text(gradeCol) ? parseGrade(reader.text(gradeCol)) : defaultGrade(family);
    const groups = wideGroups.slice();
    if (subjectCol !== undefined) {
      const text = reader.text(subjectCol);
      const subject = findSubject(text, ctx.catalogue);
      if (!subject) {
        if (text && !unknownSubjects.has(text)) {
          unknownSubjects.add(text);
          problems.push(makeProblem('unknown-subject', { sheet, row: reader.rowNumber, column: columnLetter(subjectCol) }, { text }));
        }
      } else groups.push([subject, longMeasureColumns]);
    }
    const teacher = isTeachers ? reader.text(col(ctx, 'teacher')) : undefined;
    const isDuplicate = (key: string, s: School, extra: string): boolean => {
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, reader.rowNumber);
        return false;
      }
      problems.push(makeProblem('duplicate-school', { sheet, row: reader.rowNumber, column: schoolColumn }, { school: s.name, first, extra, extraEn: extra }));
      return true;
    };
    if (school && subjectCol === undefined && isDuplicate(`${school.key}|${year}|${family}`, school, '')) continue;
    if (school) out.schools.push(school);
    for (const [subject, cols] of groups) {
      const values: Partial<Record<FieldId, number | null>> = {};
      for (const [f, c] of Object.entries(cols) as [FieldId, number][]) values[f] = reader.number(c, f);
      const hasAny = Object.values(values).some((v) => v !== null && v !== undefined);
      if (!hasAny && subjectCol === undefined) continue;
      if (school && subjectCol !== undefined && isDuplicate([school.key, year, family, subject, grade, teacher].join('|'), school, ` (${subject})`)) continue;
      entries.push({ reader, role, school, teacher, year, family, subject, grade, values, cols });
    }
    if (year) out.years.add(year);
    if (family) out.families.add(family);
  }
  if (yearMissing) problems.push(makeProblem('year-not-found', { sheet }));
  if (familyMissing) problems.push(makeProblem('family-not-found', { sheet }));

  const regionEntries = entries.filter((e) => e.role === 'region');
  const areaTotals = entries.filter((e) => e.role === 'area-total');
  const areaRows = [...new Set(areaTotals.map((e) => e.reader.rowNumber))];
  if (regionEntries.length === 0 && areaRows.length === 1) {
    const row = areaRows[0];
    problems.push(makeProblem('district-total-as-region', { sheet, row }, { text: areaTotals[0].reader.text(col(ctx, 'school') ?? 0) || areaTotals[0].reader.text(0) }));
    for (const e of areaTotals) e.role = 'region';
    out.report.regionRow = row;
    out.report.subtotalRows = out.report.subtotalRows.filter((r) => r !== row);
  }

  const scales = new Map<string, SubjectScale | null>();
  const groupKey = (e: Entry) => `${e.family}|${e.subject}|${e.grade ?? ''}`;
  // Schools' averages per family, subject and grade, in one pass: the scale is decided per group.
  const groups = new Map<string, { first: Entry; averages: (number | null)[] }>();
  for (const e of entries) {
    const key = groupKey(e);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { first: e, averages: [] }));
    if (e.role === 'school') group.averages.push(e.values.average ?? null);
  }
  for (const [key, { first: e, averages }] of groups) {
    const scale = resolveScale(e.subject, e.family, e.grade, averages, ctx.catalogue);
    scales.set(key, scale);
    if (!scale) problems.push(makeProblem('unknown-scale', { sheet, row: e.reader.rowNumber }, { subject: e.subject, family: e.family, grade: e.grade ? `, ${e.grade} кл.` : '' }));
  }

  const regionals: { record: RegionalRecord; column?: string }[] = [];
  const regionalSeen = new Set<string>();
  for (const e of entries) {
    const scale = scales.get(groupKey(e));
    if (!scale) continue;
    const v = e.values;
    const source = { sheet, row: e.reader.rowNumber };
    e.reader.validate(resultRowSchema, { ...v, maxScore: scale.max }, (f) => e.cols[f as FieldId], { subject: e.subject, max: scale.max, participants: v.participants ?? '', below: v.belowMinimum ?? '' });
    const belowMinimumShare = v.belowMinimumShare ?? (v.belowMinimum != null && v.participants ? (v.belowMinimum / v.participants) * 100 : null);
    if (e.role === 'region') {
      if (e.cols.average === undefined && e.cols.participants === undefined) continue;
      regionals.push({ record: { year: e.year, family: e.family, subject: e.subject, grade: e.grade, participants: v.participants ?? null, average: v.average ?? null, maxScore: scale.max, source }, column: e.cols.average !== undefined ? columnLetter(e.cols.average) : undefined });
      continue;
    }
    if (e.role !== 'school' || !e.school) continue;
    const g = e.school.graduates;
    if (g != null && v.participants != null && v.participants > g)
      problems.push(makeProblem('participants-over-graduates', { sheet, row: source.row, column: columnLetter(e.cols.participants ?? 0) }, { subject: e.subject, participants: v.participants, graduates: g }));
    if (v.regionalAverage != null) {
      const key = `${e.year}|${e.family}|${e.subject}|${e.grade ?? ''}`;
      if (!regionalSeen.has(key)) {
        regionalSeen.add(key);
        out.regional.push({ year: e.year, family: e.family, subject: e.subject, grade: e.grade, participants: null, average: v.regionalAverage, maxScore: scale.max, source });
      }
    }
    if (isTeachers) {
      const t: TeacherRecord = { teacher: e.teacher ?? '', schoolKey: e.school.key, schoolName: e.school.name, subject: e.subject, year: e.year, family: e.family, grade: e.grade, participants: v.participants ?? null, average: v.average ?? null, regionalAverage: v.regionalAverage ?? null, maxScore: scale.max, belowMinimumShare, qualityShare: v.qualityShare ?? null, continuedToGrade10Share: v.continuedToGrade10Share ?? null, source };
      out.teachers.push(t);
      continue;
    }
    const r: ResultRecord = { schoolKey: e.school.key, schoolName: e.school.name, municipality: e.school.municipality, year: e.year, family: e.family, subject: e.subject, grade: e.grade, participants: v.participants ?? null, average: v.average ?? null, maxScore: scale.max, belowMinimum: v.belowMinimum ?? null, belowMinimumShare, qualityShare: v.qualityShare ?? null, source };
    out.results.push(r);
  }
  appendAll(problems, checkRegionalAverages(regionals, out.results));
  appendAll(out.regional, regionals.map((r) => r.record));
};

