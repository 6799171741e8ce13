import type { Dataset, School } from '../../domain/records';
import type { SheetReport } from '../sheet-read-result';
import { resolveIdentities, type Resolution } from './resolve';
import type { MatchDecision, Mention } from './types';

type Keyed = { schoolKey: string; source: { sheet: string; row: number } };

export interface IdentityStep extends Resolution {
  /** The school key of a school row of a table (undefined: not a school row, or not joined). */
  keyOfRow: (sheet: string, row: number) => string | undefined;
}

/** Row → key index per sheet, in typed arrays: a region's long tables have a million rows. */
const NOT_A_SCHOOL_ROW = -1;
const NOT_JOINED = -2;

/**
 * The identity step between reading and identification: every school row of every table (dataset.schools holds
 * one School per row read) is resolved to its school key; records get that key (and results the school's
 * municipality); rows that could not be joined without a guess are left out (reported); the schools are merged
 * by key, earlier sheets' fields first. Consecutive rows of one school (a long table's subject rows) are
 * resolved once.
 */
export const applyIdentities = (dataset: Dataset, reports: readonly SheetReport[], decisions: readonly MatchDecision[] = []): IdentityStep => {
  const registrySheets = new Set(reports.filter((r) => r.kind === 'schools').map((r) => r.sheet));
  const schoolColumn = new Map(reports.map((r) => [r.sheet, r.fields.find((f) => f.field === 'school')?.column]));
  const schools = dataset.schools;
  // Runs of consecutive rows of one school: their first index, one mention each.
  const runStart: number[] = [];
  const mentions: Mention[] = [];
  const maxRow = new Map<string, number>();
  // Each row's number, kept so that the rows are not read again once their keys are known.
  const rowNumber = new Int32Array(schools.length);
  let sheet = '';
  let sheetMax = 0;
  // The current run's texts: each row is compared with them, not with the row before (half the reads).
  let runName: string | undefined;
  let runMunicipality: string | undefined;
  let runCode: string | undefined;
  let runSheet: string | undefined;
  let run: Mention | undefined;
  for (let i = 0; i < schools.length; i++) {
    const s = schools[i];
    const src = s.source;
    const rowSheet = src?.sheet;
    if ((rowSheet ?? '') !== sheet) {
      if (sheetMax > (maxRow.get(sheet) ?? -1)) maxRow.set(sheet, sheetMax);
      sheet = rowSheet ?? '';
      sheetMax = maxRow.get(sheet) ?? 0;
    }
    const row = src?.row ?? 0;
    rowNumber[i] = row;
    if (row > sheetMax) sheetMax = row;
    const name = s.name;
    const municipality = s.municipality;
    const code = s.code;
    const year = s.year;
    if (run !== undefined && name === runName && municipality === runMunicipality && code === runCode && rowSheet === runSheet) {
      run.count!++;
      if (year !== undefined && year !== run.year && !run.moreYears?.includes(year)) (run.moreYears ??= []).push(year);
      continue;
    }
    runName = name;
    runMunicipality = municipality;
    runCode = code;
    runSheet = rowSheet;
    runStart.push(i);
    // Every mention has every field (undefined when absent): one object shape for the resolution's reads.
    run = {
      name,
      municipality: municipality || undefined,
      code: code || undefined,
      source: src ?? { sheet, row },
      column: schoolColumn.get(sheet) || undefined,
      year,
      registry: registrySheets.has(sheet),
      count: 1,
      moreYears: undefined,
    };
    mentions.push(run);
  }
  if (sheetMax > (maxRow.get(sheet) ?? -1)) maxRow.set(sheet, sheetMax);
  const resolution = resolveIdentities(mentions, decisions);
  const keyList: string[] = [];
  const keyIndex = new Map<string, number>();
  const indexOfKey = (key: string | undefined): number => {
    if (key === undefined) return NOT_JOINED;
    let k = keyIndex.get(key);
    if (k === undefined) keyIndex.set(key, (k = keyList.push(key) - 1));
    return k;
  };
  const rowsOf = new Map<string, Int32Array>();
  for (const [sheet, max] of maxRow) rowsOf.set(sheet, new Int32Array(max + 1).fill(NOT_A_SCHOOL_ROW));
  const merged = new Map<string, School>();
  // A school's rows of one sheet carry the same fields: a later run fills fields only from another sheet.
  const mergedFrom = new Map<string, string>();
  for (let r = 0; r < mentions.length; r++) {
    const key = resolution.keys[r];
    const k = indexOfKey(key);
    const end = r + 1 < runStart.length ? runStart[r + 1] : schools.length;
    // A run lies in one sheet (the sheet is one of the texts a run compares).
    const rows = rowsOf.get(schools[runStart[r]].source?.sheet ?? '');
    for (let i = runStart[r]; rows && i < end; i++) if (rows[rowNumber[i]] === NOT_A_SCHOOL_ROW) rows[rowNumber[i]] = k;
    if (key === undefined) continue;
    const s = schools[runStart[r]];
    const sheet = s.source?.sheet ?? '';
    if (mergedFrom.get(key) === sheet) continue;
    mergedFrom.set(key, sheet);
    const existing = merged.get(key) as Record<string, unknown> | undefined;
    if (!existing) {
      const identity = resolution.identities.get(key)!;
      // Without `delete`: a deleted property leaves the object in slow dictionary mode.
      const { year: _year, ...fields } = s;
      merged.set(key, { ...fields, key, ...(identity.municipality ? { municipality: identity.municipality } : {}) });
    } else for (const f in s) if (existing[f] === undefined && f !== 'year') existing[f] = (s as unknown as Record<string, unknown>)[f];
  }
  /** Sets each record's school key (and municipality) in place, dropping the records of rows not joined. */
  const rekey = <T extends Keyed>(list: T[], withMunicipality = false): T[] => {
    let kept = 0;
    let sheet = '';
    let rows: Int32Array | undefined;
    // Consecutive records are mostly one school's: its municipality is looked up once per run.
    let lastKey: string | undefined;
    let lastMunicipality: string | undefined;
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (r.source.sheet !== sheet || !rows) {
        sheet = r.source.sheet;
        rows = rowsOf.get(sheet);
      }
      const k = rows ? (rows[r.source.row] ?? NOT_A_SCHOOL_ROW) : NOT_A_SCHOOL_ROW;
      if (k === NOT_JOINED) continue;
      if (k >= 0) r.schoolKey = keyList[k];
      if (withMunicipality) {
        if (r.schoolKey !== lastKey) {
          lastKey = r.schoolKey;
          lastMunicipality = resolution.identities.get(r.schoolKey)?.municipality;
        }
        if (lastMunicipality) (r as unknown as { municipality?: string }).municipality = lastMunicipality;
      }
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
  dataset.schools = [...merged.values()];
  return {
    ...resolution,
    keyOfRow: (sheet, row) => {
      const k = rowsOf.get(sheet)?.[row];
      return k !== undefined && k >= 0 ? keyList[k] : undefined;
    },
  };
};
