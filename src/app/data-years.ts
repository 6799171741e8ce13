import type { Dataset } from '../domain/records';

const SOCIAL_MEASURES = ['bothParentsHigherEducation', 'singleParent', 'unemployedParents', 'deviant', 'nonNativeRussian', 'lowIncome', 'disabilities'] as const;

const some = (...values: (number | null | undefined)[]): boolean => values.some((v) => v !== null && v !== undefined);

/**
 * The years for which the workbook holds at least one measured value a criterion can use (a result, an
 * olympiad count, a social share, a teacher's result). A year whose rows carry only names — a list of
 * applications, a registry — is not among them.
 */
export const measuredYears = (dataset: Dataset): number[] => {
  const years = new Set<number>();
  for (const r of dataset.results) if (some(r.participants, r.average, r.belowMinimum, r.belowMinimumShare, r.qualityShare)) years.add(r.year);
  for (const o of dataset.olympiads) years.add(o.year);
  for (const s of dataset.social) if (SOCIAL_MEASURES.some((f) => some(s[f] as number | null | undefined))) years.add(s.year);
  for (const t of dataset.teachers) if (some(t.participants, t.average, t.belowMinimumShare, t.qualityShare, t.continuedToGrade10Share)) years.add(t.year);
  return [...years].sort((a, b) => a - b);
};
