import ExcelJS from 'exceljs';
import { repairLoadedWorkbook } from './exceljs-repairs';
import { notAWorkbook, sniff, toBytes } from './xlsx-format';

/** Loads .xlsx bytes into ExcelJS; anything that is not an .xlsx workbook becomes a HostError. */
export const loadWorkbook = async (buf: ArrayBuffer | Uint8Array, label = 'книга'): Promise<ExcelJS.Workbook> => {
  const bytes = toBytes(buf);
  const format = sniff(bytes);
  if (format !== 'zip') throw notAWorkbook(label, format);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS types its input as a Node Buffer; a Uint8Array is what it actually reads, in browsers too.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw notAWorkbook(label, 'zip', e instanceof Error ? e.message : String(e));
  }
  repairLoadedWorkbook(wb);
  return wb;
};
