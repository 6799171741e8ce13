import type { MonitoringRecord, School, SchoolType } from '../domain/records';
import { readYearCell } from './year-cell';
import { FIELDS, FieldId } from './fields';
import { monitoringRowSchema, olympiadRowRules, schoolRowRules, socialRowRules, territoryRowRules } from './schemas';
import { schoolKey } from './school-key';
import { col, eachClassifiedRow, SheetContext } from './sheet-context';
import type { SheetOutput } from './sheet-read-result';
import { normalizeText } from './text';
import { memoByText } from '../util/memo-by-text';
import { makeProblem } from './problems';
import { columnLetter } from '../grid/column-letter';
import { KeyTree } from '../util/key-tree';
import type { RowReader } from './row-reader';

const SCHOOL_TYPES: [RegExp, SchoolType][] = [
  [/нош|начальн/, 'НОШ'],
  [/оош|основн/, 'ООШ'],
  [/сош|средн/, 'СОШ'],
  [/гимнази/, 'гимназия'],
  [/лице/, 'лицей'],
];

/** A registry's type column repeats a few texts on every row: each is read once. */
export const schoolTypeOf = memoByText((text: string): SchoolType | undefined => {
  const t = normalizeText(text);
  if (!t) return undefined;
  return SCHOOL_TYPES.find(([re]) => re.test(t))?.[1] ?? 'другое';
});

/** A registry row's measures, in the order its school record lists them. */
const SCHOOL_MEASURES = ['students', 'travelMinutes', 'latitude', 'longitude'] as const;

const SOCIAL_FIELDS: FieldId[] = ['bothParentsHigherEducation', 'singleParent', 'unemployedParents', 'deviant', 'nonNativeRussian', 'noLearningMotivation', 'lowIncome', 'disabilities'];
const MONITORING_FIELDS = (Object.keys(FIELDS) as FieldId[]).filter((f) => FIELDS[f].kinds.length === 1 && FIELDS[f].kinds[0] === 'monitoring');
/** A share column given as counts («чел.», «количество») is divided by the school's students. */
const COUNT_HINT = /(^| )(чел|человек|количество|кол во|число|count|number)( |$)/;

const yearOf = (ctx: SheetContext, reader: RowReader): number | undefined => {
  const c = col(ctx, 'year');
  if (c === undefined || reader.isBlank(c)) return ctx.mapping.year;
  return readYearCell(ctx.grid.sheet, reader, c, ctx.problems) ?? undefined;
};

