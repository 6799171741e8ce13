/**
 * Browser mode end to end in real headless Chromium: the sample preloaded, one column mapping
 * corrected, identification run, roadmap built, targets checked, the workbook downloaded and its sheets checked.
 * Screenshots go to artifacts/screenshots/ (CI artefacts); one per step is copied to docs/screenshots/.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { createTranslator } from '../../src/i18n';
import { launchChromium } from './chromium';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startBrowserServer } = require('../../scripts/start-browser.js') as {
  startBrowserServer: (o: { port: number; log?: (s: string) => void }) => Promise<{ url: string; port: number; close: () => Promise<void> }>;
};

const ru = createTranslator('ru');
const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'artifacts', 'screenshots');
const DOCS = join(ROOT, 'docs', 'screenshots');

let server: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };
let page: Page;
const pageErrors: string[] = [];
/** Every request the browser made while the whole scenario ran (pages, scripts, workers, downloads). */
const requested: string[] = [];

/** The whole page for CI; the pane as the user sees it (the viewport) for the README. */
const shoot = async (name: string, committed: boolean, focus?: Locator) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  if (focus) await focus.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  if (committed) {
    mkdirSync(DOCS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `${name}-pane.png`) });
    copyFileSync(join(ARTIFACTS, `${name}-pane.png`), join(DOCS, `${name}.png`));
  }
};

const tab = (name: string) => page.getByRole('tab', { name: new RegExp(name) });
const sheetNamesIn = async (scope: Locator) => scope.locator('table[data-sheet]').evaluateAll((ts) => ts.map((t) => t.getAttribute('data-sheet') ?? ''));
/** Writes every previewed sheet a step has not written itself, then waits for each confirmation. */
const writeAll = async (scope: Locator, names: string[]) => {
  for (const sheet of names) {
    const button = scope.getByRole('button', { name: ru('sheet.write', { sheet }) });
    if ((await button.count()) > 0) await button.click();
    const confirmation = ru('sheet.written', { sheet, rows: 0 }).replace(/0\.$/, '');
    await scope.getByText(confirmation, { exact: false }).waitFor();
  }
};

