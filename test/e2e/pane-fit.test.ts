/**
 * The task pane as a specialist meets it at the widths Excel gives a task pane (320, 360, 450 px), on
 * the bundled sample and on a real regional ЕГЭ workbook (EAO): no step scrolls sideways, every banner
 * fits, the wide ЕГЭ sheet shows its subject blocks, and CSV files (alone or results + registry) open
 * and identify. Screenshots at 360 px go to docs/screenshots/ (the README shows them).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { createTranslator } from '../../src/i18n';
import { SAMPLE_WORKBOOK_PATH } from '../../src/sample/sample-path';
import { encodeCp1251, gridToCsv } from '../support/csv-export';
import { internalWordsIn, type Finding } from '../support/internal-words';
import { EAO_WORKBOOK, MOSCOW_REGISTRY_CSV, MOSCOW_RESULTS_CSV } from '../support/real-data';
import { launchChromium } from './chromium';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startBrowserServer } = require('../../scripts/start-browser.js') as {
  startBrowserServer: (o: { port: number; log?: (s: string) => void }) => Promise<{ url: string; close: () => Promise<void> }>;
};

const ru = createTranslator('ru');
const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'artifacts', 'screenshots');
const DOCS = join(ROOT, 'docs', 'screenshots');
const WIDTHS = [320, 360, 450] as const;
const DOCS_WIDTH = 360;

let server: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };
const pageErrors: string[] = [];
const visibleWords: Finding[] = [];

beforeAll(async () => {
  server = await startBrowserServer({ port: 0, log: () => undefined });
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const openPane = async (width: number): Promise<Page> => {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.setViewportSize({ width, height: 900 });
  await page.goto(server.url.replace('localhost', '127.0.0.1'));
  await page.getByRole('table', { name: ru('data.recognised') }).waitFor({ timeout: 60_000 });
  return page;
};

/** Opens files through the toolbar's file input (several at once are one dataset) and waits for the reading. */
const openFiles = async (page: Page, files: { name: string; buffer: Buffer }[]) => {
  await page.getByTestId('file-input').setInputFiles(files.map((f) => ({ ...f, mimeType: 'application/octet-stream' })));
  await page.getByText(ru('file.current', { name: files.map((f) => f.name).join(' + ') })).waitFor({ timeout: 60_000 });
  await page.getByRole('table', { name: ru('data.recognised') }).waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('[role="status"]'));
};

/** Every collapsed section opened, so the whole step is measured (and seen in the screenshot). */
const expandAll = async (page: Page) => {
  for (let guard = 0; guard < 40; guard++) {
    const closed = page.locator('#panel-data:not([hidden]) button[aria-expanded="false"], #panel-identification:not([hidden]) button[aria-expanded="false"], #panel-roadmap:not([hidden]) button[aria-expanded="false"]');
    if ((await closed.count()) === 0) break;
    await closed.first().click();
  }
};

/** The page does not scroll sideways, and no banner or control sticks out of the pane. */
const fitReport = (page: Page) =>
  page.evaluate(() => {
    const doc = document.documentElement;
    const width = doc.clientWidth;
    const outside = [...document.querySelectorAll('.fui-MessageBar, select, input, button, .fui-Field, label, h1, h2, h3, p, li, summary')]
      .filter((e) => {
        const box = e.getBoundingClientRect();
        if (box.width === 0 || e.closest('.opora-preview')) return false;
        return box.right > width + 0.5 || box.left < -0.5;
      })
      .map((e) => `${e.tagName.toLowerCase()}.${(e.className || '').toString().split(' ')[0]}: ${(e.textContent ?? '').slice(0, 60)}`);
    const banners = [...document.querySelectorAll('.fui-MessageBar')].filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => (b.textContent ?? '').slice(0, 60));
    return { scrollWidth: doc.scrollWidth, clientWidth: width, outside, banners };
  });

const expectFits = async (page: Page, where: string) => {
  const r = await fitReport(page);
  visibleWords.push(...internalWordsIn(where, await page.evaluate(() => document.body.innerText)));
  expect({ where, ...r, fits: r.scrollWidth <= r.clientWidth }).toEqual({ where, scrollWidth: r.scrollWidth, clientWidth: r.clientWidth, outside: [], banners: [], fits: true });
};

/** The whole page for CI; for the README the pane as the user sees it, scrolled to `focus`. */
const shoot = async (page: Page, name: string, width: number, focus?: Locator) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  if (focus) await focus.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  const file = join(ARTIFACTS, `${name}-${width}.png`);
  await page.screenshot({ path: file, fullPage: true });
  if (width === DOCS_WIDTH) {
    mkdirSync(DOCS, { recursive: true });
    const pane = join(ARTIFACTS, `${name}-${width}-pane.png`);
    await page.screenshot({ path: pane });
    copyFileSync(pane, join(DOCS, `${name}.png`));
  }
};

const tab = (page: Page, step: 'step.identification' | 'step.roadmap') => page.getByRole('tab', { name: new RegExp(ru(step)) }).click();

const identifyOn = async (page: Page) => {
  await tab(page, 'step.identification');
  await page.getByRole('button', { name: ru('identify.run') }).click();
  await page.locator('#panel-identification').getByText(/год: ШНОР|нет школ с результатами/).first().waitFor({ timeout: 60_000 });
};