/** Registry, olympiads, social passport, territory and monitoring sheets: one record per school (or settlement) row. */
export const readRecords = (ctx: SheetContext, out: SheetOutput): void => {
  const { grid, mapping, problems } = ctx;
  const sheet = grid.sheet;
  const kind = mapping.kind;
  // Per year, the first row of each school.
  const seen = new Map<number | undefined, KeyTree<number>>();
  let yearMissing = false;
  const columnOf = (f: string) => col(ctx, f as FieldId);
  eachClassifiedRow(ctx, (reader, role, municipality) => {
    if (role === 'municipality' || role === 'area-total') out.report.subtotalRows.push(reader.rowNumber);
    if (role === 'region') out.report.regionRow ??= reader.rowNumber;
    if (role !== 'school') return;
    const source = { sheet, row: reader.rowNumber };
    const year = kind === 'schools' || kind === 'territory' ? undefined : yearOf(ctx, reader);
    if (kind !== 'schools' && kind !== 'territory' && year === undefined) {
      yearMissing = true;
      return;
    }
    if (year) out.years.add(year);
    const num = (f: FieldId) => reader.number(col(ctx, f), f);
    if (kind === 'territory') {
      const settlement = reader.text(col(ctx, 'settlement'));
      const row = { unemployment: num('unemployment'), regionalUnemployment: num('regionalUnemployment') };
      if (!reader.check(territoryRowRules, row, columnOf) || row.unemployment === null) return;
      const y = yearOf(ctx, reader);
      const hard = reader.bool(col(ctx, 'hardToReach'), 'hardToReach');
      out.territory.push({ settlement, unemployment: row.unemployment, ...(y ? { year: y } : {}), ...(row.regionalUnemployment !== null ? { regionalUnemployment: row.regionalUnemployment } : {}), ...(hard !== null ? { hardToReach: hard } : {}), source });
      return;
    }
    const name = reader.text(col(ctx, 'school')); // cell text: spaces already tidied
    const key = schoolKey(name);
    const code = reader.text(col(ctx, 'code'));
    // One school per municipality, name (and code, where the table has one) and year in one table.
    let ofYear = seen.get(year);
    if (!ofYear) seen.set(year, (ofYear = new KeyTree()));
    const first = ofYear.get(municipality ?? '', code, key);
    if (first !== undefined) {
      problems.push(makeProblem('duplicate-school', { sheet, row: reader.rowNumber, column: columnLetter(col(ctx, 'school') ?? 0) }, { school: name, municipality: municipality ?? '', first, extra: '', extraEn: '' }));
      return;
    }
    ofYear.set(municipality ?? '', code, key, reader.rowNumber);
    const school: School = { key, name, source };
    if (municipality) school.municipality = municipality;
    if (code) school.code = code;
    if (year !== undefined) school.year = year;
    out.schools.push(school);
    if (kind === 'schools') {
      const row = { students: num('students'), travelMinutes: num('travelMinutes'), latitude: num('latitude'), longitude: num('longitude') } satisfies Record<(typeof SCHOOL_MEASURES)[number], number | null>;
      reader.check(schoolRowRules, row, columnOf);
      const settlement = reader.text(col(ctx, 'settlement'));
      const type = schoolTypeOf(reader.text(col(ctx, 'type'))) ?? schoolTypeOf(name);
      const small = reader.bool(col(ctx, 'smallSchool'), 'smallSchool');
      const hard = reader.bool(col(ctx, 'hardToReach'), 'hardToReach');
      const leader = reader.bool(col(ctx, 'leader'), 'leader');
      const capacity = num('partnerCapacity');
      // In this order: the registry's records are written out as they are.
      if (leader !== null) school.leader = leader;
      if (capacity !== null && capacity !== undefined && capacity >= 0) school.partnerCapacity = Math.round(capacity);
      if (settlement) school.settlement = settlement;
      if (type && col(ctx, 'type') !== undefined) school.type = type;
      if (small !== null) school.smallSchool = small;
      if (hard !== null) school.hardToReach = hard;
      for (const f of SCHOOL_MEASURES) if (row[f] !== null && row[f] !== undefined) school[f] = row[f];
    } else if (kind === 'olympiads') {
      const cols = ctx.fieldCols.get('olympiadParticipants') ?? [];
      const parts = cols.map((c) => reader.number(c, 'olympiadParticipants'));
      const row = { olympiadParticipants: parts.every((p) => p === null) ? null : parts.reduce<number>((a, p) => a + (p ?? 0), 0), students: num('students') };
      if (!reader.check(olympiadRowRules, row, columnOf) || row.olympiadParticipants === null) return;
      out.olympiads.push({ schoolKey: key, schoolName: name, year: year!, participants: row.olympiadParticipants, ...(row.students !== null ? { students: row.students } : {}), source });
    } else if (kind === 'social') {
      const students = num('students');
      const row: Record<string, number | null> = { students };
      for (const f of SOCIAL_FIELDS) {
        const c = col(ctx, f);
        if (c === undefined) continue;
        const isCount = COUNT_HINT.test(normalizeText(ctx.pathOf.get(c) ?? ''));
        const v = isCount ? reader.number(c, 'students') : num(f);
        row[f] = isCount && v !== null ? (students ? (v / students) * 100 : null) : v;
      }
      if (!reader.check(socialRowRules, row, columnOf)) return;
      const shares = Object.fromEntries(SOCIAL_FIELDS.filter((f) => row[f] !== null && row[f] !== undefined).map((f) => [f, row[f]]));
      out.social.push({ schoolKey: key, schoolName: name, year: year!, ...shares, source });
    } else if (kind === 'monitoring') {
      const values: MonitoringRecord['values'] = {};
      for (const f of MONITORING_FIELDS) {
        const c = col(ctx, f);
        if (c === undefined) continue;
        const t = FIELDS[f].type;
        values[f] = t === 'boolean' ? reader.bool(c, f) : t === 'text' ? reader.text(c) || null : reader.number(c, f);
      }
      if (!reader.validate(monitoringRowSchema, values, columnOf)) return;
      out.monitoring.push({ schoolKey: key, schoolName: name, year: year!, values, source });
    }
  });
  if (yearMissing) problems.push(makeProblem('year-not-found', { sheet }));
};
