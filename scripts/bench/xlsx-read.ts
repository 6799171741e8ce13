import { mkdtemp, rm, stat } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { readXlsxGrids } from '../../src/hosts/xlsx/read-grids';
import { saveXlsxFile } from '../../src/hosts/xlsx/xlsx-file';
import type { Grid } from '../../src/hosts/port';
import { buildScaledResultGrids, buildScaledTeacherGrid } from '../../src/sample/scaled';
import { gridsToWorkbook } from '../../src/sample/write-sample';
import { readWorkbook } from '../../src/tables';
import { measure, timeAndMemory } from './measure';
import type { BenchFigure, BenchSection } from './section';

export const SCHOOLS = 40_000;
export const TEACHER_ROWS = 200_000;

const ID = 'xlsx-read';

const readCase = async (dir: string, file: string, grids: Grid[], what: string): Promise<BenchFigure[]> => {
  const path = join(dir, file);
  await saveXlsxFile(await gridsToWorkbook(grids), path);
  const size = (await stat(path)).size;
  grids.length = 0; // let the generated grids go before measuring
  let m;
  try {
    m = await measure(async () => readWorkbook(await readXlsxGrids(path)));
  } catch (e) {
    // A failing case is a finding too: report it and let the other cases run.
    return [{ section: ID, name: `${what}: чтение и разбор`, value: NaN, unit: 'мс', note: `ошибка: ${e instanceof Error ? e.message : String(e)}` }];
  }
  const rows = m.value.dataset.results.length + m.value.dataset.teachers.length;
  return [
    { section: ID, name: `${what}: размер файла`, value: Math.round(size / 1024), unit: 'КБ' },
    ...timeAndMemory(ID, `${what}: чтение и разбор`, m, `записей прочитано: ${rows}, замечаний: ${m.value.problems.length}`),
  ];
};

/** Reading generated workbooks through the .xlsx adapter and the reader (file generation is not timed). */
export const xlsxReadSection: BenchSection = {
  id: ID,
  title: 'Чтение .xlsx (адаптер ExcelJS + распознавание)',
  run: async () => {
    const dir = await mkdtemp(join(tmpdir(), 'opora-bench-'));
    try {
      return [
        ...(await readCase(dir, 'schools.xlsx', buildScaledResultGrids(SCHOOLS), `${SCHOOLS} школ × 3 года (ЕГЭ)`)),
        ...(await readCase(dir, 'teachers.xlsx', [buildScaledTeacherGrid(TEACHER_ROWS)], `${TEACHER_ROWS} строк педагогов`)),
      ];
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
