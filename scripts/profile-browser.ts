/**
 * Profiles browser mode on the bench's 40k-school book in headless Chromium (CDP): the file open until
 * the recognised table shows and the identification click until its result shows. Writes a
 * .cpuprofile per phase to OUT (default /tmp/opora-profile) and prints the top self-time functions,
 * the GC share and the JS heap after each phase. Not a bench figure: build without minifying for names
 * (`npx webpack --mode production --no-optimization-minimize`).
 *
 *   node -r @swc-node/register scripts/profile-browser.ts [--no-profile]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/chromium';
import { benchFile, SCHOOLS } from './bench/files';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startBrowserServer } = require('./start-browser.js') as {
  startBrowserServer: (o: { port: number; log?: (s: string) => void }) => Promise<{ url: string; close: () => Promise<void> }>;
};

const OUT = process.env.OUT ?? '/tmp/opora-profile';
const PROFILE = !process.argv.includes('--no-profile');
/** Sample the allocations still live after each phase (and a full GC) instead of CPU time. */
const HEAP = process.argv.includes('--heap');

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

/** Live bytes by allocating function (self) and by the frames on the stack (inclusive), top 25 each. */
const summariseHeap = (name: string, root: HeapNode) => {
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  const key = (n: HeapNode) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const walk = (n: HeapNode, stack: string[]): number => {
    const k = key(n);
    self.set(k, (self.get(k) ?? 0) + n.selfSize);
    const total = n.selfSize + n.children.reduce((sum, c) => sum + walk(c, [...stack, k]), 0);
    if (!stack.includes(k)) incl.set(k, (incl.get(k) ?? 0) + total);
    return total;
  };
  walk(root, []);
  const print = (title: string, m: Map<string, number>) => {
    console.log(`\n== ${name}: live ${title}`);
    for (const [k, b] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${String(Math.round(b / 1048576)).padStart(6)} MB  ${k}`);
  };
  print('self', self);
  print('inclusive', incl);
};

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const summarise = (name: string, profile: CpuProfile) => {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const dt = profile.timeDeltas[i] ?? 0;
    const file = n.callFrame.url.split('/').pop() ?? '';
    const key = `${n.callFrame.functionName || '(anon)'} ${file}:${n.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
  console.log(`\n== ${name}: ${Math.round(total / 1000)} ms sampled`);
  for (const [k, us] of top) console.log(`${String(Math.round(us / 1000)).padStart(7)} ms  ${((us / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
};

const metrics = async (cdp: CDPSession): Promise<Map<string, number>> => {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return new Map(list.map((m) => [m.name, m.value]));
};

const heapMb = async (cdp: CDPSession): Promise<string> => {
  const m = await metrics(cdp);
  const mb = (n: string) => Math.round((m.get(n) ?? 0) / 1048576);
  return `JS heap used ${mb('JSHeapUsedSize')} MB of ${mb('JSHeapTotalSize')} MB, DOM nodes ${m.get('Nodes')}`;
};

/** Main-thread durations (ms) Chromium accounts between two metric snapshots. */
const durations = (a: Map<string, number>, b: Map<string, number>): string =>
  ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration']
    .map((n) => `${n.replace('Duration', '')} ${Math.round(((b.get(n) ?? 0) - (a.get(n) ?? 0)) * 1000)}`)
    .join(', ');

const procText = (pid: string, file: string): string => {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
};

/** The renderer processes of the Chromium with this profile: CPU ms (user+sys, all threads) and VmHWM MB. */
const renderers = (profile: string): { cpuMs: number; hwmMb: number } => {
  const pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  const tick = 10; // USER_HZ 100
  const parent = new Map(pids.map((p) => [p, procText(p, 'stat').split(') ')[1]?.split(' ')[1] ?? '']));
  const browser = pids.find((p) => procText(p, 'cmdline').includes(profile) && !procText(p, 'cmdline').includes('--type='));
  const descends = (p: string): boolean => {
    for (let q = parent.get(p); q && q !== '0' && q !== '1'; q = parent.get(q)) if (q === browser) return true;
    return false;
  };
  let cpuMs = 0;
  let hwmMb = 0;
  for (const p of pids) {
    if (!descends(p) || !procText(p, 'cmdline').includes('--type=renderer')) continue;
    const f = procText(p, 'stat').split(') ')[1]?.split(' ') ?? [];
    cpuMs += (Number(f[11]) + Number(f[12])) * tick;
    hwmMb = Math.max(hwmMb, Number(/VmHWM:\s+(\d+)/.exec(procText(p, 'status'))?.[1] ?? 0) / 1024);
  }
  return { cpuMs, hwmMb: Math.round(hwmMb) };
};

let profileDir = '';

const phase = async (cdp: CDPSession, name: string, act: () => Promise<void>) => {
  if (HEAP) await cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096, ...(process.env.ALLOC ? { includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } : {}) });
  else if (PROFILE) {
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  const before = renderers(profileDir);
  const m0 = await metrics(cdp);
  const t0 = Date.now();
  await act();
  const ms = Date.now() - t0;
  const after = renderers(profileDir);
  console.log(`main thread ms: ${durations(m0, await metrics(cdp))}`);
  console.log(`\n${name}: ${ms} ms wall, renderer CPU ${after.cpuMs - before.cpuMs} ms, renderer VmHWM ${after.hwmMb} MB; ${await heapMb(cdp)}`);
  if (HEAP) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: HeapNode } };
    summariseHeap(name, profile.head);
  } else if (PROFILE) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    writeFileSync(join(OUT, `${name}.cpuprofile`), JSON.stringify(profile));
    summarise(name, profile);
  }
};

const main = async () => {
  mkdirSync(OUT, { recursive: true });
  const { path } = await benchFile('schools', SCHOOLS);
  const server = await startBrowserServer({ port: 0, log: () => undefined });
  const browser = await launchChromium();
  profileDir = browser.profile;
  try {
    const page: Page = await browser.context.newPage();
    page.on('console', (m) => console.log(`[page] ${m.text()}`));
    await page.goto(server.url.replace('localhost', '127.0.0.1'));
    await page.locator('[data-testid="recognised-table"]').waitFor({ state: 'visible', timeout: 120_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('HeapProfiler.enable');
    console.log(`before open: renderer VmHWM ${renderers(profileDir).hwmMb} MB; ${await heapMb(cdp)}`);
    await phase(cdp, 'open', async () => {
      await page.getByTestId('file-input').setInputFiles(path);
      await page.waitForFunction(
        (n) => [...document.querySelectorAll('[data-testid="recognised-table"] td')].some((td) => td.textContent === String(n)),
        SCHOOLS,
        { timeout: 300_000, polling: 20 },
      );
    });
    await page.getByRole('tab', { name: /Идентификация/ }).click();
    const run = page.getByRole('button', { name: 'Выполнить идентификацию' });
    await run.waitFor();
    await phase(cdp, 'identify', async () => {
      await run.click();
      await page.getByRole('table', { name: 'Результат' }).waitFor({ state: 'visible', timeout: 300_000 });
    });
    await cdp.send('HeapProfiler.collectGarbage');
    console.log(`\nafter GC: ${await heapMb(cdp)}`);
  } finally {
    await browser.close();
    await server.close();
  }
};

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
