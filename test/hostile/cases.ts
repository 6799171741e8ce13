import { execFileSync } from 'child_process';
import { link, mkdir, symlink, truncate, writeFile } from 'fs/promises';
import { join } from 'path';
import type { CellValue } from '../../src/grid/cell';
import { SAMPLE_WORKBOOK_PATH } from '../../src/sample/sample-path';
import { encryptedBook, oldXls, withParts } from './crafted';
import { baseGrids, COL, resultsGrid, rowOf, withCell, workbookBytes } from './district';

export interface RunResult {
  code: number;
  out: string;
  err: string;
  maxRssKb: number;
}

export interface HostileCase {
  id: string;
  /** The bullet of issue 10 the case belongs to. */
  item: number;
  /** Writes the case's files into its own empty folder. */
  setup(dir: string): Promise<void>;
  argv: string[];
  code: number;
  /** Russian text one printed line must hold, together with `place`. */
  message: RegExp;
  /** Where: the path as typed, or «Лист …, строка …, столбец …». */
  place: string;
  /** Files (in the case folder) whose bytes, and link targets, must stay as they were. */
  inputs: string[];
  /** A workbook in the folder whose flags the run's must equal (the same book with the hostile value blank). */
  control?: string;
  check?: (dir: string, run: RunResult) => Promise<void>;
}

const BOOK = 'book.xlsx';
const writeBook = async (dir: string, name = BOOK, grids = baseGrids(), state?: string) => writeFile(join(dir, name), await workbookBytes(grids, state));
const base = (dir: string) => writeBook(dir);

/** Cases where an output is an input, or two outputs are one file: refused before anything is written. */
const sameFileCases: HostileCase[] = [
  ['identify --json onto the book', ['identify', BOOK, '--json', BOOK], BOOK],
  ['identify --out onto the book', ['identify', BOOK, '--out', BOOK], BOOK],
  ['identify --out ./book.xlsx', ['identify', BOOK, '--out', `./${BOOK}`], `./${BOOK}`],
  ['identify --out via a symbolic link', ['identify', BOOK, '--out', 'link.xlsx'], 'link.xlsx'],
  ['identify --out via a hard link', ['identify', BOOK, '--out', 'hard.xlsx'], 'hard.xlsx'],
  ['identify --json via a symbolic link', ['identify', BOOK, '--json', 'link.xlsx'], 'link.xlsx'],
  ['identify --json via a hard link', ['identify', BOOK, '--json', 'hard.xlsx'], 'hard.xlsx'],
  ['identify --out through a linked folder', ['identify', BOOK, '--out', 'dirlink/book.xlsx'], 'dirlink/book.xlsx'],
  ['identify read through a link, --out the real file', ['identify', 'link.xlsx', '--out', BOOK], BOOK],
  ['roadmap --out onto the book', ['roadmap', BOOK, '--out', BOOK], BOOK],
  ['roadmap --out via a hard link', ['roadmap', BOOK, '--out', 'hard.xlsx'], 'hard.xlsx'],
  ['roadmap --json onto the book', ['roadmap', BOOK, '--json', BOOK], BOOK],
  ['roadmap --json via a symbolic link', ['roadmap', BOOK, '--json', 'link.xlsx'], 'link.xlsx'],
  ['demo --out onto the book', ['demo', BOOK, '--out', BOOK], BOOK],
  ['demo --out via a symbolic link', ['demo', BOOK, '--out', 'link.xlsx'], 'link.xlsx'],
  ['identify --settings and --json the same file', ['identify', BOOK, '--settings', 'settings.json', '--json', 'settings.json'], 'settings.json'],
].map(([id, argv, place]): HostileCase => ({
  id: id as string,
  item: 1,
  setup: async (dir) => {
    await base(dir);
    await symlink(join(dir, BOOK), join(dir, 'link.xlsx'));
    await link(join(dir, BOOK), join(dir, 'hard.xlsx'));
    await symlink(dir, join(dir, 'dirlink'));
    await writeFile(join(dir, 'settings.json'), '{}');
  },
  argv: argv as string[],
  code: 1,
  message: /входной файл|исходный файл/,
  place: place as string,
  inputs: [BOOK, 'link.xlsx', 'hard.xlsx', 'settings.json'],
}));

const twoOutputs: HostileCase[] = [
  ['identify --json X --out X', ['identify', BOOK, '--json', 'x.out', '--out', 'x.out']],
  ['roadmap --json X --out X', ['roadmap', BOOK, '--json', 'x.out', '--out', 'x.out']],
  ['identify --json and --out one file through a link', ['identify', BOOK, '--json', 'out.xlsx', '--out', 'outlink.xlsx']],
].map(([id, argv]): HostileCase => ({
  id: id as string,
  item: 1,
  setup: async (dir) => {
    await base(dir);
    await writeFile(join(dir, 'out.xlsx'), 'previous');
    await symlink(join(dir, 'out.xlsx'), join(dir, 'outlink.xlsx'));
  },
  argv: argv as string[],
  code: 1,
  message: /указывают на один файл/,
  place: (argv as string[])[3],
  inputs: [BOOK, 'out.xlsx'],
}));

