/** The rules issue 10 added, at their boundaries: plausibility bounds, years from dates, «0012», state trust, hidden sheets. */
import { loadWorkbook } from '../../src/app/load-workbook';
import { fsErrorMessage } from '../../src/cli/io-errors';
import { couldBeOporaSheet } from '../../src/app/opora-sheet-names';
import { looksLikeOwnSheet } from '../../src/app/owned-sheets';
import { identify } from '../../src/domain';
import { makeSettings } from '../../src/domain/settings';
import type { CellValue } from '../../src/grid/cell';
import type { Grid } from '../../src/grid/grid';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { parseYear } from '../../src/tables/cells';
import { MAX_COUNT, MAX_TOTAL_COUNT } from '../../src/tables/plausibility';
import type { Problem } from '../../src/domain/problem';
import { RowReader } from '../../src/tables/row-reader';
import { classifyRow } from '../../src/tables/row-roles';
import type { SheetSpec } from '../../src/grid/sheet-spec';
import { createServices } from '../../src/taskpane/services/create-services';
import { baseGrids, COL, resultsGrid } from './district';

const read = (value: CellValue, field: Parameters<RowReader['number']>[1]) => {
  const problems: Problem[] = [];
  const v = new RowReader('Лист', [value], 7, problems).number(0, field);
  return { v, problems: problems.map((p) => p.message) };
};

describe('plausibility bounds: a value reported as impossible is read as blank', () => {
  it.each([
    [0, 'participants', 0],
    [MAX_COUNT, 'participants', MAX_COUNT],
    [MAX_COUNT + 1, 'participants', null],
    [-1, 'participants', null],
    [1e308, 'students', null],
    [100, 'qualityShare', 100],
    [100.001, 'qualityShare', null],
    [-0.001, 'belowMinimumShare', null],
    [0, 'average', 0],
    [-0.5, 'average', null],
    [-48.5, 'latitude', -48.5],
  ] as const)('%p in «%s» reads as %p', (value, field, expected) => {
    const { v, problems } = read(value, field);
    expect(v).toBe(expected);
    if (expected === null) expect(problems).toEqual([expect.stringMatching(/^Лист «Лист», строка 7, столбец A: .*не используется в расчётах/)]);
    else expect(problems).toEqual([]);
  });

  it('a score over the subject maximum leaves the row out of the computation exactly as a blank does', () => {
    const grid = (average: CellValue): Grid[] => baseGrids().map((g) => (g.sheet !== 'ЕГЭ 2024' ? g : { ...g, values: g.values.map((r, i) => (i === 1 ? r.map((v, c) => (c === COL.average ? average : v)) : r)) }));
    const flags = async (grids: Grid[]) => {
      const book = XlsxWorkbook.empty();
      for (const g of grids) await book.writeGridSheet(g);
      const { read: r, problems } = await loadWorkbook(book);
      return { flags: identify(r.dataset, makeSettings({})).schools.map((s) => `${s.name}|${s.year}|${s.groups.join('+')}`), problems: problems.map((p) => p.code) };
    };
    return Promise.all([flags(grid(100.01)), flags(grid(null))]).then(([over, blank]) => {
      expect(over.flags).toEqual(blank.flags);
      expect(over.problems).toContain('average-over-max');
    });
  });
});

describe('years', () => {
  it.each([
    ['2024-09-01', 2024],
    ['01.09.2024', 2024],
    ['2023-2024', 2024],
    ['2023/24', 2024],
    ['2024', 2024],
  ])('«%s» is %p', (text, year) => expect(parseYear(text)).toBe(year));
});

describe('school rows', () => {
  const cols = { school: 0, values: [1] };
  it('a school named «0012» (text) is a school; the number 12 in the name column is not', () => {
    expect(classifyRow(['0012', 50], cols)).toBe('school');
    expect(classifyRow([12, 50], cols)).not.toBe('school');
  });

  it('a municipality heading in the name column is a municipality row; a school whose name holds a municipality word is a school, however it is written', () => {
    // Rows without values: a heading is told from a school by its words alone.
    for (const heading of ['Смидовичский муниципальный район', 'Город Биробиджан', 'ОБЛУЧЕНСКИЙ РАЙОН'])
      expect([heading, classifyRow([heading, ''], cols)]).toEqual([heading, 'municipality']);
    for (const school of ['МБОУ СОШ № 2 Смидовичского района', 'мбоу сош с. Найфельд района', 'Школа № 3 города Биробиджан', 'ШКОЛА-ИНТЕРНАТ района', 'Сош №1 района', 'Гимназия района'])
      expect([school, classifyRow([school, ''], cols)]).toEqual([school, 'school']);
  });

  it('a note in the name column, in either case, is a note; a school whose name merely contains the word is a school', () => {
    for (const note of ['Примечание: данные уточняются', 'ПРИМЕЧАНИЕ', 'прим. 1', '* без учёта пересдач', 'Note: preliminary', 'NOTE'])
      expect([note, classifyRow([note, 50], cols)]).toEqual([note, 'note']);
    for (const school of ['МБОУ СОШ № 1 (примечание)', 'Пушкинская гимназия', 'Новая школа', 'Лицей * 2'])
      expect([school, classifyRow([school, 50], cols)]).toEqual([school, 'school']);
  });
});

