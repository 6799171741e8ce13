import type { Dataset, Family } from '../domain/records';
import type { TableKind } from './fields';

export interface SheetReport {
  sheet: string;
  kind: TableKind | null;
  headerRows: number[]; // 1-based
  fields: { column: string; path: string; field: string; subject?: string }[];
  years: number[];
  family?: Family;
  schools: number;
  regionRow?: number;
  subtotalRows: number[];
  skipped?: string;
}

/** What reading one sheet produced, before it is merged into the workbook's dataset. */
export type SheetOutput = Dataset & {
  report: SheetReport;
  years: Set<number>;
  families: Set<Family>;
};
