import type { ZodType } from 'zod';
import { appendAll } from '../util/append-all';
import type { Family, RegionalRecord, ResultRecord, School, TeacherRecord } from '../domain/records';
import { columnLetter } from '../grid/column-letter';
import { FieldId, SUBJECT_MEASURES } from './fields';
import { makeProblem } from './problems';
import { impossibleFields } from './plausibility';
import { checkRegionalAverages } from './regional-check';
import { RowReader } from './row-reader';
import { resultRowsSchemaFor } from './schemas';
import { schoolKey } from './school-key';
import { classifiedRows, col, SheetContext } from './sheet-context';
import { findSubject, resolveScale, SubjectScale } from './subjects';
import { defaultGrade, detectFamily } from './title-meta';
import { readYearCell } from './year-cell';
import type { SheetOutput } from './sheet-read-result';

interface Entry {
  reader: RowReader;
  role: 'school' | 'region' | 'area-total';
  school?: School;
  teacher?: string;
  mentor?: boolean;
  year: number;
  family: Family;
  subject: string;
  grade?: number;
  values: Partial<Record<FieldId, number | null>>;
  cols: Partial<Record<FieldId, number>>;
  schema: ZodType;
}

/** What one row of a school was about: a second row about the same is a duplicate. */
interface SeenRow {
  year: number;
  family: Family;
  subject?: string;
  grade?: number;
  teacher?: string;
  row: number;
}

/** One subject's measure columns, as the record the entry keeps and as pairs to read row by row. */
interface ColumnGroup {
  subject: string;
  cols: Partial<Record<FieldId, number>>;
  pairs: [FieldId, number][];
  /** The row rules over the group's measures, for a list of rows. */
  schema: ZodType;
}

