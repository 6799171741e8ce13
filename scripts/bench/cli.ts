import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCliProcess } from './child';
import { benchFile, SCHOOLS } from './files';
import type { BenchFigure, BenchSection } from './section';

/** `opora identify` on the 40,000-school workbook as a user runs it, with the given output: a fresh process, start-up included. */
const identifyProcess = (section: Omit<BenchSection, 'run'>, output: (dir: string) => string[], label: string, notes: { time: string; memory: string }): BenchSection => ({
  ...section,
  run: async (): Promise<BenchFigure[]> => {
    const { path } = await benchFile('schools', SCHOOLS);
    const dir = mkdtempSync(join(tmpdir(), `opora-bench-${section.id}-`));
    try {
      const r = runCliProcess(['identify', path, ...output(dir)]);
      if (r.code !== 0) throw new Error(`${label}: ${r.stderr}`);
      const what = `${label}, ${SCHOOLS} школ × 3 года`;
      return [
        { section: section.id, name: `${what}: время процесса`, value: r.ms, unit: 'мс', note: notes.time },
        { section: section.id, name: `${what}: пик памяти процесса`, value: r.peakRssMb, unit: 'МБ', note: notes.memory },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export const cliSection = identifyProcess(
  { id: 'cli', title: 'Командная строка: opora identify на книге страны', runs: 5 },
  (dir) => ['--json', join(dir, 'result.json')],
  'opora identify',
  { time: 'от запуска до выхода, цель < 4 000', memory: 'maxRSS, цель < 600' },
);

/**
 * The copy with Opora's sheets spliced into the user's package (src/hosts/xlsx/splice/), ExcelJS rendering
 * only Opora's sheets. Fewer runs: a run takes many seconds.
 */
export const cliSaveSection = identifyProcess(
  { id: 'cli-out', title: 'Командная строка: opora identify --out (копия книги страны с листами Опоры)', runs: 3 },
  (dir) => ['--out', join(dir, 'copy.xlsx')],
  'opora identify --out',
  { time: 'от запуска до выхода, копия записана', memory: 'maxRSS' },
);
