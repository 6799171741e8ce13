import { existsSync, mkdirSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { saveXlsxFile } from '../../src/hosts/xlsx/xlsx-file';
import { buildScaledResultGrids, buildScaledTeacherGrid } from '../../src/sample/scaled';
import { gridsToWorkbook } from '../../src/sample/write-sample';

export const SCHOOLS = 40_000;
export const TEACHER_ROWS = 200_000;

const DIR = join(tmpdir(), 'opora-bench-files');

/**
 * The bench's generated workbooks, written once per machine (writing them takes longer than any
 * figure measured on them, and is not measured): the sample's layouts with many more rows.
 */
export const benchFile = async (kind: 'schools' | 'teachers', rows: number): Promise<{ path: string; kb: number }> => {
  mkdirSync(DIR, { recursive: true });
  const path = join(DIR, `${kind}-${rows}.xlsx`);
  if (!existsSync(path)) {
    const grids = kind === 'schools' ? buildScaledResultGrids(rows) : [buildScaledTeacherGrid(rows)];
    await saveXlsxFile(await gridsToWorkbook(grids), `${path}.part`);
    const { renameSync } = await import('fs');
    renameSync(`${path}.part`, path);
  }
  return { path, kb: Math.round(statSync(path).size / 1024) };
};
