/**
 * Property: whatever output path a user types — through links, «..», a linked folder, a hard link, in
 * either option — the CLI never accepts one that resolves to an input file, and the input never changes.
 */
import fc from 'fast-check';
import { createHash } from 'crypto';
import { link, mkdir, mkdtemp, readFile, realpath, rm, stat, symlink, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import { baseGrids, workbookBytes } from './district';

let root: string;
let work: string;
let book: string;
let bookHash: string;
const sha = async (p: string) => createHash('sha256').update(await readFile(p)).digest('hex');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'opora-paths-'));
  work = join(root, 'work');
  await mkdir(join(work, 'sub'), { recursive: true });
  book = join(work, 'book.xlsx');
  await writeFile(book, await workbookBytes(baseGrids()));
  await writeFile(join(work, 'settings.json'), '{}');
  await symlink(book, join(work, 'link.xlsx'));
  await symlink('../book.xlsx', join(work, 'sub', 'up-link.xlsx'));
  await symlink(join(work, 'settings.json'), join(work, 'sub', 'settings-link.json'));
  await link(book, join(work, 'sub', 'hard.xlsx'));
  await symlink(work, join(work, 'dirlink'));
  await symlink('.', join(work, 'sub', 'self'));
  bookHash = await sha(book);
}, 60_000);
afterAll(() => rm(root, { recursive: true, force: true }));

const folders = fc.array(fc.constantFrom('.', 'sub', 'dirlink', 'sub/self', '..', 'sub/..'), { maxLength: 3 });
const names = fc.constantFrom('book.xlsx', 'link.xlsx', 'up-link.xlsx', 'hard.xlsx', 'settings.json', 'settings-link.json', 'new.json', 'copy.xlsx');
const outputPath = fc.tuple(folders, names).map(([dirs, name]) => [...dirs, name].join('/'));
const invocation = fc.record({
  command: fc.constantFrom('identify', 'roadmap', 'pair', 'targets'),
  option: fc.constantFrom('--json', '--out'),
  path: outputPath,
  bookAs: fc.constantFrom('book.xlsx', 'link.xlsx', 'sub/up-link.xlsx', 'sub/hard.xlsx', 'dirlink/book.xlsx'),
  withSettings: fc.boolean(),
});

const sameFile = async (a: string, b: string): Promise<boolean> => {
  if ((await realpath(a)) === (await realpath(b))) return true;
  const [sa, sb] = [await stat(a), await stat(b)];
  return sa.dev === sb.dev && sa.ino === sb.ino;
};

it('no output path the CLI accepts resolves to an input', async () => {
  await fc.assert(
    fc.asyncProperty(invocation, async ({ command, option, path, bookAs, withSettings }) => {
      const settings = withSettings && command === 'identify' ? ['--settings', 'settings.json'] : [];
      const io: CliIo = { out: () => undefined, err: () => undefined, cwd: work };
      const code = await runCli([command, bookAs, option, path, ...settings], io);
      expect(await sha(book)).toBe(bookHash);
      if (settings.length > 0) expect(await readFile(join(work, 'settings.json'), 'utf8')).toBe('{}');
      // Not an input this time, settings.json may be a legitimate output: put it back for the next runs.
      else await writeFile(join(work, 'settings.json'), '{}');
      if (code !== 0) return;
      const written = join(work, path);
      expect(await sameFile(written, book)).toBe(false);
      if (settings.length > 0) expect(await sameFile(written, join(work, 'settings.json'))).toBe(false);
    }),
    { numRuns: 100 },
  );
}, 300_000);

it('every command that writes succeeds on the book when its outputs are new files (the property above is not vacuous)', async () => {
  const io: CliIo = { out: () => undefined, err: () => undefined, cwd: work };
  for (const command of ['identify', 'roadmap', 'pair', 'targets']) {
    expect({ command, code: await runCli([command, 'book.xlsx', '--out', `fresh-${command}.xlsx`, '--json', `fresh-${command}.json`], io) }).toEqual({ command, code: 0 });
  }
  expect(await sha(book)).toBe(bookHash);
}, 120_000);