describe('trusting the saved state', () => {
  it('knows every name Opora gives a sheet, with any year and a « (n)» suffix, and no other', () => {
    for (const name of ['Идентификация 2024', 'Identification 2030', 'Педагоги — риски 2024 (2)', 'Дорожная карта 2025-2026', 'Каталог мероприятий', 'Параметры', 'Карта дефицитов 2024'])
      expect([name, couldBeOporaSheet(name)]).toEqual([name, true]);
    for (const name of ['ЕГЭ 2024', 'Результаты', 'Идентификация', 'Мои заметки', 'Параметры школ'])
      expect([name, couldBeOporaSheet(name)]).toEqual([name, false]);
  });

  it('a sheet holds an Opora table when a top row has the key column or two of its header texts', () => {
    const spec = { header: [['Школа', 'Группа', 'Критерии']] } as unknown as SheetSpec;
    const grid = (rows: CellValue[][]): Grid => ({ sheet: 'x', values: rows, merges: [] });
    expect(looksLikeOwnSheet(grid([['Заголовок'], ['Школа', 'Группа']]), spec)).toBe(true);
    expect(looksLikeOwnSheet(grid([['Заголовок'], ['Ключ']]), spec)).toBe(true);
    expect(looksLikeOwnSheet(grid([['Мои заметки'], ['Школа', 'Что сделать']]), spec)).toBe(false);
  });
});

describe('hidden sheets', () => {
  const book = async () => {
    const b = XlsxWorkbook.empty();
    for (const g of baseGrids()) await b.writeGridSheet(g);
    await b.writeGridSheet(resultsGrid(2024, 'Старое'), { state: 'veryHidden' });
    return b;
  };

  it('are skipped and reported alike by the CLI path and the task pane', async () => {
    const cli = await loadWorkbook(await book());
    expect(cli.inputSheets).not.toContain('Старое');
    const services = createServices(await book());
    const visible = (await services.listSheets()).filter((s) => s.visible).map((s) => s.name);
    const pane = await services.readData(visible, null, { signal: new AbortController().signal, onProgress: () => undefined });
    const hiddenProblems = (ps: Problem[]) => ps.filter((p) => p.sheet === 'Старое').map((p) => p.message);
    expect(hiddenProblems(pane.problems)).toEqual(hiddenProblems(cli.problems));
    expect(hiddenProblems(cli.problems)).toEqual([expect.stringContaining('скрыт и не прочитан')]);
    expect(pane.sheets.map((s) => s.sheet)).toEqual(cli.inputSheets);
  });
});

describe('file-system errors on reading', () => {
  // Running as root, permissions cannot be taken away in a test: the sentences are checked directly.
  it.each([
    ['EACCES', 'нет прав на чтение'],
    ['EISDIR', 'это папка, а не файл'],
    ['EIO', 'ошибка ввода-вывода'],
    ['EWHATEVER', 'системная ошибка EWHATEVER'],
  ])('%s names the file and what to do', (code, sentence) => {
    const message = fsErrorMessage(Object.assign(new Error(code), { code }), 'книга.xlsx', 'read');
    expect(message).toMatch(new RegExp(`^Не удалось прочитать «книга\\.xlsx»: ${sentence}.*\\.$`));
  });
});

describe('counts of total rows', () => {
  it('a region row may count up to 20 million; a school row only up to 100 000', () => {
    const at = (maxCount: number, value: number) => {
      const problems: Problem[] = [];
      return new RowReader('Лист', [value], 3, problems, new Map(), maxCount).number(0, 'participants');
    };
    expect(at(MAX_TOTAL_COUNT, 700_000)).toBe(700_000);
    expect(at(MAX_TOTAL_COUNT, MAX_TOTAL_COUNT + 1)).toBeNull();
    expect(at(MAX_COUNT, 700_000)).toBeNull();
  });

  it('a reader moved to another row reads its cells, with its count bound, and reports at its row', () => {
    const problems: Problem[] = [];
    const reader = new RowReader('Лист', [MAX_COUNT + 1], 3, problems, new Map(), MAX_TOTAL_COUNT);
    expect(reader.number(0, 'participants')).toBe(MAX_COUNT + 1);
    reader.moveTo(['x', MAX_COUNT + 1], 9, MAX_COUNT);
    expect([reader.rowNumber, reader.text(0), reader.number(1, 'participants')]).toEqual([9, 'x', null]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[9, 'B']]);
  });
});
