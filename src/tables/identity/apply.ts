import type { Dataset, School } from '../../domain/records';
import type { SheetReport } from '../sheet-read-result';
import { resolveMentions, type Resolution } from './resolve';
import { emptyMentionColumns } from './spellings';
import type { MatchDecision } from './types';

type Keyed = { schoolKey: string; source: { sheet: string; row: number } };

export interface IdentityStep extends Resolution {
  /** The school key of a school row of a table (undefined: not a school row, or not joined). */
  keyOfRow: (sheet: string, row: number) => string | undefined;
}

/** Row → mention (the run of rows it belongs to) per sheet, in typed arrays: a region's long tables have a million rows. */
const NOT_A_SCHOOL_ROW = -1;

/** What the step keeps per sheet while it walks the rows: the sheet's number, and each row's mention. */
interface SheetState {
  index: number;
  name: string;
  registry: boolean;
  column: string | undefined;
  rows: Int32Array;
}

const sameNumbers = (a: readonly number[], b: readonly number[]): boolean => {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
};

/** The sheet's row index with room for `row` (doubling). */
const growRows = (state: SheetState, row: number): Int32Array => {
  const grown = new Int32Array(Math.max(row + 1, state.rows.length * 2)).fill(NOT_A_SCHOOL_ROW);
  grown.set(state.rows);
  return (state.rows = grown);
};

/**
 * The runs of consecutive rows of one school (same name, municipality, code and sheet), one mention each, with
 * their first row's index and sheet; each row is pointed to its run in its sheet's row index. One pass over the
 * rows with every variable local: the loop runs a million times.
 */
const readRuns = (schools: readonly School[], sheetOf: (name: string) => SheetState) => {
  const runStart = new Int32Array(schools.length);
  const runSheet = new Int32Array(schools.length);
  const mentions = emptyMentionColumns();
  // The current run's years other than its first, gathered here and copied once the run ends: a long table's
  // run would otherwise grow an array with room for 17 years to hold two.
  const runYears: number[] = [];
  let lastYear: number | undefined;
  // Consecutive schools of a long table have the same years: their runs share one (read-only) array.
  let lastMoreYears: number[] = [];
  let state: SheetState | undefined;
  let rows: Int32Array = new Int32Array(0);
  // The current run's texts: each row is compared with them, not with the row before (half the reads).
  let runName: string | undefined;
  let runMunicipality: string | undefined;
  let runCode: string | undefined;
  let runSheetName: string | undefined;
  let runYear: number | undefined;
  let current = -1;
  for (let i = 0; i < schools.length; i++) {
    const s = schools[i];
    const src = s.source;
    const rowSheet = src?.sheet;
    if (state === undefined || (rowSheet ?? '') !== state.name) {
      state = sheetOf(rowSheet ?? '');
      rows = state.rows;
    }
    const row = src?.row ?? 0;
    const name = s.name;
    const municipality = s.municipality;
    const code = s.code;
    const year = s.year;
    if (current < 0 || name !== runName || municipality !== runMunicipality || code !== runCode || rowSheet !== runSheetName) {
      if (current >= 0) {
        mentions.count[current] = i - runStart[current];
        if (runYears.length > 0) {
          mentions.moreYears[current] = sameNumbers(runYears, lastMoreYears) ? lastMoreYears : (lastMoreYears = runYears.slice());
          runYears.length = 0;
        }
      }
      lastYear = undefined;
      runName = name;
      runMunicipality = municipality;
      runCode = code;
      runSheetName = rowSheet;
      current = mentions.length++;
      runStart[current] = i;
      runSheet[current] = state.index;
      mentions.name.push(name);
      mentions.municipality.push(municipality || undefined);
      mentions.code.push(code || undefined);
      mentions.source.push(src ?? { sheet: state.name, row });
      mentions.column.push(state.column);
      mentions.year.push(year);
      mentions.registry.push(state.registry);
      mentions.count.push(1);
      mentions.moreYears.push(undefined);
      runYear = year;
    } else if (year !== undefined && year !== runYear && year !== lastYear) {
      // The rows of a year come together: a year just added is not looked for again.
      if (!runYears.includes(year)) runYears.push(year);
      lastYear = year;
    }
    if (row >= rows.length) rows = growRows(state, row);
    // A row keeps the first run that names it.
    if (row >= 0 && rows[row] === NOT_A_SCHOOL_ROW) rows[row] = current;
  }
  if (current >= 0) {
    mentions.count[current] = schools.length - runStart[current];
    if (runYears.length > 0) mentions.moreYears[current] = sameNumbers(runYears, lastMoreYears) ? lastMoreYears : runYears.slice();
  }
  return { mentions, runStart, runSheet };
};

