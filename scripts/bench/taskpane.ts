/**
 * Bench section «task pane»: gzip size of the JavaScript the Excel task pane loads at start
 * (taskpane.html's own scripts, without office.js from the CDN and without chunks loaded on demand)
 * and the browser mode's time to interactive: navigation start → the data step's table visible,
 * in headless Chromium, median of a few runs. Run alone: node -r @swc-node/register scripts/bench/taskpane.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../test/e2e/chromium';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startBrowserServer } = require('../start-browser.js') as {
  startBrowserServer: (o: { port: number; log?: (s: string) => void }) => Promise<{ url: string; close: () => Promise<void> }>;
};

const DIST = join(__dirname, '..', '..', 'dist');
export const BUNDLE_BUDGET_KB = 350;
const RUNS = 3;

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  budget?: number;
}

/** Local script files an HTML page of dist/ loads at start. */
export const startScripts = (html: string): string[] =>
  [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]).filter((src) => !/^(https?:)?\/\//.test(src) && !src.includes('office.js'));

export const gzipKb = (files: string[]): number =>
  files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0) / 1024;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const measureTimeToInteractive = async (runs = RUNS): Promise<number> => {
  const server = await startBrowserServer({ port: 0, log: () => undefined });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const browser = await launchChromium();
      try {
        const page = await browser.context.newPage();
        await page.goto(server.url.replace('localhost', '127.0.0.1'));
        await page.locator('[data-testid="recognised-table"]').waitFor({ state: 'visible', timeout: 120_000 });
        times.push(await page.evaluate(() => performance.now()));
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return median(times);
};

export const benchTaskpane = async (): Promise<BenchFigure[]> => {
  const taskpane = startScripts(readFileSync(join(DIST, 'taskpane.html'), 'utf8'));
  const browser = startScripts(readFileSync(join(DIST, 'browser.html'), 'utf8'));
  return [
    { name: 'Task pane JS at start (gzip)', value: Math.round(gzipKb(taskpane) * 10) / 10, unit: 'KB', budget: BUNDLE_BUDGET_KB },
    { name: 'Browser mode JS at start (gzip)', value: Math.round(gzipKb(browser) * 10) / 10, unit: 'KB' },
    { name: `Browser mode time to interactive (median of ${RUNS})`, value: Math.round(await measureTimeToInteractive()), unit: 'ms' },
  ];
};

if (require.main === module) {
  benchTaskpane()
    .then((figures) => {
      for (const f of figures) console.log(`${f.name}: ${f.value} ${f.unit}${f.budget ? ` (budget ${f.budget} ${f.unit})` : ''}`);
      if (figures.some((f) => f.budget !== undefined && f.value > f.budget)) process.exitCode = 1;
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
