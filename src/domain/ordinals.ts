/**
 * Every school key of a run numbered once (0, 1, 2…): per-year findings are kept in arrays indexed
 * by this number instead of one map per criterion and year, which for 10,000s of schools costs
 * a map build and a lookup per criterion.
 */
export type SchoolOrdinals = Map<string, number>;
