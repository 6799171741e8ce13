import { ExcelWorkbook } from '../../hosts/excel/excel-workbook';
import type { OporaServices } from '../model';
import { createServices } from './session';

/** Inside Excel: the same services over Office.js. */
export const excelServices = (): OporaServices => createServices(new ExcelWorkbook());
