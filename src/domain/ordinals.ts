/**
 * Every school key of a run numbered once (0, 1, 2…): per-year findings are kept in arrays indexed
 * by this number instead of one map per criterion and year, which for 10,000s of schools costs
 * a map build and a lookup per criterion.
 */
export type SchoolOrdinals = Map<string, number>;

/** Rows grouped by school ordinal, in row order: `head[o]`, then `next[row]`; −1 ends. */
export interface RowChains {
  head: Int32Array;
  next: Int32Array;
  /** Ordinals with at least one row, in the order of their first row. */
  schools: number[];
}

/** Chains the rows (`ordinalOf[row]` below `schoolCount`) that `include` accepts, or every row. */
export const chainRowsBySchool = (ordinalOf: Int32Array, schoolCount: number, include?: (row: number) => boolean): RowChains => {
  const head = new Int32Array(schoolCount).fill(-1);
  const tail = new Int32Array(schoolCount);
  const next = new Int32Array(ordinalOf.length).fill(-1);
  const schools: number[] = [];
  for (let i = 0; i < ordinalOf.length; i++) {
    if (include && !include(i)) continue;
    const o = ordinalOf[i];
    if (head[o] === -1) {
      head[o] = i;
      schools.push(o);
    } else next[tail[o]] = i;
    tail[o] = i;
  }
  return { head, next, schools };
};
