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
 * by key, earlier sheets' fields first. The rows of one school written one way in a sheet (a long table's
 * subject and year rows) are resolved once.
 */
export const applyIdentities = (dataset: Dataset, reports: readonly SheetReport[], decisions: readonly MatchDecision[] = []): IdentityStep => {
  const registrySheets = new Set(reports.filter((r) => r.kind === 'schools').map((r) => r.sheet));
  const schoolColumn = new Map(reports.map((r) => [r.sheet, r.fields.find((f) => f.field === 'school')?.column]));
  const schools = dataset.schools;
  // One mention per school texts (name, municipality, code) in each sheet: the first row's, with the other
  // rows counted. A sheet's rows come together; a sheet met again later starts its mentions afresh.
  const mentions: Mention[] = [];
  const firstRow: number[] = [];
  const mentionOf = new Int32Array(schools.length);
  // The block's mentions by name; mentions of one name with another municipality or code follow `sameName`.
  let byName = new Map<string, number>();
  const sameName: number[] = [];
  const maxRow = new Map<string, number>();
  // Each row's number, kept so that the rows are not read again once their keys are known.
  const rowNumber = new Int32Array(schools.length);
  let sheet = '';
  let sheetMax = 0;
  // The texts of the mention met last: consecutive rows of one school (a long table's subject rows) look nothing up.
  let runName: string | undefined;
  let runMunicipality: string | undefined;
  let runCode: string | undefined;
  let runSheet: string | undefined;
  let run = -1;
  for (let i = 0; i < schools.length; i++) {
    const s = schools[i];
    const src = s.source;
    const rowSheet = src?.sheet;
    if ((rowSheet ?? '') !== sheet || i === 0) {
      if (sheetMax > (maxRow.get(sheet) ?? -1)) maxRow.set(sheet, sheetMax);
      sheet = rowSheet ?? '';
      sheetMax = maxRow.get(sheet) ?? 0;
      byName = new Map();
    }
    const row = src?.row ?? 0;
    rowNumber[i] = row;
    if (row > sheetMax) sheetMax = row;
    const name = s.name;
    const municipality = s.municipality || undefined;
    const code = s.code || undefined;
    const year = s.year;
    if (run < 0 || name !== runName || municipality !== runMunicipality || code !== runCode || rowSheet !== runSheet) {
      runName = name;
      runMunicipality = municipality;
      runCode = code;
      runSheet = rowSheet;
      const first = byName.get(name);
      run = first ?? -1;
      while (run >= 0 && (mentions[run].municipality !== municipality || mentions[run].code !== code)) run = sameName[run];
      if (run < 0) {
        run = mentions.length;
        // Every mention has every field (undefined when absent): one object shape for the resolution's reads.
        mentions.push({
          name,
          municipality,
          code,
          source: src ?? { sheet, row },
          column: schoolColumn.get(sheet) || undefined,
          year,
          registry: registrySheets.has(sheet),
          count: 0,
          moreYears: undefined,
        });
        firstRow.push(i);
        sameName.push(first ?? -1);
        byName.set(name, run);
      }
    }
    mentionOf[i] = run;
    const m = mentions[run];
    m.count!++;
    if (year !== undefined && year !== m.year && !m.moreYears?.includes(year)) (m.moreYears ??= []).push(year);
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
  const keyOfMention = new Int32Array(mentions.length);
  for (let r = 0; r < mentions.length; r++) keyOfMention[r] = indexOfKey(resolution.keys[r]);
  const rowsOf = new Map<string, Int32Array>();
  for (const [sheet, max] of maxRow) rowsOf.set(sheet, new Int32Array(max + 1).fill(NOT_A_SCHOOL_ROW));
  // Each row's key index in its sheet (the first school row given for a row number wins).
  let rowsSheet: string | undefined;
  let rows: Int32Array | undefined;
  for (let i = 0; i < schools.length; i++) {
    const rowSheet = mentions[mentionOf[i]].source.sheet;
    if (rowSheet !== rowsSheet || rows === undefined) {
      rowsSheet = rowSheet;
      rows = rowsOf.get(rowSheet);
    }
    if (rows && rows[rowNumber[i]] === NOT_A_SCHOOL_ROW) rows[rowNumber[i]] = keyOfMention[mentionOf[i]];
  }
  const merged = new Map<string, School>();
  // A school's rows of one sheet carry the same fields: a later mention fills fields only from another sheet.
  const mergedFrom = new Map<string, string>();
  for (let r = 0; r < mentions.length; r++) {
    const key = resolution.keys[r];
    if (key === undefined) continue;
    const s = schools[firstRow[r]];
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
