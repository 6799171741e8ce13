import type { Family, School } from '../domain/records';
import { columnLetter } from '../grid/column-letter';
import { FieldId, SUBJECT_MEASURES } from './fields';
import { makeProblem } from './problems';
import type { Problem } from '../domain/problem';
import type { CellValue } from '../grid/cell';
import { RowReader } from './row-reader';
import { KeyTree } from '../util/key-tree';
import { resultRowRulesFor, type ResultRowRules } from './schemas';
import { schoolKey } from './school-key';
import { col, eachClassifiedRow, SheetContext } from './sheet-context';
import { findSubject } from './subjects';
import { defaultGrade, detectFamily } from './title-meta';
import { readYearCell } from './year-cell';
import type { SheetOutput } from './sheet-read-result';

/**
 * One subject's measures of one data row (a row of a wide table gives one entry per subject). A class: a long
 * table has an entry a row, and constructing them measured faster than writing a 13-field object literal each.
 */
export class Entry {
  constructor(
    /** The row's cells: an entry keeps them, not the row's reader (a reader is made again for the rare row with a problem). */
    readonly cells: CellValue[],
    public role: 'school' | 'region' | 'area-total',
    readonly school: School | undefined,
    readonly teacher: string | undefined,
    readonly mentor: boolean,
    readonly year: number,
    readonly family: Family,
    readonly subject: string,
    readonly grade: number | undefined,
    readonly values: Partial<Record<FieldId, number | null>>,
    readonly cols: Partial<Record<FieldId, number>>,
    readonly rules: ResultRowRules,
    /** The sheet row (1-based). */
    readonly row: number,
  ) {}
}

/** One subject's measure columns, as the record the entry keeps and as pairs to read row by row. */
interface ColumnGroup {
  subject: string;
  cols: Partial<Record<FieldId, number>>;
  pairs: [FieldId, number][];
  /** The row rules over the group's measures. */
  rules: ResultRowRules;
}

const columnGroup = (subject: string, cols: Partial<Record<FieldId, number>>): ColumnGroup => ({
  subject,
  cols,
  pairs: Object.entries(cols) as [FieldId, number][],
  rules: resultRowRulesFor(Object.keys(cols)),
});

const MEASURES: FieldId[] = [...SUBJECT_MEASURES, 'continuedToGrade10Share'];

const parseGrade = (text: string): number | undefined => {
  const m = /\d{1,2}/.exec(text);
  return m ? Number(m[0]) : undefined;
};

/** What one row of a school was about: a second row about the same is a duplicate. A long table's entries are their own. */
interface SeenRow {
  year: number;
  family: Family;
  subject?: string;
  grade?: number;
  teacher?: string;
  row: number;
}

/** The rows each school had so far: a second row about the same year, family, subject, grade and teacher is reported. */
class SchoolRows {
  // Per school key, what its rows were about: a school has a few dozen rows, a scan beats a joined key per row.
  private readonly seen = new KeyTree<SeenRow[]>();

  constructor(
    private readonly sheet: string,
    private readonly schoolColumn: string,
    private readonly problems: Problem[],
  ) {}

  /** `what.row` is this row's number; false (and `what` remembered) when the school has no earlier row about the same. `subject`: a long table's, named in the report. */
  isDuplicate(s: School, what: SeenRow, subject?: string): boolean {
    // One school per municipality, name and code in one table.
    const rows = this.seen.get(s.municipality ?? '', s.code ?? '', s.key);
    if (!rows) {
      this.seen.set(s.municipality ?? '', s.code ?? '', s.key, [what]);
      return false;
    }
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      if (r.year !== what.year || r.family !== what.family || r.subject !== what.subject || r.grade !== what.grade || r.teacher !== what.teacher) continue;
      const extra = subject === undefined ? '' : ` (${subject})`;
      this.problems.push(makeProblem('duplicate-school', { sheet: this.sheet, row: what.row, column: this.schoolColumn }, { school: s.name, municipality: s.municipality ?? '', first: r.row, extra, extraEn: extra }));
      return true;
    }
    rows.push(what);
    return false;
  }
}

/** A results or teachers sheet's columns and what its rows found so far: one per sheet, consulted row by row. */
class EntryReader {
  private readonly sheet: string;
  private readonly isTeachers: boolean;
  private readonly cols: Partial<Record<'year' | 'family' | 'subject' | 'grade' | 'school' | 'code' | 'graduates' | 'teacher' | 'mentor', number>>;
  // Wide layout: each subject's measure columns, the same on every row.
  private readonly wideGroups: ColumnGroup[];
  // Long layout: the same measure columns on every row (the entries keep it read-only).
  private readonly longMeasureColumns: Partial<Record<FieldId, number>>;
  // The long layout's group differs per row only by its subject: one per subject, made on first use, with
  // the groups a row of that subject reads (the wide groups, if any, then it).
  private readonly longGroups = new Map<string, ColumnGroup[]>();
  private readonly unknownSubjects = new Set<string>();
  private readonly schoolRows: SchoolRows;
  readonly entries: Entry[] = [];
  yearMissing = false;
  familyMissing = false;

  constructor(
    private readonly ctx: SheetContext,
    private readonly out: SheetOutput,
  ) {
    this.sheet = ctx.grid.sheet;
    this.isTeachers = ctx.mapping.kind === 'teachers';
    const fields = ['year', 'family', 'subject', 'grade', 'school', 'code', 'graduates', 'teacher', 'mentor'] as const;
    this.cols = Object.fromEntries(fields.map((f) => [f, col(ctx, f)]));
    this.longMeasureColumns = Object.fromEntries(MEASURES.flatMap((f) => (col(ctx, f) !== undefined ? [[f, col(ctx, f)!]] : [])));
    this.wideGroups = [...ctx.subjectCols].map(([subject, m]) => columnGroup(subject, Object.fromEntries(m)));
    this.schoolRows = new SchoolRows(this.sheet, columnLetter(this.cols.school ?? 0), ctx.problems);
  }

