export { buildSampleGrids, DEFAULT_SAMPLE_SEED } from './sample-workbook';
export { DISTRICT_NAME, SAMPLE_YEARS, SCHOOLS, SETTLEMENTS } from './district';