beforeAll(async () => {
  server = await startBrowserServer({ port: 0, log: () => undefined });
  browser = await launchChromium();
  browser.context.on('request', (r) => requested.push(r.url()));
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(server.url.replace('localhost', '127.0.0.1'));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('browser mode', () => {
  const written: string[] = [];

  it('opens with the sample read and shows what was recognised', async () => {
    const recognised = page.getByRole('table', { name: ru('data.recognised') });
    await recognised.waitFor({ timeout: 60_000 });
    expect(await recognised.getByRole('row').count()).toBeGreaterThan(1);
    expect(await page.getByText(ru('file.current', { name: 'opora-sample.xlsx' })).count()).toBe(1);
    await shoot('01-data', true, recognised);
  });

  it('remembers a corrected column mapping', async () => {
    await page.getByRole('region', { name: ru('mapping.title') }).getByRole('button').first().click();
    const editor = page.locator('section.opora-mapping').first();
    const selects = editor.locator('select');
    const values = await selects.evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
    const used = new Set(values.filter((v) => v !== ''));
    // An unset field takes a column nobody uses; failing that, a set optional field is cleared.
    let target = -1;
    let choice = '';
    for (let i = 0; i < values.length && target < 0; i++) {
      if (values[i] !== '') continue;
      const free = await selects.nth(i).locator('option').evaluateAll((os, taken) => os.map((o) => (o as HTMLOptionElement).value).find((v) => v !== '' && !(taken as string[]).includes(v)), [...used]);
      if (free) [target, choice] = [i, free];
    }
    if (target < 0) {
      const required = await editor.locator('label').evaluateAll((ls) => ls.map((l) => l.textContent?.includes('*') ?? false));
      target = values.findIndex((v, i) => v !== '' && !required[i]);
      choice = '';
    }
    expect(target).toBeGreaterThanOrEqual(0);
    await selects.nth(target).selectOption(choice);
    await shoot('01b-mapping-corrected', false);
    await editor.getByRole('button', { name: ru('mapping.apply') }).click();
    await page.getByRole('table', { name: ru('data.recognised') }).waitFor();
    await page.waitForFunction(
      ([i, v]) => {
        const select = document.querySelectorAll('section.opora-mapping')[0]?.querySelectorAll('select')[i as number] as HTMLSelectElement | undefined;
        return select?.value === v && !document.querySelector('[role="status"]');
      },
      [target, choice] as const,
    );
  });

  it('runs identification and writes its sheets', async () => {
    await tab(ru('step.identification')).click();
    await page.getByRole('button', { name: ru('identify.run') }).click();
    const result = page.getByRole('region', { name: ru('identify.result'), exact: true });
    const table = page.getByRole('table', { name: ru('identify.result') });
    await table.waitFor({ timeout: 60_000 });
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
    const names = await sheetNamesIn(result);
    expect(names.length).toBeGreaterThan(0);
    await writeAll(result, names);
    written.push(...names);
    await shoot('02-identification', true, page.getByRole('button', { name: ru('identify.run') }));
  });

  it('pairs partners and draws them as a picture', async () => {
    await tab(ru('step.partners')).click();
    await page.getByRole('button', { name: ru('partners.run') }).click();
    const result = page.getByRole('region', { name: ru('step.partners'), exact: true });
    await result.locator('figure svg').waitFor({ timeout: 60_000 });
    expect(await result.locator('figure svg line').count()).toBeGreaterThan(0);
    await shoot('04-partners', true, result.locator('figure'));
  });

  it('builds the roadmap and writes its sheets', async () => {
    await tab(ru('step.roadmap')).click();
    await page.getByRole('button', { name: ru('roadmap.build') }).click();
    const result = page.getByRole('region', { name: ru('step.roadmap'), exact: true });
    await result.locator('table[data-sheet]').first().waitFor({ timeout: 60_000 });
    const names = await sheetNamesIn(result);
    expect(names.length).toBeGreaterThan(0);
    await writeAll(result, names);
    written.push(...names);
    await shoot('03-roadmap', true, page.getByRole('tab', { name: new RegExp(ru('step.roadmap')) }));
  });

  it('checks the target indicators, writes their sheets and draws both charts in the pane', async () => {
    await tab(ru('step.targets')).click();
    await page.getByRole('button', { name: ru('step.targets'), exact: true }).click();
    const result = page.getByRole('region', { name: ru('step.targets'), exact: true });
    await result.getByRole('img', { name: /Выполнение целевых показателей/ }).waitFor({ timeout: 60_000 });
    expect(await result.getByRole('img', { name: /Численность групп/ }).count()).toBe(1);
    const names = await sheetNamesIn(result);
    expect(names).toContain('Контроль показателей 2024');
    written.push(...names);
    await shoot('04-targets', true, result.getByRole('img', { name: /Выполнение целевых показателей/ }));
  });

  it('downloads the workbook with the generated sheets filled in', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ru('file.download') }).click()]);
    const path = await download.path();
    const book = await XlsxWorkbook.fromBuffer(readFileSync(path));
    const sheets = (await book.listSheets()).map((s) => s.name);
    for (const name of written) expect(sheets).toContain(name);
    const grids = await book.readGrids(written);
    for (const grid of grids) {
      const filledRows = grid.values.filter((r) => r.some((v) => v !== null && v !== '')).length;
      expect(filledRows).toBeGreaterThan(2);
    }
    // The user's own sheets are still there.
    expect(sheets.length).toBeGreaterThan(written.length);
  });

  it('serves nothing outside dist/ and the sample folder', async () => {
    const status = (rawPath: string) =>
      new Promise<number>((resolve, reject) => {
        const { port } = new URL(server.url);
        request({ host: '127.0.0.1', port, path: rawPath }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
          .on('error', reject)
          .end();
      });
    expect(await status('/sample/opora-sample.xlsx')).toBe(200);
    expect(await status('/office/office.js')).toBe(404); // browser mode ships no office.js
    expect(await status('/../package.json')).toBe(404);
    expect(await status('/sample/../../package.json')).toBe(404);
    expect(await status('/%2e%2e/package.json')).toBe(404);
  });

  it('sent no request outside this computer: no office.js, no telemetry, no fonts from a CDN', () => {
    expect(requested.length).toBeGreaterThan(0);
    const outside = requested.filter((url) => {
      if (/^(data|blob|about):/.test(url)) return false;
      return !['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname);
    });
    expect(outside).toEqual([]);
    expect(requested.filter((url) => /office(\.debug)?\.js|office_strings/i.test(url))).toEqual([]);
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
