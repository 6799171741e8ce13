import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../../../src/cli/main';
import { FastXlsx } from '../../../src/hosts/xlsx/fast/read-book';
import { XlsxWorkbook } from '../../../src/hosts/xlsx/xlsx-workbook';
import type { RunContext } from '../../../src/taskpane/model';
import { createServices } from '../../../src/taskpane/services/create-services';

/**
 * Issue 11: a file is read once per open. Every read of the user's sheets goes through the direct reader
 * (FastXlsx.read or readGrids); identification, what-if and roadmap reuse what the first read recognised.
 */

const SAMPLE = join(__dirname, '..', '..', '..', 'assets', 'sample', 'opora-sample.xlsx');
const ctx = (): RunContext => ({ signal: new AbortController().signal, onProgress: () => undefined });

/** Counts the reads that include one of `userSheets`, by either entry (read: the pane's and the CLI's; readGrids: synchronous). */
const countReads = (userSheets: string[]) => {
  const spies = [jest.spyOn(FastXlsx.prototype, 'readGrids'), jest.spyOn(FastXlsx.prototype, 'read')];
  return {
    reads: () => spies.reduce((n, spy) => n + spy.mock.calls.filter(([names]) => names.some((name: string) => userSheets.includes(name))).length, 0),
    restore: () => spies.forEach((spy) => spy.mockRestore()),
  };
};

const userSheets = (): string[] => new FastXlsx(readFileSync(SAMPLE), 'sample').sheets.map((s) => s.name);

describe('one read of the workbook per file open', () => {
  test('task pane: opening reads once; identification, what-if, a second run and the roadmap read nothing more', async () => {
    const counter = countReads(userSheets());
    try {
      const services = createServices(await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE), 'opora-sample.xlsx'));
      const sheets = (await services.listSheets()).map((s) => s.name);
      await services.readData(sheets, null, ctx());
      expect(counter.reads()).toBe(1);

      const identification = services.identification!;
      const first = await identification.run(identification.defaults, [], ctx());
      expect(first.flagged.length).toBeGreaterThan(0);
      await identification.preview({ ...identification.defaults, 'R2.enabled': false }, [], new AbortController().signal);
      await identification.run({ ...identification.defaults, 'R3.enabled': false }, [], ctx());
      await services.roadmap!.build(services.roadmap!.yearOptions().defaultYear, ctx());
      expect(counter.reads()).toBe(1);
    } finally {
      counter.restore();
    }
  }, 60_000);

  test('CLI: identify and roadmap each read the book once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opora-one-read-'));
    const counter = countReads(userSheets());
    try {
      const io = { out: () => undefined, err: () => undefined, cwd: dir };
      expect(await runCli(['identify', SAMPLE, '--json', join(dir, 'r.json')], io)).toBe(0);
      expect(counter.reads()).toBe(1);
      expect(await runCli(['roadmap', SAMPLE, '--year', '2025/2026', '--out', join(dir, 'r.xlsx')], io)).toBe(0);
      expect(counter.reads()).toBe(2);
    } finally {
      counter.restore();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
