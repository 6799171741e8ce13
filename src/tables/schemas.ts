import { z } from 'zod';
import type { ProblemCode } from './problems';

/**
 * Row schemas per table kind: the rules a typed row must keep. Issue messages are problem codes
 * (problems.ts); the issue path names the field, which names the column.
 */
const count = z.number().nonnegative('negative-count' satisfies ProblemCode).nullable().optional();
const share = z.number().nonnegative('negative-count' satisfies ProblemCode).max(100, 'share-over-100' satisfies ProblemCode).nullable().optional();
const positive = z.number().nonnegative('negative-count' satisfies ProblemCode).nullable().optional();

const resultRowShape = z.object({
    participants: count,
    belowMinimum: count,
    highScorers: count,
    hundredScorers: count,
    graduates: count,
    average: positive,
    regionalAverage: positive,
    belowMinimumShare: share,
    qualityShare: share,
    continuedToGrade10Share: share,
    maxScore: z.number().positive().optional(),
});

type ResultRow = Partial<z.infer<typeof resultRowShape>>;
type ResultRowField = keyof z.infer<typeof resultRowShape>;

const checkResultRow = (r: ResultRow, ctx: z.RefinementCtx): void => {
  if (r.maxScore !== undefined && r.average != null && r.average > r.maxScore) ctx.addIssue({ code: 'custom', message: 'average-over-max' satisfies ProblemCode, path: ['average'] });
  if (r.participants != null && r.belowMinimum != null && r.belowMinimum > r.participants)
    ctx.addIssue({ code: 'custom', message: 'below-min-exceeds-participants' satisfies ProblemCode, path: ['belowMinimum'] });
  if (r.participants === 0 && r.average != null && r.average > 0) ctx.addIssue({ code: 'custom', message: 'average-without-participants' satisfies ProblemCode, path: ['average'] });
};

const rowsSchemas = new Map<string, z.ZodType<ResultRow[]>>();

/**
 * The result-row rules over only the fields a layout has (maxScore always), for a list of rows: a
 * long table with two measure columns is checked in one call, three fields per row, not eleven.
 * Issue paths start with the row's index, then the field.
 */
export const resultRowsSchemaFor = (fields: readonly string[]): z.ZodType<ResultRow[]> => {
  const key = fields.join('|');
  let schema = rowsSchemas.get(key);
  if (!schema) {
    const known = fields.filter((f) => f in resultRowShape.shape);
    const mask = Object.fromEntries([...known, 'maxScore'].map((f) => [f, true])) as Partial<Record<ResultRowField, true>>;
    rowsSchemas.set(key, (schema = z.array(resultRowShape.pick(mask).superRefine(checkResultRow)) as z.ZodType<ResultRow[]>));
  }
  return schema;
};

export const schoolRowSchema = z.object({
  students: count,
  travelMinutes: positive,
  latitude: z.number().nullable().optional(),
  longitude: z.number().nullable().optional(),
});

export const olympiadRowSchema = z.object({ olympiadParticipants: count, students: count });

export const socialRowSchema = z.object({
  students: count,
  bothParentsHigherEducation: share,
  singleParent: share,
  unemployedParents: share,
  deviant: share,
  nonNativeRussian: share,
  noLearningMotivation: share,
  lowIncome: share,
  disabilities: share,
});

export const territoryRowSchema = z.object({ unemployment: share, regionalUnemployment: share });

export const monitoringRowSchema = z.record(z.string(), z.union([z.number().nonnegative('negative-count' satisfies ProblemCode), z.boolean(), z.string(), z.null()]));
