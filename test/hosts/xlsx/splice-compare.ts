import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { FastXlsx } from '../../../src/hosts/xlsx/fast/read-book';
import { readRawEntries } from '../../../src/hosts/xlsx/splice/raw-zip';

/** Helpers of the splice tests: what must stay the same between the user's book, the spliced save and ExcelJS's whole rewrite. */

/** The parts a splice may change; every other part of the user's package must be copied as stored. */
export const MAY_CHANGE = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', 'xl/sharedStrings.xml', 'xl/calcChain.xml', 'docProps/app.xml']);

export const entryNames = (bytes: Uint8Array): string[] => readRawEntries(bytes).map((e) => e.name);

/** Parts of `original` (other than MAY_CHANGE and `removed`) whose stored bytes differ in `saved`, or that it lacks. */
export const changedParts = (original: Uint8Array, saved: Uint8Array, removed: ReadonlySet<string> = new Set()): string[] => {
  const after = new Map(readRawEntries(saved).map((e) => [e.name, e]));
  return readRawEntries(original)
    .filter((e) => !MAY_CHANGE.has(e.name) && !removed.has(e.name))
    .filter((e) => {
      const a = after.get(e.name);
      return !a || a.crc !== e.crc || a.method !== e.method || Buffer.compare(Buffer.from(a.data), Buffer.from(e.data)) !== 0;
    })
    .map((e) => e.name);
};

export const loadExcel = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
};

/** Every cell of a sheet: address → value and style, as ExcelJS reads them. */
export const cellsOf = (ws: ExcelJS.Worksheet): Record<string, { value: unknown; style: unknown }> => {
  const out: Record<string, { value: unknown; style: unknown }> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      out[cell.address] = { value: cell.value, style: JSON.parse(JSON.stringify(cell.style ?? {})) };
    }),
  );
  return out;
};

/** A worksheet as ExcelJS models it, cells by address, without what only numbers the parts (ids). */
export const sheetModel = (ws: ExcelJS.Worksheet) => {
  const m = ws.model as unknown as Record<string, unknown>;
  const { id: _id, rows: _rows, ...rest } = m;
  return JSON.parse(JSON.stringify({ ...rest, cells: cellsOf(ws), columns: (ws.columns ?? []).map((c) => ({ width: c.width, hidden: c.hidden })) }));
};

export const fastGrids = (bytes: Uint8Array, sheets: string[]) => new FastXlsx(bytes, 'книга').readGrids(sheets);

export const unzipText = (bytes: Uint8Array, name: string): string | null => {
  const f = unzipSync(bytes, { filter: (e) => e.name === name })[name];
  return f ? new TextDecoder().decode(f) : null;
};