/**
 * The identity step between reading and identification: every school row of every table (dataset.schools holds
 * one School per row read) is resolved to its school key; records get that key (and results the school's
 * municipality); rows that could not be joined without a guess are left out (reported); the schools are merged
 * by key, earlier sheets' fields first. Consecutive rows of one school (a long table's subject rows) are one
 * mention, resolved once; after resolution everything goes by numbers (sheet, identity), not by key texts.
 */
export const applyIdentities = (dataset: Dataset, reports: readonly SheetReport[], decisions: readonly MatchDecision[] = []): IdentityStep => {
  const registrySheets = new Set(reports.filter((r) => r.kind === 'schools').map((r) => r.sheet));
  const schoolColumn = new Map(reports.map((r) => [r.sheet, r.fields.find((f) => f.field === 'school')?.column]));
  const schools = dataset.schools;
  const sheets = new Map<string, SheetState>();
  const sheetList: SheetState[] = [];
  const sheetOf = (name: string): SheetState => {
    let state = sheets.get(name);
    if (!state) {
      state = { index: sheetList.length, name, registry: registrySheets.has(name), column: schoolColumn.get(name) || undefined, rows: new Int32Array(1024).fill(NOT_A_SCHOOL_ROW) };
      sheets.set(name, state);
      sheetList.push(state);
    }
    return state;
  };
  const { mentions, runStart, runSheet } = readRuns(schools, sheetOf);
  const { resolution, identityOf, identityList } = resolveMentions(mentions, decisions);
  const merged: (School | undefined)[] = new Array(identityList.length);
  // The schools in the order their keys first come among the mentions.
  const mergedOrder: School[] = [];
  // A school's rows of one sheet carry the same fields: a later run fills fields only from another sheet.
  const mergedFrom = new Int32Array(identityList.length).fill(-1);
  for (let r = 0; r < mentions.length; r++) {
    const id = identityOf[r];
    // A run lies in one sheet (the sheet is one of the texts a run compares).
    const sheetIndex = runSheet[r];
    if (id < 0 || mergedFrom[id] === sheetIndex) continue;
    mergedFrom[id] = sheetIndex;
    const s = schools[runStart[r]];
    const existing = merged[id] as Record<string, unknown> | undefined;
    if (!existing) {
      const identity = identityList[id];
      // The row's fields without its year (a registry row has none: one copy), the key and the school's municipality
      // in place, or last. Without `delete`: a deleted property leaves the object in slow dictionary mode.
      let school: School;
      if ('year' in s) {
        const { year: _year, ...fields } = s;
        school = { ...fields, key: identity.key };
      } else school = { ...s, key: identity.key };
      if (identity.municipality) school.municipality = identity.municipality;
      merged[id] = school;
      mergedOrder.push(school);
    } else for (const f in s) if (existing[f] === undefined && f !== 'year') existing[f] = (s as unknown as Record<string, unknown>)[f];
  }
  /** Sets each record's school key (and municipality) in place, dropping the records of rows not joined. */
  const rekey = <T extends Keyed>(list: T[], withMunicipality = false): T[] => {
    let kept = 0;
    let sheet: string | undefined;
    let rows: Int32Array | undefined;
    // Consecutive records are mostly one school's: its municipality is looked up once per run.
    let lastKey: string | undefined;
    let lastMunicipality: string | undefined;
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      const source = r.source;
      if (source.sheet !== sheet) {
        sheet = source.sheet;
        rows = sheets.get(sheet)?.rows;
      }
      const mention = rows ? (rows[source.row] ?? NOT_A_SCHOOL_ROW) : NOT_A_SCHOOL_ROW;
      const k = mention >= 0 ? identityOf[mention] : NOT_A_SCHOOL_ROW;
      // A school row not joined: its records are left out (the row is reported).
      if (mention >= 0 && k < 0) continue;
      if (k >= 0) {
        const identity = identityList[k];
        r.schoolKey = identity.key;
        if (withMunicipality) {
          lastKey = identity.key;
          lastMunicipality = identity.municipality;
        }
      } else if (withMunicipality && r.schoolKey !== lastKey) {
        // A record of a row that names no school keeps its key: its municipality is that key's school's, if any.
        lastKey = r.schoolKey;
        lastMunicipality = resolution.identities.get(r.schoolKey)?.municipality;
      }
      if (withMunicipality && lastMunicipality) (r as unknown as { municipality?: string }).municipality = lastMunicipality;
      list[kept++] = r;
    }
    list.length = kept;
    return list;
  };
  dataset.results = rekey(dataset.results, true);
  dataset.olympiads = rekey(dataset.olympiads);
  dataset.social = rekey(dataset.social);
  dataset.teachers = rekey(dataset.teachers);
  dataset.monitoring = rekey(dataset.monitoring);
  dataset.schools = mergedOrder;
  return {
    ...resolution,
    keyOfRow: (sheet, row) => {
      const mention = sheets.get(sheet)?.rows[row];
      const k = mention !== undefined && mention >= 0 ? identityOf[mention] : -1;
      return k >= 0 ? identityList[k].key : undefined;
    },
  };
};
