import { join } from 'path';
import { runScriptProcess } from './child';
import { benchFile, SCHOOLS, TEACHER_ROWS } from './files';
import type { BenchFigure, BenchSection } from './section';

export { SCHOOLS, TEACHER_ROWS };

const ID = 'xlsx-read';
const CHILD = join(__dirname, 'read-child.ts');

const readCase = async (kind: 'schools' | 'teachers', rows: number, what: string): Promise<BenchFigure[]> => {
  const { path, kb } = await benchFile(kind, rows);
  const m = runScriptProcess<{ ms: number; records: number; problems: number }>(CHILD, [path]);
  return [
    { section: ID, name: `${what}: размер файла`, value: kb, unit: 'КБ' },
    { section: ID, name: `${what}: чтение и разбор`, value: m.ms, unit: 'мс', note: `записей прочитано: ${m.records}, замечаний: ${m.problems}` },
    { section: ID, name: `${what}: пик памяти процесса`, value: m.peakRssMb, unit: 'МБ', note: 'maxRSS отдельного процесса Node' },
  ];
};

/** Reading generated workbooks with the direct reader and recognising them, each in a fresh process (file generation is not timed). */
export const xlsxReadSection: BenchSection = {
  id: ID,
  title: 'Чтение .xlsx (прямое чтение + распознавание)',
  runs: 5,
  run: async () => [
    ...(await readCase('schools', SCHOOLS, `${SCHOOLS} школ × 3 года (ЕГЭ)`)),
    ...(await readCase('teachers', TEACHER_ROWS, `${TEACHER_ROWS} строк педагогов`)),
  ],
};