const columnGroup = (subject: string, cols: Partial<Record<FieldId, number>>): ColumnGroup => ({
  subject,
  cols,
  pairs: Object.entries(cols) as [FieldId, number][],
  schema: resultRowsSchemaFor(Object.keys(cols)),
});

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
  // Per school key, what its rows were about: a school has a few dozen rows, a scan beats a joined key per row.
  const seen = new Map<string, SeenRow[]>();
  const unknownSubjects = new Set<string>();
  const schoolColumn = columnLetter(col(ctx, 'school') ?? 0);
  // Long layout: the same measure columns on every row (the entries keep it read-only).
  const longMeasureColumns: Partial<Record<FieldId, number>> = Object.fromEntries(
    MEASURES.flatMap((f) => (col(ctx, f) !== undefined ? [[f, col(ctx, f)!]] : [])),
  );
  // Wide layout: each subject's measure columns, the same on every row.
  const wideGroups: ColumnGroup[] = [...ctx.subjectCols].map(([subject, m]) => columnGroup(subject, Object.fromEntries(m)));
  // The long layout's group differs per row only by its subject: one per subject, made on first use.
  const longGroups = new Map<string, ColumnGroup>();
  /** `what.row` is this row's number; false (and `what` remembered) when the school has no earlier row about the same. */
  const isDuplicate = (s: School, what: SeenRow, extra: string): boolean => {
    // One school per municipality, name and code in one table.
    const id = s.municipality || s.code ? `${s.municipality ?? ''}\u0001${s.code ?? ''}\u0001${s.key}` : s.key;
    const rows = seen.get(id);
    if (!rows) {
      seen.set(id, [what]);
      return false;
    }
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      if (r.year !== what.year || r.family !== what.family || r.subject !== what.subject || r.grade !== what.grade || r.teacher !== what.teacher) continue;
      problems.push(makeProblem('duplicate-school', { sheet, row: what.row, column: schoolColumn }, { school: s.name, municipality: s.municipality ?? '', first: r.row, extra, extraEn: extra }));
      return true;
    }
    rows.push(what);
    return false;
  };
  let yearMissing = false;
  let familyMissing = false;

  const rows = classifiedRows(ctx);
  for (let i = 0; i < rows.length; i++) {
    const { reader, role, municipality } = rows[i];
    if (role === 'municipality') out.report.subtotalRows.push(reader.rowNumber);
    if (role !== 'school' && role !== 'region' && role !== 'area-total') continue;
    let year: number | null | undefined = mapping.year;
    if (yearCol !== undefined && reader.text(yearCol) !== '') {
      year = readYearCell(sheet, reader, yearCol, problems);
    }
    if (year === undefined) yearMissing = true;
    let family: Family | null | undefined = mapping.family;
    const familyText = familyCol !== undefined ? reader.text(familyCol) : '';
    if (familyText !== '') {
      family = detectFamily(familyText);
      if (!family) problems.push(makeProblem('bad-family', { sheet, row: reader.rowNumber, column: columnLetter(familyCol!) }, { text: familyText }));
    }
    if (family === undefined) familyMissing = true;

    let school: School | undefined;
    if (role === 'school') {
      const name = reader.text(col(ctx, 'school')); // cell text: spaces already tidied
      school = { key: schoolKey(name), name, municipality, source: { sheet, row: reader.rowNumber }, ...(year ? { year } : {}) };
      const code = reader.text(col(ctx, 'code'));
      if (code) school.code = code;
      const graduates = reader.number(col(ctx, 'graduates'), 'graduates');
      if (col(ctx, 'graduates') !== undefined) school.graduates = graduates;
    }
    if (role === 'region') out.report.regionRow ??= reader.rowNumber;
    if (role === 'area-total') out.report.subtotalRows.push(reader.rowNumber);
    if (!year || !family) continue;

    const grade = gradeCol !== undefined && reader.text(gradeCol) ? parseGrade(reader.text(gradeCol)) : defaultGrade(family);
    let groups = wideGroups;
    if (subjectCol !== undefined) {
      const text = reader.text(subjectCol);
      const subject = findSubject(text, ctx.catalogue);
      if (!subject) {
        if (text && !unknownSubjects.has(text)) {
          unknownSubjects.add(text);
          problems.push(makeProblem('unknown-subject', { sheet, row: reader.rowNumber, column: columnLetter(subjectCol) }, { text }));
        }
      } else {
        let group = longGroups.get(subject);
        if (!group) longGroups.set(subject, (group = columnGroup(subject, longMeasureColumns)));
        groups = groups.length === 0 ? [group] : [...groups, group];
      }
    }
    const teacher = isTeachers ? reader.text(col(ctx, 'teacher')) : undefined;
    const mentor = isTeachers && col(ctx, 'mentor') !== undefined ? reader.bool(col(ctx, 'mentor'), 'mentor') === true : false;
    if (school && subjectCol === undefined && isDuplicate(school, { year, family, subject: undefined, grade: undefined, teacher: undefined, row: reader.rowNumber }, '')) continue;
    if (school) out.schools.push(school);
    for (const { subject, cols, pairs, schema } of groups) {
      const values: Partial<Record<FieldId, number | null>> = {};
      let hasAny = false;
      for (const [f, c] of pairs) {
        const v = reader.number(c, f);
        values[f] = v;
        if (v !== null) hasAny = true;
      }
      if (!hasAny && subjectCol === undefined) continue;
      if (school && subjectCol !== undefined && isDuplicate(school, { year, family, subject, grade, teacher: teacher || undefined, row: reader.rowNumber }, ` (${subject})`)) continue;
      entries.push({ reader, role, school, teacher, ...(mentor ? { mentor } : {}), year, family, subject, grade, values, cols, schema });
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

  // Schools' averages per family, subject and grade, in one pass: the scale is decided per group.
  // Nested maps, not a joined key: no string is built per row.
  type ScaleGroup = { first: Entry; averages: (number | null)[] };
  const groups: ScaleGroup[] = [];
  const byFamily = new Map<Family, Map<string, Map<number | undefined, ScaleGroup>>>();
  const groupOf = new Array<ScaleGroup>(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    let bySubject = byFamily.get(e.family);
    if (!bySubject) byFamily.set(e.family, (bySubject = new Map()));
    let byGrade = bySubject.get(e.subject);
    if (!byGrade) bySubject.set(e.subject, (byGrade = new Map()));
    let group = byGrade.get(e.grade);
    if (!group) {
      byGrade.set(e.grade, (group = { first: e, averages: [] }));
      groups.push(group);
    }
    if (e.role === 'school') group.averages.push(e.values.average ?? null);
    groupOf[i] = group;
  }
  const scales = new Map<ScaleGroup, SubjectScale | null>();
  for (const group of groups) {
    const { first: e, averages } = group;
    const scale = resolveScale(e.subject, e.family, e.grade, averages, ctx.catalogue);
    scales.set(group, scale);
    if (!scale) problems.push(makeProblem('unknown-scale', { sheet, row: e.reader.rowNumber }, { subject: e.subject, family: e.family, grade: e.grade ? `, ${e.grade} кл.` : '' }));
  }

  // The row as checked: its values with the scale's maximum (added to the values object itself: no copy per row).
  const checked = entries.map((e, i): Record<string, unknown> | null => {
    const scale = scales.get(groupOf[i]);
    if (!scale) return null;
    const row = e.values as Record<string, unknown>;
    row.maxScore = scale.max;
    return row;
  });
  const issuesOf = checkRows(entries, checked);
  const regionals: { record: RegionalRecord; column?: string }[] = [];
  const regionalSeen = new Set<string>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const scale = scales.get(groupOf[i]);
    if (!scale) continue;
    const v = e.values;
    const source = { sheet, row: e.reader.rowNumber };
    const issues = issuesOf.get(i);
    if (issues) e.reader.reportIssues(issues, checked[i]!, (f) => e.cols[f as FieldId], { subject: e.subject, max: scale.max, participants: v.participants ?? '', below: v.belowMinimum ?? '' });
    // A school's value reported as impossible (a score over the maximum, more below the minimum than sat) is
    // not used; a total row's out-of-scale average is replaced by the school mean in regional-check.ts.
    if (issues && e.role === 'school') for (const f of impossibleFields(issues)) v[f] = null;
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
        // A column of the region's averages beside each school: a reference value (no participant count).
        const record: RegionalRecord = { year: e.year, family: e.family, subject: e.subject, grade: e.grade, participants: null, average: v.regionalAverage, maxScore: scale.max, source };
        regionals.push({ record, column: e.cols.regionalAverage !== undefined ? columnLetter(e.cols.regionalAverage) : undefined });
      }
    }
    if (isTeachers) {
      const t: TeacherRecord = { teacher: e.teacher ?? '', schoolKey: e.school.key, schoolName: e.school.name, subject: e.subject, year: e.year, family: e.family, grade: e.grade, participants: v.participants ?? null, average: v.average ?? null, regionalAverage: v.regionalAverage ?? null, maxScore: scale.max, belowMinimumShare, qualityShare: v.qualityShare ?? null, continuedToGrade10Share: v.continuedToGrade10Share ?? null, ...(e.mentor ? { mentor: true } : {}), source };
      out.teachers.push(t);
      continue;
    }
    const r: ResultRecord = { schoolKey: e.school.key, schoolName: e.school.name, municipality: e.school.municipality, year: e.year, family: e.family, subject: e.subject, grade: e.grade, participants: v.participants ?? null, average: v.average ?? null, maxScore: scale.max, belowMinimum: v.belowMinimum ?? null, belowMinimumShare, qualityShare: v.qualityShare ?? null, source };
    out.results.push(r);
  }
  appendAll(problems, checkRegionalAverages(regionals, out.results));
  appendAll(out.regional, regionals.map((r) => r.record));
};


type Issue = { path: PropertyKey[]; message: string };

/** The rows (null: not checked) validated one call per measure layout; issues by entry index, paths from the field on. */
const checkRows = (entries: readonly Entry[], rows: readonly (Record<string, unknown> | null)[]): Map<number, Issue[]> => {
  const bySchema = new Map<ZodType, number[]>();
  rows.forEach((row, i) => {
    if (!row) return;
    const schema = entries[i].schema;
    const list = bySchema.get(schema);
    if (list) list.push(i);
    else bySchema.set(schema, [i]);
  });
  const out = new Map<number, Issue[]>();
  for (const [schema, indices] of bySchema) {
    const result = schema.safeParse(indices.map((i) => rows[i]));
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const i = indices[issue.path[0] as number];
      const list = out.get(i) ?? [];
      list.push({ path: issue.path.slice(1), message: issue.message });
      out.set(i, list);
    }
  }
  return out;
};
