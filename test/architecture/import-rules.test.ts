import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';

/**
 * The README's import table is enforced by dependency-cruiser (.dependency-cruiser.cjs, `npm run
 * lint:imports`); this test runs it, so `npm test` fails on an import against the table.
 */
const ROOT = join(__dirname, '..', '..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const CRUISER = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

const cruise = (cwd: string): Violation[] => {
  const run = spawnSync(process.execPath, [CRUISER, 'src', '--config', CONFIG, '--output-type', 'json'], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (!run.stdout) throw new Error(`dependency-cruiser did not run: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
};

/** A throwaway project: tsconfig.json and the given files (path → source). */
const fixture = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'opora-imports-'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', moduleResolution: 'node', strict: true } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
};

const edges = (violations: Violation[]) => violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

describe('the import table', () => {
  test('src/ keeps it', () => {
    expect(edges(cruise(ROOT))).toEqual([]);
  }, 120_000);

  test('a forbidden import, a value import where only types may come, a host outside the composition root and a cycle are each reported', () => {
    const dir = fixture({
      'src/sheets/labels.ts': "export const LABEL = 'Лист';\n",
      'src/domain/types.ts': 'export interface School { key: string }\nexport const KINDS = 2;\n',
      'src/hosts/port.ts': 'export interface Port { name: string }\nexport const open = (): Port => ({ name: "x" });\n',
      'src/app/use-case.ts': "import { LABEL } from '../sheets/labels';\nexport const run = () => LABEL;\n",
      // functions/ may not import sheets/ (the deliberate bad import).
      'src/functions/bad.ts': "import { LABEL } from '../sheets/labels';\nexport const f = () => LABEL;\n",
      // The pane: types of the domain are allowed, its values are not; hosts only in wiring.ts.
      'src/taskpane/view.ts': "import type { School } from '../domain/types';\nimport { run } from '../app/use-case';\nexport const v = (s: School) => s.key + run();\n",
      'src/taskpane/value.ts': "import { KINDS } from '../domain/types';\nexport const k = KINDS;\n",
      'src/taskpane/wiring.ts': "import { open } from '../hosts/port';\nexport const w = open;\n",
      'src/taskpane/elsewhere.ts': "import { open } from '../hosts/port';\nexport const e = open;\n",
      'src/grid/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'src/grid/b.ts': "import type { a } from './a';\nexport const b = 1;\nexport type A = typeof a;\n",
    });
    try {
      const found = edges(cruise(dir));
      expect(found.filter((e) => !e.startsWith('no-cycles'))).toEqual(
        [
          'functions-imports: src/functions/bad.ts → src/sheets/labels.ts',
          'taskpane-imports-values: src/taskpane/value.ts → src/domain/types.ts',
          'taskpane-imports: src/taskpane/elsewhere.ts → src/hosts/port.ts',
        ].sort(),
      );
      // One cycle, reported once, even though one of its imports is type-only.
      expect(found.filter((e) => e.startsWith('no-cycles'))).toEqual([expect.stringMatching(/^no-cycles: src\/grid\/[ab]\.ts → src\/grid\/[ab]\.ts$/)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  test('every folder of src/ has its row in the README table and its rule, and no row names a missing folder', () => {
    const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Architecture'), readme.indexOf('\n## ', readme.indexOf('## Architecture') + 1));
    const rows = [...table.matchAll(/^\| `src\/([a-z0-9-]+)\/` \|/gm)].map((m) => m[1]).sort();
    expect(rows).toEqual(folders);
    const config = require(CONFIG) as { forbidden: { name: string }[] };
    const layers = [...new Set(config.forbidden.map((r) => /^([a-z0-9]+)-(root-)?imports/.exec(r.name)?.[1]).filter((n): n is string => !!n))].sort();
    expect(layers).toEqual(folders);
  });
});
