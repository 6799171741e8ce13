import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkTargetsFromWorkbook, type TargetsRun } from '../../src/app/targets';
import { openXlsxFile, saveXlsxFile } from '../../src/hosts/xlsx/xlsx-file';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { hasTool } from '../support/tools';
import { SAMPLE_WORKBOOK_PATH } from '../../src/sample/sample-path';

/**
 * The charts a third-party reader draws from the .xlsx the CLI and the browser mode write: LibreOffice
 * converts the control sheet and the results over years to PDF, poppler finds each chart by its title
 * and legend and renders it to PNG. UPDATE_DOCS=1 (or a missing picture) copies the PNGs to docs/.
 */

const DOCS = path.join(__dirname, '../../docs');
const missing = ['soffice', 'pdfinfo', 'pdftotext', 'pdftoppm'].filter((t) => !hasTool(t));
const maybe = missing.length === 0 ? describe : describe.skip;
if (missing.length > 0) console.warn(`LibreOffice chart test skipped: not installed: ${missing.join(', ')}.`); // eslint-disable-line no-console

interface Word {
  text: string;
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

maybe('the target charts drawn by LibreOffice', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opora-targets-lo-'));
  const pdf = path.join(dir, 'targets.pdf');
  let run: TargetsRun;
  let words: Word[] = [];

  beforeAll(async () => {
    run = await checkTargetsFromWorkbook(await openXlsxFile(SAMPLE_WORKBOOK_PATH));
    const book = XlsxWorkbook.empty();
    for (const spec of run.specs.filter((s) => s.kind === 'targets-control' || s.kind === 'targets-over-time')) await book.writeSheet(spec);
    const xlsx = path.join(dir, 'targets.xlsx');
    await saveXlsxFile(book, xlsx);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'ignore', timeout: 110_000 });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
    for (let page = 1; page <= pages; page++) {
      const html = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', pdf, '-'], { encoding: 'utf8' });
      for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g))
        words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] });
    }
  }, 120_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The chart titled `first…` on its page: its box from the title line down to the legend. */
  const chartBox = (first: string, alsoInTitle: string, legend: string) => {
    const sameLine = (a: Word, b: Word) => a.page === b.page && Math.abs(a.yMin - b.yMin) < 1;
    const title = words.find((w) => w.text === first && words.some((o) => o.text === alsoInTitle && sameLine(o, w)))!;
    expect(title).toBeDefined();
    const line = words.filter((w) => sameLine(w, title) && w.xMin >= title.xMin && w.xMin - title.xMax < 400);
    // The legend is the lowest occurrence of its word under the title (the same word may label a bar).
    const legendWord = words
      .filter((w) => w.page === title.page && w.text === legend && w.yMin > title.yMin + 20 && Math.abs((w.xMin + w.xMax) / 2 - (title.xMin + title.xMax) / 2) < 200)
      .sort((a, b) => b.yMin - a.yMin)[0];
    expect(legendWord).toBeDefined();
    const centre = (title.xMin + Math.max(...line.map((w) => w.xMax))) / 2;
    const top = title.yMin - 10;
    const height = legendWord.yMax + 10 - top;
    return { page: title.page, top, height, centre, words: words.filter((w) => w.page === title.page && w.yMin >= top && w.yMax <= top + height) };
  };

  const render = (box: ReturnType<typeof chartBox>, aspect: number, name: string): Buffer => {
    const dpi = 300;
    const px = (pt: number) => Math.round((pt * dpi) / 72);
    const width = box.height * aspect;
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(box.page), '-l', String(box.page), '-singlefile',
      '-x', String(px(box.centre - width / 2)), '-y', String(px(box.top)), '-W', String(px(width)), '-H', String(px(box.height)), pdf, path.join(dir, name)]);
    const png = fs.readFileSync(path.join(dir, `${name}.png`));
    const target = path.join(DOCS, `${name}.png`);
    if (process.env.UPDATE_DOCS === '1' || !fs.existsSync(target)) fs.copyFileSync(path.join(dir, `${name}.png`), target);
    return png;
  };

  it('draws the compliance chart with every indicator’s name on its axis, and renders it to PNG', () => {
    const chart = run.specs.find((s) => s.kind === 'targets-control')!.charts![0];
    const box = chartBox('Выполнение', 'школами,', 'выполнивших,');
    const text = box.words.map((w) => w.text).join(' ');
    for (const indicator of run.control.schoolIndicators) expect(text).toContain(indicator.name.split(' ')[0]);
    const png = render(box, chart.width / chart.height, 'targets-compliance');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.length).toBeGreaterThan(5_000);
  });

  it('draws the group sizes by year with the years on the axis and both groups in the legend', () => {
    const chart = run.specs.find((s) => s.kind === 'targets-over-time')!.charts![0];
    const box = chartBox('Численность', 'ШНОР', 'ШНСУ');
    const text = box.words.map((w) => w.text).join(' ');
    for (const year of run.overTime.years) expect(text).toContain(String(year));
    expect(text).toContain('ШНОР');
    const png = render(box, chart.width / chart.height, 'targets-groups');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  });
});
