import type { SheetSpec } from '../../../grid/sheet-spec';
import { ExcelWorkbook } from '../excel-workbook';
import { OfficeDouble } from './office-double';

export interface OfficeCost {
  syncs: number;
  largestPayloadBytes: number;
  /** Payload bytes of every sync, in order. */
  payloads: number[];
}

export interface OfficeWriteCosts {
  write: OfficeCost;
  read: OfficeCost;
  /** What the adapter itself reported for the write (its own byte estimate). */
  reported: { syncs: number; largestPayloadBytes: number };
}

const costSince = (double: OfficeDouble, syncsBefore: number, payloadsBefore: number): OfficeCost => {
  const payloads = double.payloads.slice(payloadsBefore);
  return { syncs: double.syncCount - syncsBefore, largestPayloadBytes: payloads.reduce((a, b) => Math.max(a, b), 0), payloads };
};

/**
 * Writes a SheetSpec through ExcelWorkbook into the Office.js test double, then reads it back, and
 * returns what each cost in syncs and in the largest request or response (JSON bytes). For benchmarks.
 */
export const measureOfficeWrites = async (spec: SheetSpec): Promise<OfficeWriteCosts> => {
  const double = new OfficeDouble();
  double.seedSheet('Данные', { values: [['Школа'], ['№ 1']] });
  const book = new ExcelWorkbook(double.run, { read: { supportsMergedAreas: true } });
  const report = await book.writeSheet(spec);
  const write = costSince(double, 0, 0);
  const syncs = double.syncCount;
  const payloads = double.payloads.length;
  await book.readGrids([spec.name]);
  return { write, read: costSince(double, syncs, payloads), reported: { syncs: report.syncs, largestPayloadBytes: report.largestPayloadBytes } };
};
