import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCliProcess } from './child';
import { benchFile, SCHOOLS } from './files';
import type { BenchFigure, BenchSection } from './section';

const ID = 'cli';

/** `opora identify` on the 40,000-school workbook as a user runs it: a fresh process, start-up included. */
export const cliSection: BenchSection = {
  id: ID,
  title: 'Командная строка: opora identify на книге страны',
  runs: 5,
  run: async (): Promise<BenchFigure[]> => {
    const { path } = await benchFile('schools', SCHOOLS);
    const dir = mkdtempSync(join(tmpdir(), 'opora-bench-cli-'));
    try {
      const r = runCliProcess(['identify', path, '--json', join(dir, 'result.json')]);
      if (r.code !== 0) throw new Error(`opora identify: ${r.stderr}`);
      const what = `opora identify, ${SCHOOLS} школ × 3 года`;
      return [
        { section: ID, name: `${what}: время процесса`, value: r.ms, unit: 'мс', note: 'от запуска до выхода, цель < 4 000' },
        { section: ID, name: `${what}: пик памяти процесса`, value: r.peakRssMb, unit: 'МБ', note: 'maxRSS, цель < 600' },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
