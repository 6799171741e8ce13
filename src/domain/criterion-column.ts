import type { Finding } from './types';

/**
 * One criterion's evaluation of one year, kept as numbers by school ordinal. Whether it flags a school is
 * read without building anything; the school's Finding (value, threshold, sources, note…) is built when
 * somebody asks for it. A whole region has 100,000s of school-years: kept as objects, their findings were
 * most of identification's memory and of its garbage collection, while a sheet or a function reads each
 * finding once, if at all.
 */
export interface CriterionColumn {
  /** Whether the criterion flags the school this year (false without data). */
  flagged(o: number): boolean;
  /** The school's finding, built anew on each call; undefined when the school has no data for the criterion. */
  finding(o: number): Finding | undefined;
}

/** A column over findings computed on demand by `findingOf`, with the flags computed once for the ordinals given. */
export const columnOfFindings = (ordinals: readonly number[], schoolCount: number, findingOf: (o: number) => Finding | undefined): CriterionColumn => {
  const flags = new Uint8Array(schoolCount);
  for (const o of ordinals) if (findingOf(o)?.flagged) flags[o] = 1;
  return { flagged: (o) => flags[o] === 1, finding: findingOf };
};
