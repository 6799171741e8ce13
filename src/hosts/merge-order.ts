import type { MergeArea } from '../grid/grid';

/** Merges in reading order, so a grid does not depend on how a host happened to list them. */
export const byPosition = (a: MergeArea, b: MergeArea): number => a.top - b.top || a.left - b.left;
