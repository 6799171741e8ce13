import type { Dataset } from '../domain/records';

const SOCIAL_MEASURES = ['bothParentsHigherEducation', 'singleParent', 'unemployedParents', 'deviant', 'nonNativeRussian', 'lowIncome', 'disabilities'] as const;

const has = (v: number | null | undefined): boolean => v !== null && v !== undefined;

/**
 * The years for which the workbook holds at least one measured value a criterion can use (a result, an
 * olympiad count, a social share, a teacher's result). A year whose rows carry only names — a list of
 * applications, a registry — is not among them. A year already found is not looked at again (a whole
 * country has hundreds of thousands of rows and a handful of years).
 */
export const measuredYears = (dataset: Dataset): number[] => {
  const years = new Set<number>();
  for (const r of dataset.results) {
    if (!years.has(r.year) && (has(r.participants) || has(r.average) || has(r.belowMinimum) || has(r.belowMinimumShare) || has(r.qualityShare))) years.add(r.year);
  }
  for (const o of dataset.olympiads) years.add(o.year);
  for (const s of dataset.social) if (!years.has(s.year) && SOCIAL_MEASURES.some((f) => has(s[f] as number | null | undefined))) years.add(s.year);
  for (const t of dataset.teachers) {
    if (!years.has(t.year) && (has(t.participants) || has(t.average) || has(t.belowMinimumShare) || has(t.qualityShare) || has(t.continuedToGrade10Share))) years.add(t.year);
  }
  return [...years].sort((a, b) => a - b);
};
