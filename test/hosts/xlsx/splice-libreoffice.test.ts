import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { FastXlsx } from '../../../src/hosts/xlsx/fast/read-book';
import { runCliIn } from '../../support/run-cli';
import { hasTool } from '../../support/tools';
import { featureBook } from './feature-book';

/**
 * LibreOffice opens a spliced book: the sample with Opora's target sheets (native charts) and the book
 * with a chart, an image, a pivot table and macros after identification, each converted by LibreOffice
 * to a new .xlsx whose sheets and texts are read back.
 */

const SAMPLE = join(__dirname, '../../../assets/sample/opora-sample.xlsx');
const maybe = hasTool('soffice') ? describe : describe.skip;

maybe('a spliced book read by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'opora-splice-lo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const roundTrip = (file: string): FastXlsx => {
    const outdir = join(dir, 'lo');
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outdir, join(dir, file)], {
      stdio: 'ignore',
      timeout: 110_000,
    });
    const converted = join(outdir, file.replace(/\.xlsm$/, '.xlsx'));
    return new FastXlsx(new Uint8Array(readFileSync(converted)), file);
  };

  it.each([
    { input: 'sample.xlsx', bytes: () => readFileSync(SAMPLE), command: 'targets', out: 'targets.xlsx', pivotSheet: null },
    { input: 'features.xlsm', bytes: () => featureBook(readFileSync(SAMPLE)), command: 'identify', out: 'identified.xlsm', pivotSheet: 'Школы' },
  ])('$input, $command → $out', async ({ input, bytes, command, out, pivotSheet }) => {
    writeFileSync(join(dir, input), bytes());
    expect((await runCliIn(dir, [command, input, '--out', out])).code).toBe(0);
    const saved = new FastXlsx(new Uint8Array(readFileSync(join(dir, out))), out);
    const opened = roundTrip(out);
    const names = saved.sheets.filter((s) => s.state === 'visible').map((s) => s.name);
    expect(opened.sheets.filter((s) => s.state === 'visible').map((s) => s.name)).toEqual(names);
    // Every visible sheet's text cells as LibreOffice read them: numbers may be re-rounded, empty texts become
    // empty cells, and the pivot table's area widens the sheet with empty cells.
    const trimmed = <T>(list: T[], empty: (t: T) => boolean): T[] => {
      let end = list.length;
      while (end > 0 && empty(list[end - 1])) end--;
      return list.slice(0, end);
    };
    const texts = (book: FastXlsx) =>
      book.readGrids(names).map((g) =>
        trimmed(
          g.values.map((row) => trimmed(row.map((v) => (typeof v === 'string' && v !== '' ? v : null)), (v) => v === null)),
          (row) => row.length === 0,
        ),
      );
    const [after, before] = [texts(opened), texts(saved)];
    names.forEach((name, i) => {
      // LibreOffice refreshes a pivot table it has read: its data field's caption appears in its area.
      if (name === pivotSheet) expect(after[i].flat()).toContain('Сумма');
      else expect([name, after[i]]).toEqual([name, before[i]]);
    });
  }, 150_000);
});