const otherOutputCases: HostileCase[] = [
  {
    id: 'sample written onto the bundled sample through a link',
    item: 1,
    setup: async (dir) => symlink(SAMPLE_WORKBOOK_PATH, join(dir, 'sample-link.xlsx')),
    argv: ['sample', 'sample-link.xlsx'],
    code: 1,
    message: /входной файл|исходный файл/,
    place: 'sample-link.xlsx',
    inputs: ['sample-link.xlsx'],
  },
  {
    id: 'output is a link to a missing file',
    item: 1,
    setup: async (dir) => {
      await base(dir);
      await symlink(join(dir, 'nowhere', 'x.json'), join(dir, 'dangling.json'));
    },
    argv: ['identify', BOOK, '--json', 'dangling.json'],
    code: 1,
    message: /ссылка на несуществующий файл/,
    place: 'dangling.json',
    inputs: [BOOK],
  },
];

const fifo = (path: string) => execFileSync('mkfifo', [path]);

/** Item 3 (CLI part): anything but a regular file is refused at once, never read. */
const nonRegularCases: HostileCase[] = [
  ['a FIFO as the book', ['identify', 'pipe.xlsx'], 'pipe.xlsx', /канал/],
  ['/dev/zero as the book', ['identify', '/dev/zero'], '/dev/zero', /устройство/],
  ['/dev/urandom as the book', ['identify', '/dev/urandom'], '/dev/urandom', /устройство/],
  ['/dev/zero for roadmap', ['roadmap', '/dev/zero'], '/dev/zero', /устройство/],
  ['/dev/urandom for inspect', ['inspect', '/dev/urandom'], '/dev/urandom', /устройство/],
  ['a folder as the book', ['identify', 'folder'], 'folder', /папка/],
  ['a folder named like a book', ['identify', 'folder.xlsx'], 'folder.xlsx', /папка/],
  ['a FIFO as the settings', ['identify', BOOK, '--settings', 'pipe.xlsx'], 'pipe.xlsx', /канал/],
  ['/dev/zero as the settings', ['identify', BOOK, '--settings', '/dev/zero'], '/dev/zero', /устройство/],
  ['a folder as the settings', ['identify', BOOK, '--settings', 'folder'], 'folder', /папка/],
  ['a link to /dev/zero as the book', ['identify', 'zero-link.xlsx'], 'zero-link.xlsx', /устройство/],
].map(([id, argv, place, message]): HostileCase => ({
  id: id as string,
  item: 3,
  setup: async (dir) => {
    await base(dir);
    fifo(join(dir, 'pipe.xlsx'));
    await mkdir(join(dir, 'folder'));
    await mkdir(join(dir, 'folder.xlsx'));
    await symlink('/dev/zero', join(dir, 'zero-link.xlsx'));
  },
  argv: argv as string[],
  code: 1,
  message: message as RegExp,
  place: place as string,
  inputs: [BOOK],
}));

/** Item 4: file-system conditions give a Russian sentence that says what to do. */
const ioCases: HostileCase[] = [
  ['the book is missing', ['identify', 'missing.xlsx'], 'missing.xlsx', /не найден/],
  ['the settings file is missing', ['identify', BOOK, '--settings', 'missing.json'], 'missing.json', /не найден/],
  ['--json is a folder', ['identify', BOOK, '--json', 'folder'], 'folder', /это папка/],
  ['--out is a folder', ['identify', BOOK, '--out', 'folder'], 'folder', /это папка/],
  ['roadmap --out is a folder', ['roadmap', BOOK, '--out', 'folder'], 'folder', /это папка/],
  ['--json into /dev/full', ['identify', BOOK, '--json', '/dev/full'], '/dev/full', /не обычный файл/],
  ['--out into /dev/full', ['identify', BOOK, '--out', '/dev/full'], '/dev/full', /не обычный файл/],
  ['--json under a file, not a folder', ['identify', BOOK, '--json', 'notes.txt/r.json'], 'notes.txt/r.json', /вместо папки стоит файл/],
  ['--out deep under a file', ['identify', BOOK, '--out', 'notes.txt/a/b.xlsx'], 'notes.txt/a/b.xlsx', /вместо папки стоит файл/],
  ['--json name too long', ['identify', BOOK, '--json', `${'ы'.repeat(200)}.json`], 'ыыыы', /слишком длинное имя/],
  ['--out path component too long', ['roadmap', BOOK, '--out', `${'d'.repeat(300)}/x.xlsx`], 'dddd', /слишком длинное имя/],
  ['the book is an empty file', ['identify', 'empty.xlsx'], 'empty.xlsx', /пустой/],
  ['the book is text', ['identify', 'notes.txt'], 'notes.txt', /не похоже на книгу Excel/],
  ['the book is over 2 GB (sparse)', ['identify', 'huge.xlsx'], 'huge.xlsx', /больше 2 ГБ/],
].map(([id, argv, place, message]): HostileCase => ({
  id: id as string,
  item: 4,
  setup: async (dir) => {
    await base(dir);
    await mkdir(join(dir, 'folder'));
    await writeFile(join(dir, 'notes.txt'), 'просто текст');
    await writeFile(join(dir, 'empty.xlsx'), '');
    await writeFile(join(dir, 'huge.xlsx'), '');
    await truncate(join(dir, 'huge.xlsx'), 3 * 1024 ** 3); // sparse: takes no disk space
  },
  argv: argv as string[],
  code: 1,
  message: message as RegExp,
  place: place as string,
  inputs: [BOOK, 'notes.txt'],
}));

