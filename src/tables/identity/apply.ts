import type { Dataset, School } from '../../domain/records';
import type { SheetReport } from '../sheet-read-result';
import { resolveIdentities, type Resolution } from './resolve';
import { mentionsOfRows } from './mentions';
import type { MatchDecision } from './types';

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
  const schools = dataset.schools;
  const { mentions, firstRow, mentionOf, rowNumber, maxRow } = mentionsOfRows(schools, reports);
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
