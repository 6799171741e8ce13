import type { OporaServices } from '../model';

/** Placeholder until hosts/excel lands (ExcelWorkbook over Office.js). */
export const excelServices = (): OporaServices => {
  throw new Error('Excel host is not available in this build');
};
