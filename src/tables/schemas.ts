import { z } from 'zod';
import type { ProblemCode } from './problems';
import { frozen } from '../util/frozen';

/**
 * Row schemas per table kind: the rules a typed row must keep. Issue messages are problem codes
 * (problems.ts); the issue path names the field, which names the column.
 */
const count = z.number().nonnegative('negative-count' satisfies ProblemCode).nullable().optional();
const share = z.number().nonnegative('negative-count' satisfies ProblemCode).max(100, 'share-over-100' satisfies ProblemCode).nullable().optional();
const positive = z.number().nonnegative('negative-count' satisfies ProblemCode).nullable().optional();

/** The measures of a result row and their bounds: at least 0, shares at most 100. */
const RESULT_MEASURES = {
  participants: 'count',
  belowMinimum: 'count',
  highScorers: 'count',
  hundredScorers: 'count',
  graduates: 'count',
  average: 'positive',
  regionalAverage: 'positive',
  belowMinimumShare: 'share',
  qualityShare: 'share',
  continuedToGrade10Share: 'share',
} as const;

/** What a measure may hold: a count or a score (at least 0), a share (0 to 100), any number (coordinates). */
type Bound = 'count' | 'positive' | 'share' | 'any';
const BOUND_SCHEMAS = { count, share, positive, any: z.number().nullable().optional() };

const resultRowShape = z.object({
  ...(Object.fromEntries(Object.entries(RESULT_MEASURES).map(([f, b]) => [f, BOUND_SCHEMAS[b]])) as { [F in keyof typeof RESULT_MEASURES]: (typeof BOUND_SCHEMAS)[(typeof RESULT_MEASURES)[F]] }),
  maxScore: z.number().positive().optional(),
});

type ResultRow = Partial<z.infer<typeof resultRowShape>>;
type ResultRowField = keyof z.infer<typeof resultRowShape>;

/** The rules between a row's measures; `add` gets each broken one's problem code and field. */
const checkResultRow = (r: ResultRow, add: (message: ProblemCode, field: ResultRowField) => void): void => {
  if (r.maxScore !== undefined && r.average != null && r.average > r.maxScore) add('average-over-max', 'average');
  if (r.participants != null && r.belowMinimum != null && r.belowMinimum > r.participants) add('below-min-exceeds-participants', 'belowMinimum');
  if (r.participants === 0 && r.average != null && r.average > 0) add('average-without-participants', 'average');
};

/** The rules of a row: its measures' bounds, and the schema that says what breaks them (with any rule between measures). */
export interface RowRules<T = Record<string, unknown>> {
  measures: readonly (readonly [string, Bound])[];
  schema: z.ZodType<T>;
  /** The rules between measures, checked on a row within its bounds. */
  between?: (row: T, add: (message: ProblemCode, field: string) => void) => void;
}

/** The result-row rules over the fields one layout has (maxScore always). */
export type ResultRowRules = RowRules<ResultRow>;

export type RowIssue = { path: PropertyKey[]; message: string };

const rulesByFields = new Map<string, ResultRowRules>();

/** The rules for a layout's fields (made once per layout): a long table with two measure columns checks three fields per row, not eleven. */
export const resultRowRulesFor = (fields: readonly string[]): ResultRowRules => {
  const key = fields.join('|');
  let rules = rulesByFields.get(key);
  if (!rules) {
    const known = (Object.keys(RESULT_MEASURES) as (keyof typeof RESULT_MEASURES)[]).filter((f) => fields.includes(f));
    const mask = Object.fromEntries([...known, 'maxScore'].map((f) => [f, true])) as Partial<Record<ResultRowField, true>>;
    const schema = resultRowShape.pick(mask).superRefine((r, ctx) => checkResultRow(r as ResultRow, (message, field) => ctx.addIssue({ code: 'custom', message, path: [field] })));
    rulesByFields.set(key, (rules = { measures: known.map((f) => [f, RESULT_MEASURES[f]] as const), schema: schema as z.ZodType<ResultRow>, between: checkResultRow }));
  }
  return rules;
};

const withinBound = (v: unknown, bound: Bound): boolean =>
  v === null || v === undefined || (typeof v === 'number' && Number.isFinite(v) && (bound === 'any' || (v >= 0 && (bound !== 'share' || v <= 100))));

/** What the rules between measures report on the row being checked; no list and no closure is made for a row without issues. */
let reported: RowIssue[] = [];
const report = (message: ProblemCode, field: string): void => {
  reported.push({ path: [field], message });
};
const NO_ISSUES = frozen<RowIssue>([]);

/**
 * The issues of one row ([] when it keeps the rules; paths from the field on). The usual row - every
 * measure blank or a number within its bounds, as the reader gives them - is checked directly, without
 * zod's objects (a country's tables have hundreds of thousands of rows); any other by the schema.
 */
export const rowIssues = <T>(rules: RowRules<T>, row: Record<string, unknown>): RowIssue[] => {
  const max = row.maxScore; // a result row's: above 0
  let usual = max === undefined || (typeof max === 'number' && Number.isFinite(max) && max > 0);
  for (let k = 0; usual && k < rules.measures.length; k++) usual = withinBound(row[rules.measures[k][0]], rules.measures[k][1]);
  if (usual) {
    if (!rules.between) return NO_ISSUES;
    if (reported.length > 0) reported = []; // left by a check that threw
    rules.between(row as T, report);
    if (reported.length === 0) return NO_ISSUES;
    const issues = reported;
    reported = [];
    return issues;
  }
  const result = rules.schema.safeParse(row);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
};

/** The rules of a record row (no maxScore), its measures in the schema's order. */
const recordRowRules = (measures: Record<string, Bound>): RowRules => ({
  measures: Object.entries(measures),
  schema: z.object(Object.fromEntries(Object.entries(measures).map(([f, b]) => [f, BOUND_SCHEMAS[b]]))) as unknown as z.ZodType<Record<string, unknown>>,
});

export const schoolRowRules = recordRowRules({ students: 'count', travelMinutes: 'positive', latitude: 'any', longitude: 'any' });

export const olympiadRowRules = recordRowRules({ olympiadParticipants: 'count', students: 'count' });

export const socialRowRules = recordRowRules({
  students: 'count',
  bothParentsHigherEducation: 'share',
  singleParent: 'share',
  unemployedParents: 'share',
  deviant: 'share',
  nonNativeRussian: 'share',
  noLearningMotivation: 'share',
  lowIncome: 'share',
  disabilities: 'share',
});

export const territoryRowRules = recordRowRules({ unemployment: 'share', regionalUnemployment: 'share' });

export const monitoringRowSchema = z.record(z.string(), z.union([z.number().nonnegative('negative-count' satisfies ProblemCode), z.boolean(), z.string(), z.null()]));