  /** The row's year: its «Год» cell, else the sheet's (undefined: none known). */
  private year(reader: RowReader): number | null | undefined {
    const c = this.cols.year;
    if (c !== undefined && !reader.isBlank(c)) return readYearCell(this.sheet, reader, c, this.ctx.problems);
    return this.ctx.mapping.year;
  }

  /** The row's exam family: its cell (reported when unreadable), else the sheet's. */
  private family(reader: RowReader): Family | null | undefined {
    const c = this.cols.family;
    const text = c !== undefined ? reader.text(c) : '';
    if (text === '') return this.ctx.mapping.family;
    const family = detectFamily(text);
    if (!family) this.ctx.problems.push(makeProblem('bad-family', { sheet: this.sheet, row: reader.rowNumber, column: columnLetter(c!) }, { text }));
    return family;
  }

  private school(reader: RowReader, municipality: string | undefined, year: number | null | undefined): School {
    const name = reader.text(this.cols.school); // cell text: spaces already tidied
    const key = schoolKey(name);
    const source = { sheet: this.sheet, row: reader.rowNumber };
    // The year in the literal (not added after it): an added property is one more allocation per row.
    const school: School = year ? { key, name, municipality, source, year } : { key, name, municipality, source };
    const code = reader.text(this.cols.code);
    if (code) school.code = code;
    const graduates = reader.number(this.cols.graduates, 'graduates');
    if (this.cols.graduates !== undefined) school.graduates = graduates;
    return school;
  }

  /** The subject groups the row's measures are in: the wide groups, and the long layout's subject (an unknown one reported once). */
  private groups(reader: RowReader): ColumnGroup[] {
    const c = this.cols.subject;
    if (c === undefined) return this.wideGroups;
    const text = reader.text(c);
    const subject = findSubject(text, this.ctx.catalogue);
    if (!subject) {
      if (text && !this.unknownSubjects.has(text)) {
        this.unknownSubjects.add(text);
        this.ctx.problems.push(makeProblem('unknown-subject', { sheet: this.sheet, row: reader.rowNumber, column: columnLetter(c) }, { text }));
      }
      return this.wideGroups;
    }
    let groups = this.longGroups.get(subject);
    if (!groups) this.longGroups.set(subject, (groups = [...this.wideGroups, columnGroup(subject, this.longMeasureColumns)]));
    return groups;
  }

  /** Reads one data row: its school, and an entry per subject group with values (the report notes totals). */
  read(reader: RowReader, role: Entry['role'], municipality: string | undefined): void {
    const { out } = this;
    const year = this.year(reader);
    if (year === undefined) this.yearMissing = true;
    const family = this.family(reader);
    if (family === undefined) this.familyMissing = true;
    const school = role === 'school' ? this.school(reader, municipality, year) : undefined;
    if (role === 'region') out.report.regionRow ??= reader.rowNumber;
    if (role === 'area-total') out.report.subtotalRows.push(reader.rowNumber);
    if (!year || !family) return;

    const gradeCol = this.cols.grade;
    const gradeText = gradeCol !== undefined ? reader.text(gradeCol) : '';
    const grade = gradeText ? parseGrade(gradeText) : defaultGrade(family);
    const groups = this.groups(reader);
    const long = this.cols.subject !== undefined;
    const teacher = this.isTeachers ? reader.text(this.cols.teacher) : undefined;
    const mentor = this.isTeachers && this.cols.mentor !== undefined ? reader.bool(this.cols.mentor, 'mentor') === true : false;
    const row = reader.rowNumber;
    if (school && !long && this.schoolRows.isDuplicate(school, { year, family, subject: undefined, grade: undefined, teacher: undefined, row })) return;
    if (school) out.schools.push(school);
    for (let g = 0; g < groups.length; g++) {
      const { subject, cols, pairs, rules } = groups[g];
      const values: Partial<Record<FieldId, number | null>> = {};
      let hasAny = false;
      for (let k = 0; k < pairs.length; k++) {
        const f = pairs[k][0];
        const v = reader.number(pairs[k][1], f);
        values[f] = v;
        if (v !== null) hasAny = true;
      }
      if (!hasAny && !long) continue;
      const entry = new Entry(reader.cells, role, school, teacher, mentor, year, family, subject, grade, values, cols, rules, row);
      // A sheet's teacher cells are all texts, or (results) none: entries compare their teachers like with like.
      if (school && long && this.schoolRows.isDuplicate(school, entry, subject)) continue;
      this.entries.push(entry);
    }
    out.years.add(year);
    out.families.add(family);
  }
}

/**
 * Phase 1 of reading a results sheet: every data row's entries (one per subject with values), the
 * schools of the rows, duplicates and unreadable years, families and subjects reported.
 */
export const collectEntries = (ctx: SheetContext, out: SheetOutput): Entry[] => {
  const reader = new EntryReader(ctx, out);
  eachClassifiedRow(ctx, (row, role, municipality) => {
    if (role === 'municipality') out.report.subtotalRows.push(row.rowNumber);
    if (role === 'school' || role === 'region' || role === 'area-total') reader.read(row, role, municipality);
  });
  const sheet = ctx.grid.sheet;
  if (reader.yearMissing) ctx.problems.push(makeProblem('year-not-found', { sheet }));
  if (reader.familyMissing) ctx.problems.push(makeProblem('family-not-found', { sheet }));
  return reader.entries;
};
