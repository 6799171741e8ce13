import { FIELDS, type FieldId } from './fields';
import { PROBLEM_TEMPLATES, type ProblemCode } from './problems';

/**
 * The largest count a school's row can hold (participants, students, graduates...): the largest Russian
 * schools teach a few thousand pupils.
 */
export const MAX_COUNT = 100_000;

/** The largest count a total row (a municipality, a region, the country) can hold: Russia has under 20 million pupils. */
export const MAX_TOTAL_COUNT = 20_000_000;

/** Fields that may be negative (coordinates); every other number a committee reports is ≥ 0. */
const SIGNED: ReadonlySet<FieldId> = new Set(['latitude', 'longitude']);

/**
 * Why a value cannot be true for its field, as a problem code, or null when it is plausible. The reader
 * reports such a value and leaves it out of every computation (it is read as blank). A score above the
 * subject's maximum is checked once the subject's scale is known (schemas.ts, read-results.ts).
 */
export const impossibleValue = (field: FieldId, value: number, maxCount = MAX_COUNT): { code: ProblemCode; max?: number } | null => {
  const type = FIELDS[field].type;
  if (value < 0 && !SIGNED.has(field)) return { code: 'negative-count' };
  if (type === 'share' && value > 100) return { code: 'share-over-100' };
  if (type === 'count' && value > maxCount) return { code: 'count-too-large', max: maxCount };
  return null;
};

/** A value as a message shows it: two decimals at most, huge ones in exponent form. */
export const roundForMessage = (v: number): number | string => (Math.abs(v) >= 1e15 ? v.toExponential(3) : Math.round(v * 100) / 100);

/** The fields of row-rule issues that are errors: their values are impossible and must not be used. */
export const impossibleFields = (issues: readonly { path: PropertyKey[]; message: string }[]): FieldId[] =>
  issues.filter((i) => i.message in PROBLEM_TEMPLATES && PROBLEM_TEMPLATES[i.message as ProblemCode].severity === 'error').map((i) => String(i.path[0]) as FieldId);
