import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runIdentification } from '../../src/app/identify';
import { openXlsxFile, saveXlsxFile } from '../../src/hosts/xlsx/xlsx-file';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { identificationSheet } from '../../src/sheets/identification-sheet';
import { withKeyColumn } from '../../src/sheets/preserve-edits';
import type { SheetSpec } from '../../src/grid/sheet-spec';

/**
 * The identification sheet printed by a third-party reader: LibreOffice converts it to PDF, poppler
 * gives every word's box. The school, groups and criteria columns must print at a size people read
 * (the word height in points), which a one-page-wide fit of ~30 columns does not.
 */

const SAMPLE = path.join(__dirname, '../../assets/sample/opora-sample.xlsx');
const tools = ['soffice', 'pdfinfo', 'pdftotext'];
const has = (tool: string) => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const maybe = tools.every(has) ? describe : describe.skip;

interface Word {
  page: number;
  text: string;
  height: number;
}

/** Words of a PDF with their box heights (pdftotext -bbox-layout: coordinates in points). */
const wordsOf = (pdf: string): Word[] => {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const words: Word[] = [];
  const pages = html.split('<page ').slice(1);
  pages.forEach((chunk, i) => {
    for (const m of chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: i + 1, text: m[5], height: Number(m[4]) - Number(m[2]) });
    }
  });
  return words;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

maybe('the identification sheet printed through LibreOffice', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opora-ident-print-'));
  let spec: SheetSpec;

  const print = async (s: SheetSpec, name: string): Promise<{ pages: number; words: Word[] }> => {
    const book = XlsxWorkbook.empty();
    await book.writeSheet(withKeyColumn(s, 'ru'));
    const xlsx = path.join(dir, `${name}.xlsx`);
    await saveXlsxFile(book, xlsx);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'ignore', timeout: 110_000 });
    const pdf = path.join(dir, `${name}.pdf`);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
    return { pages, words: wordsOf(pdf) };
  };

  /** Height of the words of the school names: the data rows' text size as printed. */
  const schoolWordHeight = (words: Word[], names: string[]) => {
    const firstWords = new Set(names.map((n) => n.split(/\s+/)[0]));
    return median(words.filter((w) => firstWords.has(w.text)).map((w) => w.height));
  };

  let ours: { pages: number; words: Word[] };
  let onePageWide: { pages: number; words: Word[] };
  let names: string[];

  beforeAll(async () => {
    const { result } = await runIdentification(await openXlsxFile(SAMPLE), {});
    spec = identificationSheet(result, result.lastYear, 'ru');
    names = spec.rows.map((r) => String(r[1]));
    ours = await print(spec, 'ours');
    onePageWide = await print({ ...spec, print: { ...spec.print!, pagesWide: 1, repeatColumns: undefined } }, 'squeezed');
  }, 240_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the school names at a legible size (≥ 7 pt boxes), where squeezing every column onto one page width does not', () => {
    const legible = schoolWordHeight(ours.words, names);
    const squeezed = schoolWordHeight(onePageWide.words, names);
    if (process.env.OPORA_REPORT) console.log(`school words: ${legible.toFixed(1)} pt over ${ours.pages} pages; one page wide: ${squeezed.toFixed(1)} pt over ${onePageWide.pages} pages`); // eslint-disable-line no-console
    expect(legible).toBeGreaterThanOrEqual(7);
    expect(squeezed).toBeLessThan(legible);
  });

  it('page 1 holds the school, its groups and the criteria that put it there; the key column never prints', () => {
    const page1 = ours.words.filter((w) => w.page === 1).map((w) => w.text);
    expect(page1).toContain('Школа');
    expect(page1).toContain('Группы');
    expect(page1).toContain('Основания');
    expect(page1.some((w) => /^(ШНОР|ШНСУ)/.test(w))).toBe(true);
    expect(ours.words.some((w) => w.text === 'Ключ')).toBe(false);
  });

  it('every page repeats the school column, so the criteria pages can be read on their own', () => {
    expect(ours.pages).toBeGreaterThan(1);
    const firstSchoolWord = names[0].split(/\s+/)[0];
    const pagesWithSchool = new Set(ours.words.filter((w) => w.text === 'Школа').map((w) => w.page));
    expect(pagesWithSchool.size).toBe(ours.pages);
    expect(ours.words.some((w) => w.page === ours.pages && w.text === firstSchoolWord) || ours.words.some((w) => w.page > 1 && w.text === firstSchoolWord)).toBe(true);
  });
});
