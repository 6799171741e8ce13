/**
 * Bench section «browser»: browser mode on the whole country's workbook in headless Chromium - opening
 * the 40,000-school file until the recognised table shows it, the identification click until its result
 * shows, and the tab's peak memory (VmHWM of the renderer processes). Needs a build (made when stale).
 */
import { readdirSync, readFileSync } from 'fs';
import { launchChromium } from '../../test/e2e/chromium';
import { benchFile, SCHOOLS } from './files';
import type { BenchFigure, BenchSection } from './section';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startBrowserServer } = require('../start-browser.js') as {
  startBrowserServer: (o: { port: number; log?: (s: string) => void }) => Promise<{ url: string; close: () => Promise<void> }>;
};

const ID = 'browser';

const procText = (pid: string, file: string): string => {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
};

/** Peak resident memory (MB) of the renderer processes of the Chromium started with this profile. */
const rendererPeakMb = (profile: string): number => {
  const pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  const parent = new Map(pids.map((p) => [p, procText(p, 'stat').split(') ')[1]?.split(' ')[1] ?? '']));
  const browser = pids.find((p) => procText(p, 'cmdline').includes(profile) && !procText(p, 'cmdline').includes('--type='));
  if (!browser) return NaN;
  const descends = (p: string): boolean => {
    for (let q = parent.get(p); q && q !== '0' && q !== '1'; q = parent.get(q)) if (q === browser) return true;
    return false;
  };
  const peaks = pids
    .filter((p) => descends(p) && procText(p, 'cmdline').includes('--type=renderer'))
    .map((p) => Number(/VmHWM:\s+(\d+)/.exec(procText(p, 'status'))?.[1] ?? 0));
  return Math.round(Math.max(0, ...peaks) / 1024);
};

export const browserSection: BenchSection = {
  id: ID,
  title: 'Режим браузера (Chromium): книга страны',
  runs: 5,
  run: async (): Promise<BenchFigure[]> => {
    const { path } = await benchFile('schools', SCHOOLS);
    const server = await startBrowserServer({ port: 0, log: () => undefined });
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url.replace('localhost', '127.0.0.1'));
      await page.locator('[data-testid="recognised-table"]').waitFor({ state: 'visible', timeout: 120_000 });

      const openStart = Date.now();
      await page.getByTestId('file-input').setInputFiles(path);
      await page.waitForFunction(
        (n) => [...document.querySelectorAll('[data-testid="recognised-table"] td')].some((td) => td.textContent === String(n)),
        SCHOOLS,
        { timeout: 300_000, polling: 20 },
      );
      const openMs = Date.now() - openStart;

      await page.getByRole('tab', { name: /Идентификация/ }).click();
      const run = page.getByRole('button', { name: 'Выполнить идентификацию' });
      await run.waitFor();
      const clickStart = Date.now();
      await run.click();
      await page.getByRole('table', { name: 'Результат' }).waitFor({ state: 'visible', timeout: 300_000 });
      const clickMs = Date.now() - clickStart;
      const tabMb = rendererPeakMb(browser.profile);
      return [
        { section: ID, name: `открытие книги ${SCHOOLS} школ → таблица «Что распознано»`, value: openMs, unit: 'мс', note: 'цель < 2 000' },
        { section: ID, name: 'щелчок «Выполнить идентификацию» → результат', value: clickMs, unit: 'мс', note: 'цель < 1 500' },
        { section: ID, name: 'пик памяти вкладки', value: tabMb, unit: 'МБ', note: 'VmHWM процесса отрисовки; цель < 600' },
      ];
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
