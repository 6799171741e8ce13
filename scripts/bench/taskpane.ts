/**
 * Bench section «taskpane»: gzip size of the JavaScript taskpane.html and browser.html load at start
 * (scripts/bundle-size.ts measures it; chunks loaded on demand, like ExcelJS in browser mode, are
 * not counted) and the browser mode's time to interactive: navigation start → the data step's table
 * visible in headless Chromium, the median of a few cold starts. Needs a build (made when stale).
 */
import { join } from 'path';
import { launchChromium } from '../../test/e2e/chromium';
import { measurePage, TASKPANE_BUDGET_BYTES } from '../bundle-size';
import type { BenchFigure, BenchSection } from './section';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startBrowserServer } = require('../start-browser.js') as {
  startBrowserServer: (o: { port: number; log?: (s: string) => void }) => Promise<{ url: string; close: () => Promise<void> }>;
};

const ID = 'taskpane';
const DIST = join(__dirname, '..', '..', 'dist');
const RUNS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds from navigation start to the recognised-data table, per cold start (fresh profile). */
export const timeToInteractive = async (url: string, runs = RUNS): Promise<number[]> => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.locator('[data-testid="recognised-table"]').waitFor({ state: 'visible', timeout: 120_000 });
      times.push(await page.evaluate(() => performance.now()));
    } finally {
      await browser.close();
    }
  }
  return times;
};

export const taskpaneSection: BenchSection = {
  id: ID,
  title: 'Панель задач: размер JS (gzip) и время до готовности в режиме браузера',
  run: async (): Promise<BenchFigure[]> => {
    const server = await startBrowserServer({ port: 0, log: () => undefined });
    try {
      const taskpane = measurePage(DIST, 'taskpane.html');
      const browser = measurePage(DIST, 'browser.html');
      const times = await timeToInteractive(server.url.replace('localhost', '127.0.0.1'));
      const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
      return [
        {
          section: ID,
          name: 'taskpane.html: JS при запуске (gzip)',
          value: kb(taskpane.gzipBytes),
          unit: 'KB',
          note: `бюджет ${kb(TASKPANE_BUDGET_BYTES)} KB`,
        },
        { section: ID, name: 'browser.html: JS при запуске (gzip)', value: kb(browser.gzipBytes), unit: 'KB', note: 'без ExcelJS, он грузится по требованию' },
        {
          section: ID,
          name: 'Режим браузера: до таблицы «Что распознано»',
          value: Math.round(median(times)),
          unit: 'мс',
          note: `медиана ${times.length} холодных запусков, пример книги`,
        },
      ];
    } finally {
      await server.close();
    }
  },
};
