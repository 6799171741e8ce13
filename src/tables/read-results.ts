import { appendAll } from '../util/append-all';
import type { Family, RegionalRecord, ResultRecord, TeacherRecord } from '../domain/records';
import { columnLetter } from '../grid/column-letter';
import type { FieldId } from './fields';
import { makeProblem } from './problems';
import { impossibleFields } from './plausibility';
import { checkRegionalAverages } from './regional-check';
import { cellText } from './cells';
import { RowReader } from './row-reader';
import { col, SheetContext } from './sheet-context';
import { resolveScale, SubjectScale } from './subjects';
import { collectEntries, type Entry } from './result-entries';
import { rowIssues, type RowIssue } from './schemas';
import type { SheetOutput } from './sheet-read-result';

/** Results sheets, wide (subject groups × measures) or long (a subject column), and teachers' sheets. */
export const readResults = (ctx: SheetContext, out: SheetOutput): void => {
  const entries = collectEntries(ctx, out);
  takeDistrictTotalAsRegion(ctx, entries, out);
  const scales = decideScales(ctx, entries);
  const regionals = emitRecords(ctx, entries, scales, out);
  appendAll(ctx.problems, checkRegionalAverages(regionals, out.results));
  appendAll(out.regional, regionals.map((r) => r.record));
};

/** Phase 2: a sheet with no region row but one district total row takes that row as its region's (reported). */
const takeDistrictTotalAsRegion = (ctx: SheetContext, entries: Entry[], out: SheetOutput): void => {
  let hasRegion = false;
  const areaTotals: Entry[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (entries[i].role === 'region') hasRegion = true;
    else if (entries[i].role === 'area-total') areaTotals.push(entries[i]);
  }
  const areaRows = [...new Set(areaTotals.map((e) => e.row))];
  if (hasRegion || areaRows.length !== 1) return;
  const row = areaRows[0];
  ctx.problems.push(makeProblem('district-total-as-region', { sheet: ctx.grid.sheet, row }, { text: cellText(areaTotals[0].cells[col(ctx, 'school') ?? 0] ?? null) || cellText(areaTotals[0].cells[0] ?? null) }));
  for (const e of areaTotals) e.role = 'region';
  out.report.regionRow = row;
  out.report.subtotalRows = out.report.subtotalRows.filter((r) => r !== row);
};

/** Entries by their scale: null where none was decided (those entries are not used). */
type EntryScales = (SubjectScale | null)[];

/**
 * Phase 3: the scale of every family, subject and grade, decided from its schools' averages (an unknown
 * one reported). Nested maps, not a joined key: no string is built per row.
 */
const decideScales = (ctx: SheetContext, entries: readonly Entry[]): EntryScales => {
  type ScaleGroup = { first: Entry; averages: (number | null)[]; scale?: SubjectScale | null };
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
  for (const group of groups) {
    const { first: e, averages } = group;
    group.scale = resolveScale(e.subject, e.family, e.grade, averages, ctx.catalogue);
    if (!group.scale) ctx.problems.push(makeProblem('unknown-scale', { sheet: ctx.grid.sheet, row: e.row }, { subject: e.subject, family: e.family, grade: e.grade ? `, ${e.grade} кл.` : '' }));
  }
  return groupOf.map((g) => g.scale ?? null);
};

/** An entry's row issues as problems at their fields' columns (a function of its own: a closure in the emitting loop would cost each row a context). */
const reportIssues = (ctx: SheetContext, e: Entry, issues: readonly RowIssue[], scale: SubjectScale): void => {
  const v = e.values;
  new RowReader(ctx.grid.sheet, e.cells, e.row, ctx.problems).reportIssues(issues, v as Record<string, unknown>, (f) => e.cols[f as FieldId], { subject: e.subject, max: scale.max, participants: v.participants ?? '', below: v.belowMinimum ?? '' });
};

interface Regional {
  record: RegionalRecord;
  column?: string;
}

/**
 * Phase 4: each entry with a scale checked against the row rules (an impossible school value is not
 * used) and turned into its record: a region's average, a teacher's or a school's result; a column of
 * the region's averages beside the schools gives one reference value per group.
 */
const emitRecords = (ctx: SheetContext, entries: readonly Entry[], scales: EntryScales, out: SheetOutput): Regional[] => {
  const { problems } = ctx;
  const sheet = ctx.grid.sheet;
  const isTeachers = ctx.mapping.kind === 'teachers';
  const regionals: Regional[] = [];
  const regionalSeen = new Set<string>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const scale = scales[i];
    if (!scale) continue;
    const v = e.values;
    // The row as checked against its layout's rules: its values with the scale's maximum (added to the values object itself: no copy per row).
    const checked = v as Record<string, unknown>;
    checked.maxScore = scale.max;
    const found = rowIssues(e.rules, checked);
    const issues = found.length > 0 ? found : undefined;
    // A school row's records point to its school's source (the same sheet and row): one object a row, not two.
    const source = e.school?.source ?? { sheet, row: e.row };
    if (issues) reportIssues(ctx, e, issues, scale);
    // A school's value reported as impossible (a score over the maximum, more below the minimum than sat) is
    // not used; a total row's out-of-scale average is replaced by the school mean in regional-check.ts.
    if (issues && e.role === 'school') for (const f of impossibleFields(issues)) v[f] = null;
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
    if (isTeachers) out.teachers.push(teacherRecord(e, scale, source));
    else out.results.push(resultRecord(e, scale, source));
  }
  return regionals;
};

const belowMinimumShareOf = (v: Entry['values']): number | null =>
  v.belowMinimumShare ?? (v.belowMinimum != null && v.participants ? (v.belowMinimum / v.participants) * 100 : null);

const teacherRecord = (e: Entry, scale: SubjectScale, source: TeacherRecord['source']): TeacherRecord => {
  const v = e.values;
  const school = e.school!;
  return { teacher: e.teacher ?? '', schoolKey: school.key, schoolName: school.name, subject: e.subject, year: e.year, family: e.family, grade: e.grade, participants: v.participants ?? null, average: v.average ?? null, regionalAverage: v.regionalAverage ?? null, maxScore: scale.max, belowMinimumShare: belowMinimumShareOf(v), qualityShare: v.qualityShare ?? null, continuedToGrade10Share: v.continuedToGrade10Share ?? null, ...(e.mentor ? { mentor: true } : {}), source };
};

const resultRecord = (e: Entry, scale: SubjectScale, source: ResultRecord['source']): ResultRecord => {
  const v = e.values;
  const school = e.school!;
  return { schoolKey: school.key, schoolName: school.name, municipality: school.municipality, year: e.year, family: e.family, subject: e.subject, grade: e.grade, participants: v.participants ?? null, average: v.average ?? null, maxScore: scale.max, belowMinimum: v.belowMinimum ?? null, belowMinimumShare: belowMinimumShareOf(v), qualityShare: v.qualityShare ?? null, source };
};
