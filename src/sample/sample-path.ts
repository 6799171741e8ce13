import { resolve } from 'path';

/** Where the generated sample workbook lives in the repository (Node only). */
export const SAMPLE_WORKBOOK_PATH = resolve(__dirname, '../../assets/sample/opora-sample.xlsx');