const SHEET = 'ЕГЭ 2024';
const placeOf = (row: number, col: number) => `Лист «${SHEET}», строка ${row + 1}, столбец ${String.fromCharCode(65 + col)}`;

/**
 * Item 2: one absurd value in school 1's row. The control is the same book with that cell blank: a
 * value reported as impossible must count exactly as a blank.
 */
const impossible = (id: string, col: number, value: CellValue, message: RegExp, row = rowOf(0)): HostileCase => ({
  id,
  item: 2,
  setup: async (dir) => {
    await writeBook(dir, BOOK, withCell(baseGrids(), SHEET, row, col, value));
    await writeBook(dir, 'control.xlsx', withCell(baseGrids(), SHEET, row, col, null));
  },
  argv: ['identify', BOOK],
  code: 0,
  message,
  place: placeOf(row, col),
  inputs: [BOOK],
  control: 'control.xlsx',
});
const IMPOSSIBLE = /не используется в расчётах/;
const impossibleCases: HostileCase[] = [
  impossible('participants 1e308', COL.participants, 1e308, IMPOSSIBLE),
  impossible('participants 2 500 000', COL.participants, 2_500_000, IMPOSSIBLE),
  impossible('participants −5', COL.participants, -5, IMPOSSIBLE),
  impossible('participants «-5» as text', COL.participants, '-5', IMPOSSIBLE),
  impossible('score 1 000 000', COL.average, 1_000_000, IMPOSSIBLE),
  impossible('score 725 of 100', COL.average, 725, IMPOSSIBLE),
  impossible('score −50', COL.average, -50, IMPOSSIBLE),
  impossible('score 100.5 of 100', COL.average, 100.5, IMPOSSIBLE),
  impossible('share 150%', COL.quality, 150, IMPOSSIBLE),
  impossible('share −1%', COL.quality, -1, IMPOSSIBLE),
  impossible('share «250%» as text', COL.quality, '250%', IMPOSSIBLE),
  impossible('score NaN', COL.average, 'NaN', /должно быть число/),
  impossible('score Infinity', COL.average, 'Infinity', /должно быть число/),
  impossible('participants −Infinity', COL.participants, '-Infinity', /должно быть число/),
  impossible('a flagged school’s score −50', COL.average, -50, IMPOSSIBLE, rowOf(3)),
];

/** Item 6: a year without data is an error, not «школ 16, ШНОР 0». */
const applications = () => {
  const g = resultsGrid(2025, 'Заявки 2025');
  return { ...g, values: g.values.map((r, i) => (i === 0 ? r : r.map((v, c) => (c >= COL.participants ? null : v)))) };
};
const yearCases: HostileCase[] = [
  ['--year 2030', ['identify', BOOK, '--year', '2030'], '2030'],
  ['--year 0000', ['identify', BOOK, '--year', '0000'], '0'],
  ['--year of a sheet of applications only', ['identify', BOOK, '--year', '2025'], '2025'],
  ['--year 2030 with --json', ['identify', BOOK, '--year', '2030', '--json', 'r.json'], '2030'],
].map(([id, argv, place]): HostileCase => ({
  id: id as string,
  item: 6,
  setup: async (dir) => writeBook(dir, BOOK, [...baseGrids(), applications()]),
  argv: argv as string[],
  code: 1,
  message: /нет результатов за/,
  place: `за ${place as string} год`,
  inputs: [BOOK],
}));

export const ALL_CASES_WITHOUT_ITEM5: HostileCase[] = [
  ...sameFileCases,
  ...twoOutputs,
  ...otherOutputCases,
  ...nonRegularCases,
  ...ioCases,
  ...impossibleCases,
  ...yearCases,
];

export { BOOK, SHEET, placeOf, writeBook, withParts, encryptedBook, oldXls };
