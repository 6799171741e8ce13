import { access } from 'fs/promises';
import { openXlsxFile } from '../hosts/xlsx/xlsx-file';
import type { XlsxWorkbook } from '../hosts/xlsx/xlsx-workbook';
import { buildSampleGrids } from '../sample';
import { SAMPLE_WORKBOOK_PATH } from '../sample/sample-path';
import { gridsToWorkbook } from '../sample/write-sample';

/** The bundled sample: the committed .xlsx, or the same workbook built in memory when the file is absent. */
export const openSample = async (): Promise<{ book: XlsxWorkbook; path: string; paths: string[] }> => {
  try {
    await access(SAMPLE_WORKBOOK_PATH);
  } catch {
    return { book: await gridsToWorkbook(buildSampleGrids()), path: SAMPLE_WORKBOOK_PATH, paths: [SAMPLE_WORKBOOK_PATH] };
  }
  return { book: await openXlsxFile(SAMPLE_WORKBOOK_PATH), path: SAMPLE_WORKBOOK_PATH, paths: [SAMPLE_WORKBOOK_PATH] };
};
