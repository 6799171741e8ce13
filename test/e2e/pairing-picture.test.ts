/**
 * The pairing picture of the Moscow open data, rendered by real headless Chromium from the same SVG the
 * task pane shows, saved as docs/pairing-moscow.png for the README.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { solvePairing } from '../../src/domain/pairing/solve';
import { pairingPictureSvg } from '../../src/taskpane/pairing-picture';
import { moscowInstance } from '../pairing/moscow';
import { launchChromium } from './chromium';

const DOCS = join(__dirname, '..', '..', 'docs');

test('the Moscow pairs as a picture (PNG for the README)', async () => {
  const m = await moscowInstance();
  const result = solvePairing(m.input);
  const svg = pairingPictureSvg({
    schools: m.input.schools,
    pairs: result.pairs,
    needy: new Set(m.input.needs.map((n) => n.schoolKey)),
    width: 720,
    height: 720,
    title: `Москва, ЕГЭ 2015/16: ${result.pairs.length} пар, расстояния по координатам реестра`,
  });
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 720, height: 720 });
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    const lines = await page.locator('svg line').count();
    expect(lines).toBe(result.pairs.length);
    mkdirSync(DOCS, { recursive: true });
    await page.locator('svg').screenshot({ path: join(DOCS, 'pairing-moscow.png') });
  } finally {
    await browser.close();
  }
}, 120_000);
