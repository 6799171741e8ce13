import fc from 'fast-check';
import { olympiadRowRules, rowIssues, resultRowRulesFor, schoolRowRules, socialRowRules, territoryRowRules } from '../../src/tables/schemas';

/**
 * The result-row rules checked directly (the usual row) give exactly the issues the zod schema gives,
 * in the same order, on rows of every kind: blanks, values on and past every bound, the rules between
 * measures (average over the maximum, more below the minimum than sat, an average without participants).
 */

const LAYOUTS = [
  ['participants', 'average'],
  ['participants', 'average', 'belowMinimum', 'belowMinimumShare', 'qualityShare', 'highScorers', 'hundredScorers', 'regionalAverage'],
  ['participants', 'belowMinimum', 'continuedToGrade10Share', 'graduates'],
  ['average', 'notAMeasure'],
];

const value = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(0, -0, 1, 99.5, 100, 100.01, 101, -1, -0.01, 5, 1e6),
  fc.double({ min: -10, max: 200, noNaN: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, '12', true),
);

test('the direct check and the schema agree on every row', () => {
  fc.assert(
    fc.property(fc.constantFrom(...LAYOUTS), fc.array(value, { minLength: 9, maxLength: 9 }), fc.constantFrom(5, 20, 100, 0, -3, undefined), (fields, values, maxScore) => {
      const rules = resultRowRulesFor(fields);
      const row: Record<string, unknown> = Object.fromEntries(fields.map((f, i) => [f, values[i]]));
      if (maxScore !== undefined) row.maxScore = maxScore;
      const parsed = rules.schema.safeParse(row);
      const expected = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path, message: i.message }));
      expect(rowIssues(rules, row)).toEqual(expected);
    }),
    { numRuns: 3000 },
  );
});

test('the record rows (registry, olympiads, social passport, territory): the direct check and the schema agree', () => {
  fc.assert(
    fc.property(fc.constantFrom(schoolRowRules, olympiadRowRules, socialRowRules, territoryRowRules), fc.array(value, { minLength: 9, maxLength: 9 }), (rules, values) => {
      const row: Record<string, unknown> = Object.fromEntries(rules.measures.map(([f], i) => [f, values[i]]));
      const parsed = rules.schema.safeParse(row);
      const expected = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path, message: i.message }));
      expect(rowIssues(rules, row)).toEqual(expected);
    }),
    { numRuns: 3000 },
  );
});

test('each rule between measures at its boundary', () => {
  const rules = resultRowRulesFor(['participants', 'average', 'belowMinimum']);
  const codes = (row: Record<string, unknown>) => rowIssues(rules, { maxScore: 100, ...row }).map((i) => `${String(i.path[0])}:${i.message}`);
  expect(codes({ participants: 10, average: 100, belowMinimum: 10 })).toEqual([]);
  expect(codes({ participants: 10, average: 100.5, belowMinimum: 11 })).toEqual(['average:average-over-max', 'belowMinimum:below-min-exceeds-participants']);
  expect(codes({ participants: 0, average: 0 })).toEqual([]);
  expect(codes({ participants: 0, average: 0.1 })).toEqual(['average:average-without-participants']);
});
