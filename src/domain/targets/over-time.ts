import { CRITERION_CODES, GROUPS, type CriterionCode, type GroupName } from '../criteria';
import type { SchoolStatus, SchoolYearResult } from '../types';
import type { IndicatorCount, TargetControl } from './evaluate';

/**
 * «Результаты по годам»: the identification of every year side by side — who entered, stayed in and
 * left each group — and how each criterion's count and each target's compliance changed. How a school
 * leaves is a setting: no longer flagged, or (ШНОР) its gap to the region reduced by a set share.
 */

export type ExitRule = { kind: 'notFlagged' } | { kind: 'gapReduced'; share: number };

export interface GroupYear {
  year: number;
  size: number;
  entered: number;
  stayed: number;
  left: number;
}

export interface SchoolOverTime {
  schoolKey: string;
  name: string;
  /** Groups per year, aligned with ResultsOverTime.years; null when the school has no result that year. */
  groupsByYear: (GroupName[] | null)[];
  /** The R2 gap per year (% of the maximum), when known. */
  gapByYear: (number | null)[];
  /** How the school ended by the exit rule, per group, comparing the last two years. */
  lastTransition: Record<GroupName, Exclude<SchoolStatus, 'noData'>>;
}

export interface ComplianceOverTime {
  indicatorId: string;
  name: string;
  /** Share of the schools with data that met the target, %, per ResultsOverTime.years; null without data. */
  shareByYear: (number | null)[];
}

export interface ResultsOverTime {
  years: number[];
  exitRule: ExitRule;
  groups: Record<GroupName, GroupYear[]>;
  criteria: { code: CriterionCode; counts: number[] }[];
  schools: SchoolOverTime[];
  compliance: ComplianceOverTime[];
}

const gapOf = (r: SchoolYearResult | undefined): number | null => {
  const v = r?.findings.find((f) => f.code === 'R2')?.value;
  return typeof v === 'number' ? v : null;
};

/** Whether a school in `group` the year before counts as having left it this year. */
const hasLeft = (group: GroupName, before: SchoolYearResult, now: SchoolYearResult | undefined, rule: ExitRule): boolean => {
  if (!now || !now.groups.includes(group)) return true;
  if (rule.kind !== 'gapReduced' || group !== 'ШНОР') return false;
  const a = gapOf(before);
  const b = gapOf(now);
  return a !== null && b !== null && a > 0 && b <= a * (1 - rule.share) + 1e-9;
};

export const resultsOverTime = (
  results: readonly SchoolYearResult[],
  exitRule: ExitRule = { kind: 'notFlagged' },
  controls: readonly TargetControl[] = [],
  indicatorNames: ReadonlyMap<string, string> = new Map(),
): ResultsOverTime => {
  const years = [...new Set(results.map((r) => r.year))].sort((a, b) => a - b);
  const byYear = years.map((y) => new Map(results.filter((r) => r.year === y).map((r) => [r.schoolKey, r])));
  const groups = Object.fromEntries(
    GROUPS.map((g) => [
      g,
      years.map((year, i): GroupYear => {
        const now = byYear[i];
        const before = i > 0 ? byYear[i - 1] : null;
        let size = 0;
        let entered = 0;
        let stayed = 0;
        let left = 0;
        for (const r of now.values()) if (r.groups.includes(g)) size++;
        if (before) {
          for (const r of before.values()) {
            if (!r.groups.includes(g)) continue;
            if (hasLeft(g, r, now.get(r.schoolKey), exitRule)) left++;
            else stayed++;
          }
          for (const r of now.values()) if (r.groups.includes(g) && !before.get(r.schoolKey)?.groups.includes(g)) entered++;
        } else entered = size;
        return { year, size, entered, stayed, left };
      }),
    ]),
  ) as Record<GroupName, GroupYear[]>;

  const criteria = CRITERION_CODES.map((code) => ({
    code,
    counts: byYear.map((m) => [...m.values()].filter((r) => r.findings.some((f) => f.code === code && f.flagged)).length),
  }));

  const keys = new Map<string, string>();
  for (const r of results) if (r.groups.length > 0) keys.set(r.schoolKey, r.name);
  const last = years.length - 1;
  const schools: SchoolOverTime[] = [...keys].map(([schoolKey, name]) => {
    const rows = byYear.map((m) => m.get(schoolKey));
    const lastTransition = Object.fromEntries(
      GROUPS.map((g) => {
        const before = last > 0 ? rows[last - 1] : undefined;
        const now = rows[last];
        const wasIn = !!before?.groups.includes(g);
        const isIn = !!now?.groups.includes(g);
        if (wasIn) return [g, hasLeft(g, before!, now, exitRule) ? 'left' : 'stayed'];
        return [g, isIn ? 'entered' : 'notIn'];
      }),
    ) as SchoolOverTime['lastTransition'];
    return { schoolKey, name, groupsByYear: rows.map((r) => (r ? r.groups : null)), gapByYear: rows.map(gapOf), lastTransition };
  });
  schools.sort((a, b) => a.name.localeCompare(b.name, 'ru'));

  const ids = [...new Set(controls.flatMap((c) => c.schoolIndicators.map((i) => i.id)))];
  const compliance = ids.map((id) => ({
    indicatorId: id,
    name: indicatorNames.get(id) ?? controls.flatMap((c) => c.schoolIndicators).find((i) => i.id === id)?.name ?? id,
    shareByYear: years.map((year) => {
      const count = controls.find((c) => c.year === year)?.counts.find((c) => c.indicatorId === id);
      return count ? shareMet(count) : null;
    }),
  }));
  return { years, exitRule, groups, criteria, schools, compliance };
};

/** Share of the schools with data that met each indicator, % (null when none had data): the compliance chart. */
export const complianceShares = (control: TargetControl): { indicatorId: string; name: string; share: number | null }[] =>
  control.schoolIndicators.map((indicator, i) => ({ indicatorId: indicator.id, name: indicator.name, share: shareMet(control.counts[i]) }));

/** Share of the schools with data that met the target, %; null when none had data. */
const shareMet = (c: IndicatorCount): number | null => (c.met + c.missed === 0 ? null : (c.met / (c.met + c.missed)) * 100);
