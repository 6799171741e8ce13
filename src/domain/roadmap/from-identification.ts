import type { SocialRecord } from '../records';
import type { IdentificationResult } from '../types';
import type { Deficit, RoadmapInput, RoadmapPair, RoadmapSchool, SocialComponent } from './types';

/**
 * Adapter from the identification engine to the roadmap's narrow input. The programme schools are
 * the schools in ШНОР or ШНСУ (after expert adjustments) in the identification's last year.
 *
 * Social components: identification gives the composite index only, so a component triggers
 * activities for a school when its share is in the district's top quartile for that component
 * (the k = ceil(0.25 × N) highest shares among the N schools that have it, ties included) and above
 * zero — the same quartile convention as R1 and S1. The school's latest record up to the year counts.
 */

const COMPONENTS: SocialComponent[] = ['deviant', 'nonNativeRussian', 'singleParent', 'unemployedParents', 'lowIncome', 'disabilities'];

export const SOCIAL_TOP_SHARE = 0.25;

const latestRecords = (social: readonly SocialRecord[], year: number): Map<string, SocialRecord> => {
  const out = new Map<string, SocialRecord>();
  for (const r of social) {
    if (r.year > year) continue;
    const seen = out.get(r.schoolKey);
    if (!seen || seen.year < r.year) out.set(r.schoolKey, r);
  }
  return out;
};

/** School key → components in the district's top quartile. */
export const flaggedSocialComponents = (social: readonly SocialRecord[], year: number): Map<string, SocialComponent[]> => {
  const records = latestRecords(social, year);
  const out = new Map<string, SocialComponent[]>();
  for (const component of COMPONENTS) {
    const values = [...records.values()]
      .map((r) => ({ key: r.schoolKey, value: r[component] }))
      .filter((v): v is { key: string; value: number } => typeof v.value === 'number' && Number.isFinite(v.value));
    if (values.length === 0) continue;
    const sorted = values.map((v) => v.value).sort((a, b) => b - a);
    const cutoff = sorted[Math.ceil(SOCIAL_TOP_SHARE * sorted.length) - 1];
    for (const v of values) {
      if (v.value > 0 && v.value >= cutoff) out.set(v.key, [...(out.get(v.key) ?? []), component]);
    }
  }
  return out;
};

export interface RoadmapInputOptions {
  schoolYear: string;
  social?: readonly SocialRecord[];
  pairs?: RoadmapPair[];
  /** Identification year to plan from; the result's last year by default. */
  year?: number;
}

export const roadmapInputFromIdentification = (result: IdentificationResult, options: RoadmapInputOptions): RoadmapInput => {
  const year = options.year ?? result.lastYear;
  const social = flaggedSocialComponents(options.social ?? [], year);
  const deficits = new Map<string, Deficit[]>();
  for (const d of result.deficits) {
    if (d.year !== year) continue;
    const list = deficits.get(d.schoolKey) ?? [];
    if (!list.some((x) => x.subject === d.subject && x.band === d.band)) list.push({ subject: d.subject, band: d.band });
    deficits.set(d.schoolKey, list);
  }
  const teachers = new Map<string, Set<string>>();
  for (const t of result.teachers) {
    if (!t.flagged) continue;
    teachers.set(t.schoolKey, (teachers.get(t.schoolKey) ?? new Set()).add(t.teacher));
  }
  const schools: RoadmapSchool[] = result.schools
    .filter((s) => s.year === year && s.groups.length > 0)
    .map((s) => ({
      key: s.schoolKey,
      name: s.name,
      groups: [...s.groups],
      deficits: deficits.get(s.schoolKey) ?? [],
      socialComponents: social.get(s.schoolKey) ?? [],
      teachersAtRisk: teachers.get(s.schoolKey)?.size ?? 0,
    }));
  return { schoolYear: options.schoolYear, schools, ...(options.pairs ? { pairs: options.pairs } : {}) };
};
