import { CRITERION_CODES, GROUPS, type CriterionCode, type GroupName } from './criteria';
import type { SchoolStatus, SchoolYearResult } from './types';

/** Identification over years: entered / stayed / left, and the change of each indicator. */

export const statusOf = (previous: readonly GroupName[] | undefined, current: readonly GroupName[]): SchoolStatus => {
  const before = (previous?.length ?? 0) > 0;
  const now = current.length > 0;
  if (now) return before ? 'stayed' : 'entered';
  return before ? 'left' : 'notIn';
};

export interface IndicatorChange {
  code: CriterionCode;
  from: number | boolean | null;
  to: number | boolean | null;
  /** to − from for numbers; null otherwise. */
  delta: number | null;
  flaggedFrom: boolean;
  flaggedTo: boolean;
}

export interface TrendRow {
  schoolKey: string;
  name: string;
  fromYear: number;
  toYear: number;
  status: SchoolStatus;
  statusByGroup: Record<GroupName, SchoolStatus>;
  changes: IndicatorChange[];
}

/** One row per school present in `toYear` (a school absent in `fromYear` compares with nothing). */
export const compareYears = (schools: SchoolYearResult[], fromYear: number, toYear: number): TrendRow[] => {
  const before = new Map<string, SchoolYearResult>();
  for (const s of schools) if (s.year === fromYear) before.set(s.schoolKey, s);
  const rows: TrendRow[] = [];
  for (const s of schools) {
    if (s.year !== toYear) continue;
    const prev = before.get(s.schoolKey);
    const statusByGroup = Object.fromEntries(
      GROUPS.map((g) => [g, statusOf(prev?.groups.includes(g) ? [g] : [], s.groups.includes(g) ? [g] : [])]),
    ) as Record<GroupName, SchoolStatus>;
    const changes: IndicatorChange[] = [];
    for (const code of CRITERION_CODES) {
      const a = prev?.findings.find((f) => f.code === code);
      const b = s.findings.find((f) => f.code === code);
      if (!a && !b) continue;
      const from = a?.value ?? null;
      const to = b?.value ?? null;
      changes.push({
        code,
        from,
        to,
        delta: typeof from === 'number' && typeof to === 'number' ? Math.round((to - from) * 1e9) / 1e9 : null,
        flaggedFrom: a?.flagged ?? false,
        flaggedTo: b?.flagged ?? false,
      });
    }
    rows.push({ schoolKey: s.schoolKey, name: s.name, fromYear, toYear, status: statusOf(prev?.groups, s.groups), statusByGroup, changes });
  }
  return rows;
};