const buildRoadmap = async (page: Page) => {
  await tab(page, 'step.roadmap');
  await page.getByRole('button', { name: ru('roadmap.build') }).click();
  await page.locator('#panel-roadmap table[data-sheet]').first().waitFor({ timeout: 60_000 });
};

const eao = () => ({ name: 'eao_ege_by_school_2022-2024.xlsx', buffer: readFileSync(EAO_WORKBOOK) });

describe.each(WIDTHS)('the task pane at %i px', (width) => {
  it('fits on every step of the sample workbook', async () => {
    const page = await openPane(width);
    await expandAll(page);
    await expectFits(page, 'sample: data');
    await identifyOn(page);
    await expandAll(page);
    await expectFits(page, 'sample: identification');
    await buildRoadmap(page);
    await expectFits(page, 'sample: roadmap');
    await page.close();
  });

  it('fits on every step of the EAO ЕГЭ workbook, shows its subject blocks and what was not evaluated', async () => {
    const page = await openPane(width);
    await openFiles(page, [eao()]);
    await expandAll(page);
    const sheet2023 = page.getByRole('region', { name: ru('mapping.sheet', { sheet: '2023' }) });
    const blocks = sheet2023.locator('details.opora-subject');
    expect(await blocks.count()).toBeGreaterThan(5);
    await expect(sheet2023.locator('details[data-subject="Русский язык"] summary').textContent()).resolves.toMatch(/Русский язык › .*Средний балл → [A-Z]+/);
    expect(await sheet2023.getByRole('textbox', { name: ru('mapping.year'), exact: true }).inputValue()).toBe('2023');
    expect(await sheet2023.getByRole('combobox', { name: ru('mapping.family'), exact: true }).inputValue()).toBe('ЕГЭ');
    await sheet2023.locator('details[data-subject="Русский язык"] summary').click();
    await expectFits(page, 'EAO: data');
    await shoot(page, '04-eao-mapping', width, sheet2023);
    await identifyOn(page);
    const notEvaluated = page.getByTestId('not-evaluated');
    await expect(notEvaluated.textContent()).resolves.toMatch(/S1 не оценивался/);
    await expandAll(page);
    await expectFits(page, 'EAO: identification');
    await shoot(page, '05-eao-identification', width, page.getByRole('region', { name: ru('identify.result'), exact: true }));
    await buildRoadmap(page);
    await expectFits(page, 'EAO: roadmap');
    await page.close();
  });

  it('keeps a long error banner inside the pane', async () => {
    const page = await openPane(width);
    const name = `Результаты_ЕГЭ_по_всем_муниципальным_образованиям_региона_за_2022-2024_годы_итоговая_версия_для_комитета.xlsx`;
    await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from('это не книга') });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(name.slice(0, 30));
    await expectFits(page, 'error banner');
    await page.close();
  });
});

describe('CSV files in the pane', () => {
  it('opens a regional CSV (Windows-1251, «;», decimal commas) with the registry as .xlsx, and identifies', async () => {
    const sample = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_WORKBOOK_PATH));
    const [results, registry] = await sample.readGrids(['Результаты ЕГЭ 2024', 'Школы']);
    const registryBook = XlsxWorkbook.empty();
    await registryBook.writeGridSheet(registry);
    const dir = join(tmpdir(), `opora-e2e-csv-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const csvName = 'Результаты ЕГЭ 2024.csv';
    writeFileSync(join(dir, csvName), encodeCp1251(gridToCsv(results, ';', true)));
    const page = await openPane(DOCS_WIDTH);
    await openFiles(page, [
      { name: csvName, buffer: readFileSync(join(dir, csvName)) },
      { name: 'Реестр школ.xlsx', buffer: Buffer.from(await registryBook.toBuffer()) },
    ]);
    const recognised = page.getByRole('table', { name: ru('data.recognised') });
    await expect(recognised.textContent()).resolves.toContain('Результаты ЕГЭ 2024');
    await expect(recognised.textContent()).resolves.toContain('Школы');
    await expandAll(page);
    await expectFits(page, 'CSV + registry: data');
    await shoot(page, '06-csv-registry', DOCS_WIDTH);
    await identifyOn(page);
    const table = page.getByRole('table', { name: ru('identify.result') });
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
    await expectFits(page, 'CSV + registry: identification');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ru('file.download') }).click()]);
    expect(download.suggestedFilename()).toBe('Результаты ЕГЭ 2024.opora.xlsx');
    await page.close();
  });

  it('opens the real Moscow results and registry CSVs together and says why nothing could be identified', async () => {
    const page = await openPane(DOCS_WIDTH);
    await openFiles(page, [
      { name: 'moscow_ege_by_school_2015-2016.csv', buffer: readFileSync(MOSCOW_RESULTS_CSV) },
      { name: 'moscow_schools_registry_2013_coords.csv', buffer: readFileSync(MOSCOW_REGISTRY_CSV) },
    ]);
    await expect(page.getByRole('table', { name: ru('data.recognised') }).getByRole('row').count()).resolves.toBe(3);
    await identifyOn(page);
    await expect(page.getByTestId('not-evaluated').textContent()).resolves.toMatch(/R1(, R2)? не оценивал/);
    await expectFits(page, 'Moscow CSV: identification');
    await page.close();
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });

  it('showed no internal word or long decimal on any step it measured', () => {
    expect(visibleWords).toEqual([]);
  });
});
