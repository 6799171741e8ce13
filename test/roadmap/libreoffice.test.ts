import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildRoadmapFromWorkbook } from '../../src/app/roadmap';
import { openXlsxFile, saveXlsxFile } from '../../src/hosts/xlsx/xlsx-file';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { hasTool } from '../support/tools';

/**
 * A third-party reader opens what we write: LibreOffice converts the roadmap of the sample workbook
 * to PDF, poppler reads the pages back and renders page 1 to PNG. UPDATE_DOCS=1 copies that PNG to
 * docs/roadmap-page1.png (the picture the README shows).
 */

const SAMPLE = path.join(__dirname, '../../assets/sample/opora-sample.xlsx');
const DOCS_PNG = path.join(__dirname, '../../docs/roadmap-page1.png');


const tools = ['soffice', 'pdfinfo', 'pdftotext', 'pdftoppm'];
const missing = tools.filter((t) => !hasTool(t));
const maybe = missing.length === 0 ? describe : describe.skip;
if (missing.length > 0) {
  // eslint-disable-next-line no-console
  console.warn(`LibreOffice test skipped: not installed: ${missing.join(', ')} (CI installs libreoffice-calc and poppler-utils).`);
}

maybe('the roadmap read by LibreOffice', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opora-roadmap-'));
  let pdf = '';
  let pages = 0;

  beforeAll(async () => {
    const sample = await openXlsxFile(SAMPLE);
    const run = await buildRoadmapFromWorkbook(sample, { schoolYear: '2025/2026' });
    const spec = run.specs.find((s) => s.kind === 'roadmap')!;
    const book = XlsxWorkbook.empty();
    await book.writeSheet(spec);
    const xlsx = path.join(dir, 'roadmap.xlsx');
    await saveXlsxFile(book, xlsx);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
      stdio: 'ignore',
      timeout: 110_000,
    });
    pdf = path.join(dir, 'roadmap.pdf');
    pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
  }, 120_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const pageText = (page: number) => execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });

  it('prints on several landscape A4 pages (rows grow with their wrapped text)', () => {
    expect(pages).toBeGreaterThan(1);
    const [w, h] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })) ?? []).slice(1).map(Number);
    expect(w).toBeCloseTo(842, -1); // A4 landscape: 842 × 595 pt
    expect(h).toBeCloseTo(595, -1);
  });

  it('shows the title, the approval block and sections in Cyrillic on page 1', () => {
    const text = pageText(1);
    expect(text).toContain('Дорожная карта');
    expect(text).toContain('УТВЕРЖДЁН приказом');
    expect(text).toContain('1. Аналитический этап');
  });

  it('repeats the whole header row on every page (fit to width, repeated header)', () => {
    for (let p = 1; p <= pages; p++) {
      const text = pageText(p);
      expect(text).toContain('Мероприятие');
      expect(text).toContain('Примечание'); // the last visible column is on the same page as the first
      expect(text).not.toContain('Ключ'); // the technical key column is hidden
    }
  });

  it('ends with the legend of abbreviations', () => {
    expect(pageText(pages)).toContain('ММС – муниципальная методическая служба');
  });

  it('renders page 1 to PNG', () => {
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(dir, 'page1')]);
    const png = fs.readFileSync(path.join(dir, 'page1.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
    if (process.env.UPDATE_DOCS === '1' || !fs.existsSync(DOCS_PNG)) fs.copyFileSync(path.join(dir, 'page1.png'), DOCS_PNG);
  });
});
