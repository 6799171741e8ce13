import type { Grid } from '../grid/grid';
import { applyMapping, type ReadOptions, type ReadResult } from './mapping';
import { WorkbookMappingSchema, type WorkbookMapping } from './mapping-schema';
import { makeProblem } from './problems';

/** Reads a workbook: a saved (user-confirmed) mapping is used where it still fits, detection elsewhere. */
export const readWorkbook = (grids: Grid[], saved?: WorkbookMapping | unknown, options: ReadOptions = {}): ReadResult => {
  if (saved === undefined || saved === null) return applyMapping(grids, { version: 1, sheets: [] }, options);
  const parsed = WorkbookMappingSchema.safeParse(saved);
  if (!parsed.success) {
    const result = applyMapping(grids, { version: 1, sheets: [] }, options);
    result.problems.unshift(makeProblem('invalid-saved-mapping', { sheet: grids[0]?.sheet ?? '' }));
    return result;
  }
  return applyMapping(grids, parsed.data, options);
};
