import type { Dataset, School } from '../../domain/records';
import type { SheetReport } from '../sheet-output';
import { resolveIdentities, type Resolution } from './resolve';
import type { MatchDecision, Mention } from './types';

type Keyed = { schoolKey: string; source: { sheet: string; row: number } };

/** Sheet → row → value, for the rows of the records (nested maps: no string per row). */
const bySheetRow = <T>() => new Map<string, Map<number, T>>();
const setAt = <T>(m: Map<string, Map<number, T>>, sheet: string, row: number, v: T) => {
  let rows = m.get(sheet);
  if (!rows) m.set(sheet, (rows = new Map()));
  if (!rows.has(row)) rows.set(row, v);
};

/**
 * The identity step between reading and identification: every school row of every table (dataset.schools holds
 * one School per row read) is resolved to its school key; records get that key (and results the school's
 * municipality); rows that could not be joined without a guess are left out (reported); the schools are merged
 * by key, earlier sheets' fields first.
 */
export interface IdentityStep extends Resolution {
  /** The school key of a school row of a table (undefined: not a school row, or not joined). */
  keyOfRow: (sheet: string, row: number) => string | undefined;
}

export const applyIdentities = (dataset: Dataset, reports: readonly SheetReport[], decisions: readonly MatchDecision[] = []): IdentityStep => {
  const registrySheets = new Set(reports.filter((r) => r.kind === 'schools').map((r) => r.sheet));
  const schoolColumn = new Map(reports.map((r) => [r.sheet, r.fields.find((f) => f.field === 'school')?.column]));
  const years = bySheetRow<number>();
  const lists: Keyed[][] = [dataset.results, dataset.olympiads, dataset.social, dataset.teachers, dataset.monitoring];
  for (const list of lists) for (const r of list) setAt(years, r.source.sheet, r.source.row, (r as Keyed & { year: number }).year);
  const mentions: Mention[] = dataset.schools.map((s) => {
    const src = s.source ?? { sheet: '', row: 0 };
    const year = years.get(src.sheet)?.get(src.row);
    const column = schoolColumn.get(src.sheet);
    return { name: s.name, ...(s.municipality ? { municipality: s.municipality } : {}), ...(s.code ? { code: s.code } : {}), source: src, ...(column ? { column } : {}), ...(year !== undefined ? { year } : {}), registry: registrySheets.has(src.sheet) };
  });
  const resolution = resolveIdentities(mentions, decisions);
  const keyAt = bySheetRow<string | null>();
  dataset.schools.forEach((s, i) => setAt(keyAt, s.source?.sheet ?? '', s.source?.row ?? 0, resolution.keys[i] ?? null));
  const rekey = <T extends Keyed>(list: T[], withMunicipality = false): T[] => {
    const out: T[] = [];
    for (const r of list) {
      const key = keyAt.get(r.source.sheet)?.get(r.source.row);
      if (key === null) continue;
      if (key !== undefined) r.schoolKey = key;
      if (withMunicipality) {
        const m = resolution.identities.get(r.schoolKey)?.municipality;
        if (m) (r as unknown as { municipality?: string }).municipality = m;
      }
      out.push(r);
    }
    return out;
  };
  dataset.results = rekey(dataset.results, true);
  dataset.olympiads = rekey(dataset.olympiads);
  dataset.social = rekey(dataset.social);
  dataset.teachers = rekey(dataset.teachers);
  dataset.monitoring = rekey(dataset.monitoring);
  const merged = new Map<string, School>();
  dataset.schools.forEach((s, i) => {
    const key = resolution.keys[i];
    if (key === undefined) return;
    const identity = resolution.identities.get(key)!;
    const existing = merged.get(key) as Record<string, unknown> | undefined;
    if (!existing) merged.set(key, { ...s, key, ...(identity.municipality ? { municipality: identity.municipality } : {}) });
    else for (const k in s) if (existing[k] === undefined) existing[k] = (s as unknown as Record<string, unknown>)[k];
  });
  dataset.schools = [...merged.values()];
  return { ...resolution, keyOfRow: (sheet, row) => keyAt.get(sheet)?.get(row) ?? undefined };
};
