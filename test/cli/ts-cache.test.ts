import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const TS_CACHE = join(__dirname, '../../bin/ts-cache.js');

/** Loads `file` in a fresh Node process through the launcher's cache: its export and whether TypeScript was loaded. */
const load = (file: string, cwd: string): { value: unknown; typescriptLoaded: boolean } => {
  const script = `require(${JSON.stringify(TS_CACHE)}).install();
const value = require(${JSON.stringify(file)}).value;
const typescriptLoaded = Object.keys(require.cache).some((k) => /[\\\\/]node_modules[\\\\/]typescript[\\\\/]/.test(k));
process.stdout.write(JSON.stringify({ value, typescriptLoaded }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8' })) as { value: unknown; typescriptLoaded: boolean };
};

describe('the launcher’s compiled-module cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'opora-ts-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('serves an unchanged module without loading TypeScript, and never serves an edited one stale', () => {
    const file = join(dir, 'module.ts');
    // A per-run token: the first load is a miss whatever earlier runs cached.
    const token = `${process.pid}-${Date.now()}`;
    const source = (n: number) => `const n: number = ${n};\nexport const value: string = \`${token}:\${n}\`;\n`;
    writeFileSync(file, source(1));
    const mtime = statSync(file).mtime;

    expect(load(file, dir)).toEqual({ value: `${token}:1`, typescriptLoaded: true });
    expect(load(file, tmpdir())).toEqual({ value: `${token}:1`, typescriptLoaded: false });

    // Same size and modification time, other content: the cache is keyed by content.
    writeFileSync(file, source(2));
    utimesSync(file, mtime, mtime);
    expect(load(file, dir).value).toBe(`${token}:2`);

    writeFileSync(file, source(1));
    utimesSync(file, mtime, mtime);
    expect(load(file, dir)).toEqual({ value: `${token}:1`, typescriptLoaded: false });
  });
});
