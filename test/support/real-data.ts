import { resolve } from 'path';

/** The real committee workbooks shipped beside the repo in ../shared/data/real (read-only). */
export const REAL_DATA_DIR = resolve(__dirname, '../../../shared/data/real');
export const EAO_WORKBOOK = resolve(REAL_DATA_DIR, 'eao_ege_by_school_2022-2024.xlsx');
export const MOSCOW_RESULTS_CSV = resolve(REAL_DATA_DIR, 'moscow_ege_by_school_2015-2016.csv');
export const MOSCOW_REGISTRY_CSV = resolve(REAL_DATA_DIR, 'moscow_schools_registry_2013_coords.csv');
