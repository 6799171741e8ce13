/**
 * A real build for a server other than the development one: nothing in dist/ may still point at
 * localhost. Unminified (terser is most of a build's time, and comments then stay in: a stricter check),
 * into a temporary directory so the repository's dist/ is left alone.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { checkManifest } from '../../scripts/manifest/checks';
import { pageScripts } from '../../scripts/bundle-size';
import { FUNCTIONS } from '../../src/functions/catalogue';

const ROOT = join(__dirname, '..', '..');
const ADDIN_URL = 'https://opora.example.org/addin/';
const TEXT_FILE = /\.(js|html|json|xml|css|txt|map)$/;

type WebpackCallback = (error: Error | null, stats?: { hasErrors(): boolean; toString(options: string): string }) => void;

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

let out: string;

beforeAll(async () => {
  const saved = process.env.ADDIN_URL;
  process.env.ADDIN_URL = ADDIN_URL;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = await require(join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
    out = mkdtempSync(join(tmpdir(), 'opora-build-'));
    config.output.path = out;
    config.optimization.minimize = false;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const webpack = require('webpack') as (config: unknown, callback: WebpackCallback) => void;
    await new Promise<void>((resolve, reject) =>
      webpack(config, (error, stats) => {
        if (error) reject(error);
        else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
        else resolve();
      }),
    );
  } finally {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  }
}, 15 * 60_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe(`a build with ADDIN_URL=${ADDIN_URL}`, () => {
  it('has no «localhost» in any file of dist/', () => {
    const offenders = files(out)
      .filter((f) => TEXT_FILE.test(f) && readFileSync(f, 'utf8').includes('localhost'))
      .map((f) => relative(out, f));
    expect(offenders).toEqual([]);
  });

  it('its manifest passes the offline checks against that server, <AppDomain> included', () => {
    const xml = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(xml).toContain('<AppDomain>https://opora.example.org</AppDomain>');
    const findings = checkManifest(xml, {
      serverRoot: ADDIN_URL,
      readHostedFile: (path) => {
        try {
          return readFileSync(join(out, path));
        } catch {
          return null;
        }
      },
    });
    expect(findings).toEqual([]);
  });

  it('both metadata files carry allowErrorForDataTypeAny and help URLs on that server', () => {
    for (const file of ['functions.json', 'functions-ru.json']) {
      const metadata = JSON.parse(readFileSync(join(out, file), 'utf8'));
      expect(metadata.allowErrorForDataTypeAny).toBe(true);
      expect(metadata.functions.map((f: { helpUrl: string }) => f.helpUrl)).toEqual(FUNCTIONS.map((f) => `${ADDIN_URL}help.html#${f.id}`));
    }
  });

  it('taskpane.html loads its scripts blocking, functions and commands before the UI', () => {
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]*\b(defer|async)\b/);
    const scripts = pageScripts(html);
    expect(scripts.indexOf('functions.js')).toBeLessThan(scripts.indexOf('taskpane.js'));
    expect(scripts.indexOf('commands.js')).toBeLessThan(scripts.indexOf('taskpane.js'));
  });
});
