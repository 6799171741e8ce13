/**
 * A full disk (an injected ENOSPC, after half the bytes are written) while Opora updates a
 * «<книга>.opora.xlsx» in place: the previous copy, with the user's edits, survives byte for byte, no
 * temporary file is left, and the user reads what to do. On success the previous copy is kept as a backup.
 */
import { createHash } from 'crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { nodeOutputFs, type OutputContent, type OutputFs } from '../../src/cli/atomic-write';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import { readXlsxGrids } from '../../src/hosts/xlsx/read-grids';
import { baseGrids, workbookBytes } from './district';

const sha = async (p: string) => createHash('sha256').update(await readFile(p)).digest('hex');
const fsError = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

const halfOf = (content: OutputContent): Uint8Array => {
  const bytes = content instanceof Uint8Array ? content : Buffer.from([...content].join(''));
  return bytes.subarray(0, bytes.length >> 1);
};

/** Node's calls, except that `failing` throws `code` (a write first puts half its bytes on disk). */
const failingFs = (failing: keyof OutputFs, code: string): OutputFs => ({
  ...nodeOutputFs,
  [failing]: async (...args: unknown[]) => {
    if (failing === 'writeNew') await writeFile(args[0] as string, halfOf(args[1] as OutputContent));
    throw fsError(code);
  },
});

let dir: string;
const cli = async (argv: string[], outputFs?: OutputFs) => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir, ...(outputFs ? { outputFs } : {}) };
  const code = await runCli(argv, io);
  return { code, text: [...out, ...err].join('\n') };
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'opora-disk-full-'));
  await writeFile(join(dir, 'book.xlsx'), await workbookBytes(baseGrids()));
  expect((await cli(['roadmap', 'book.xlsx'])).code).toBe(0);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const COPY = 'book.opora.xlsx';

it.each([
  ['writing the new copy', 'writeNew' as const],
  ['keeping the backup', 'copy' as const],
  ['renaming into place', 'rename' as const],
])('the disk filling up while %s leaves the previous .opora.xlsx as it was', async (_what, failing) => {
  const before = await sha(join(dir, COPY));
  const listing = (await readdir(dir)).sort();
  const { code, text } = await cli(['roadmap', COPY], failingFs(failing, 'ENOSPC'));
  expect(code).toBe(1);
  expect(text).toMatch(/Не удалось записать «[^»]*book\.opora\.xlsx»: на диске нет места\. Освободите место/);
  expect(text).not.toMatch(/Внутренняя ошибка|\n\s+at /);
  expect(await sha(join(dir, COPY))).toBe(before);
  // Nothing new but, at most, a complete backup of the previous copy (made before the write failed).
  const added = (await readdir(dir)).filter((f) => !listing.includes(f));
  expect(added.filter((f) => f !== 'book.opora.bak.xlsx')).toEqual([]);
  if (added.length > 0) expect(await sha(join(dir, 'book.opora.bak.xlsx'))).toBe(before);
});

it('a successful update keeps the previous version as «<книга>.opora.bak.xlsx» and writes a readable book', async () => {
  const before = await readFile(join(dir, COPY));
  const { code, text } = await cli(['roadmap', COPY]);
  expect(code).toBe(0);
  expect(text).toContain('book.opora.bak.xlsx');
  expect(await readFile(join(dir, 'book.opora.bak.xlsx'))).toEqual(before);
  expect((await readXlsxGrids(join(dir, COPY))).map((g) => g.sheet)).toEqual(expect.arrayContaining(['ЕГЭ 2024', 'Каталог мероприятий']));
  expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

it.each([
  ['EROFS', 'папка доступна только для чтения'],
  ['EACCES', 'нет прав на запись в эту папку'],
  ['EDQUOT', 'превышена дисковая квота'],
  ['EIO', 'ошибка ввода-вывода'],
])('%s while writing --json is a Russian sentence saying what to do', async (errno, sentence) => {
  const { code, text } = await cli(['identify', 'book.xlsx', '--json', 'r.json'], failingFs('writeNew', errno));
  expect(code).toBe(1);
  expect(text).toContain(`Не удалось записать «r.json»: ${sentence}`);
  expect((await readdir(dir)).filter((f) => f.startsWith('r.json') || f.endsWith('.tmp'))).toEqual([]);
});
