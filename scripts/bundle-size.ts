/**
 * Gzip size of what each page of dist/ loads at start (its <script src> files; office.js from the
 * CDN is not ours). Fails when taskpane.html - what Excel loads - exceeds the budget.
 * Run after `npm run build`: node -r @swc-node/register scripts/bundle-size.ts [dist]
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';

export const TASKPANE_BUDGET_BYTES = 350 * 1024;

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface PageSize {
  page: string;
  scripts: ScriptSize[];
  gzipBytes: number;
}

/** Local script files of a page, in order; absolute URLs (the office.js CDN) are skipped. */
export const pageScripts = (html: string): string[] =>
  [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)["']?/gi)].map((m) => m[1]).filter((src) => !/^[a-z]+:\/\//i.test(src) && !src.startsWith('//'));

export const measurePage = (distDir: string, page: string): PageSize => {
  const html = readFileSync(join(distDir, page), 'utf8');
  const scripts = pageScripts(html).map((file) => {
    const bytes = readFileSync(join(distDir, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return { page, scripts, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
};

export const withinBudget = (size: PageSize, budget = TASKPANE_BUDGET_BYTES): boolean => size.gzipBytes <= budget;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

if (require.main === module) {
  const dist = process.argv[2] ?? join(__dirname, '..', 'dist');
  let failed = false;
  for (const page of ['taskpane.html', 'browser.html']) {
    if (!existsSync(join(dist, page))) continue;
    const size = measurePage(dist, page);
    console.log(`${page}: ${kb(size.gzipBytes)} gzip at start`);
    for (const s of size.scripts) console.log(`  ${s.file.padEnd(28)} ${kb(s.bytes).padStart(10)} ${kb(s.gzipBytes).padStart(10)} gzip`);
    if (page === 'taskpane.html' && !withinBudget(size)) {
      console.error(`taskpane.html loads ${kb(size.gzipBytes)} gzip: over the ${kb(TASKPANE_BUDGET_BYTES)} budget`);
      failed = true;
    }
  }
  process.exitCode = failed ? 1 : 0;
}
