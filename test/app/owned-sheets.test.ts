import { findOwnedSheet, ownedSheetName, writeOwnedSheet } from '../../src/app/owned-sheets';
import { defaultState, loadState, saveState, type OporaState } from '../../src/app/state';
import type { Grid } from '../../src/grid/grid';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import type { SheetSpec } from '../../src/grid/sheet-spec';

const userGrid: Grid = {
  sheet: 'Сводка',
  values: [
    ['Школа', 'Балл', 'Заметка'],
    ['МБОУ "СОШ № 1"', 61.5, '=не формула'],
    [null, { kind: 'error', code: '#N/A' }, 'конец'],
  ],
  merges: [{ top: 2, left: 0, bottom: 2, right: 0 }],
};

const spec = (name: string, status: string[]): SheetSpec => ({
  name,
  kind: 'identification',
  title: ['Идентификация 2024'],
  header: [['Школа', 'Группа', 'Решение экспертов']],
  rows: status.map((s, i) => [`Школа ${i + 1}`, s, null]),
  rowKeys: status.map((_, i) => `school-${i + 1}`),
  editableColumns: [2],
  columns: [{ width: 30 }, { width: 10 }, { width: 30 }],
});

const bookWith = async (...grids: Grid[]) => {
  const book = XlsxWorkbook.empty();
  for (const g of grids) await book.writeGridSheet(g);
  return book;
};

const cells = async (book: XlsxWorkbook, sheet: string) => (await book.readGrids([sheet]))[0];

describe('ownedSheetName', () => {
  const state: OporaState = { ...defaultState(), generatedSheets: ['Итоги (2)'] };

  it('keeps a free name, and a name Opora owns', () => {
    expect(ownedSheetName('Итоги', ['Данные'], defaultState())).toBe('Итоги');
    expect(ownedSheetName('Итоги (2)', ['Итоги (2)'], state)).toBe('Итоги (2)');
  });

  it('steps past a user sheet, Excel-style case-insensitively, to the first free or owned «(n)»', () => {
    expect(ownedSheetName('Итоги', ['итоги'], defaultState())).toBe('Итоги (2)');
    expect(ownedSheetName('Итоги', ['Итоги', 'Итоги (2)'], defaultState())).toBe('Итоги (3)');
    expect(ownedSheetName('Итоги', ['Итоги', 'Итоги (2)'], state)).toBe('Итоги (2)');
  });

  it('keeps the renamed sheet within Excel’s 31 characters', () => {
    const long = 'Идентификация школ района 2024 г';
    expect(long.length).toBe(32);
    const name = ownedSheetName(long.slice(0, 31), [long.slice(0, 31)], defaultState());
    expect(name).toHaveLength(31);
    expect(name.endsWith(' (2)')).toBe(true);
  });

  it('finds the sheet Opora wrote for a requested name, renamed or not', () => {
    expect(findOwnedSheet('Итоги', ['Итоги', 'Итоги (2)'], state)).toBe('Итоги (2)');
    expect(findOwnedSheet('Итоги', ['Итоги'], defaultState())).toBeNull();
  });
});

describe('writeOwnedSheet', () => {
  it('writes a new sheet and records it as Opora’s', async () => {
    const book = await bookWith(userGrid);
    const { report, state } = await writeOwnedSheet(book, spec('Итоги', ['ШНОР']), defaultState());
    expect(report).toMatchObject({ sheet: 'Итоги', requestedName: 'Итоги', renamed: false, rows: 1 });
    expect(state.generatedSheets).toEqual(['Итоги']);
    expect((await book.listSheets()).map((s) => s.name)).toEqual(['Сводка', 'Итоги']);
  });

  it('never overwrites a user sheet with the generated name: writes «<name> (2)» and says so', async () => {
    const own = { ...userGrid, sheet: 'Итоги' };
    const book = await bookWith(own);
    const before = await cells(book, 'Итоги');
    const { report, state } = await writeOwnedSheet(book, spec('Итоги', ['ШНОР']), defaultState());
    expect(report).toMatchObject({ sheet: 'Итоги (2)', renamed: true });
    expect(report.text.ru).toContain('уже есть ваш лист «Итоги»');
    expect(report.text.ru).toContain('«Итоги (2)»');
    expect(await cells(book, 'Итоги')).toEqual(before);
    expect(state.generatedSheets).toEqual(['Итоги (2)']);
  });

  it('keeps what the user typed in an editable column when the sheet is regenerated', async () => {
    const book = await bookWith(userGrid);
    let { state } = await writeOwnedSheet(book, spec('Итоги', ['ШНОР', 'ШНСУ']), defaultState());
    const grid = await cells(book, 'Итоги');
    const row = grid.values.findIndex((r) => r[0] === 'Школа 2');
    grid.values[row][2] = 'исключить: школа реорганизована';
    await book.writeGridSheet(grid);

    ({ state } = await writeOwnedSheet(book, spec('Итоги', ['ШНОР', 'ШНОР']), state));
    const again = await cells(book, 'Итоги');
    const regenerated = again.values.find((r) => r[0] === 'Школа 2')!;
    expect(regenerated[1]).toBe('ШНОР');
    expect(regenerated[2]).toBe('исключить: школа реорганизована');
    expect(state.generatedSheets).toEqual(['Итоги']);
  });

  it('leaves every user sheet as it was, cell for cell', async () => {
    const second: Grid = { sheet: 'Данные', values: [['a', 1], [true, null]], merges: [] };
    const book = await bookWith(userGrid, second);
    const before = await book.readGrids(['Сводка', 'Данные']);
    let { state } = await writeOwnedSheet(book, spec('Итоги', ['ШНОР']), defaultState());
    ({ state } = await writeOwnedSheet(book, spec('Итоги', ['ШНСУ']), state));
    expect(await book.readGrids(['Сводка', 'Данные'])).toEqual(before);
  });
});

describe('state', () => {
  it('round-trips through the workbook', async () => {
    const book = XlsxWorkbook.empty();
    const state: OporaState = { ...defaultState(), generatedSheets: ['Идентификация 2024'], language: 'en' };
    await saveState(book, state);
    expect(await loadState(book)).toEqual({ state });
  });

  it('falls back to the defaults with a warning when the stored state has the wrong shape', async () => {
    const book = XlsxWorkbook.empty();
    await book.saveState(JSON.stringify({ version: 1, generatedSheets: 'Итоги', language: 'ru' }));
    const loaded = await loadState(book);
    expect(loaded.state).toEqual(defaultState());
    expect(loaded.problem).toMatchObject({ code: 'damaged-state', severity: 'warning' });
  });
});

describe('writeOwnedSheet on a host that builds sheets on save', () => {
  const counted = (whole: SheetSpec) => {
    const calls = { rebuild: 0 };
    return { calls, rebuild: () => (calls.rebuild++, whole) };
  };

  it('builds a preview whole once, on save, and reports its total rows', async () => {
    const whole = spec('Итоги', ['ШНОР', 'ШНСУ', 'ШНОР']);
    const preview: SheetSpec = { ...whole, rows: whole.rows.slice(0, 1), rowKeys: whole.rowKeys!.slice(0, 1), totalRows: 3 };
    const { calls, rebuild } = counted(whole);
    const book = await bookWith(userGrid);
    const { report } = await writeOwnedSheet(book, preview, defaultState(), { rebuild });
    expect(report.rows).toBe(3);
    expect(calls.rebuild).toBe(0);
    const saved = await XlsxWorkbook.fromBuffer(await book.toBuffer());
    expect(calls.rebuild).toBe(1);
    const [grid] = await saved.readGrids(['Итоги']);
    expect(grid!.values.filter((r) => typeof r[0] === 'string' && r[0].startsWith('Школа ')).length).toBe(3);
  });

  it('writes a spec that is already whole as it is, without building it again', async () => {
    const whole = spec('Итоги', ['ШНОР', 'ШНСУ']);
    const { calls, rebuild } = counted(whole);
    const book = await bookWith(userGrid);
    const { report } = await writeOwnedSheet(book, whole, defaultState(), { rebuild });
    expect(report.rows).toBe(2);
    await book.toBuffer();
    expect(calls.rebuild).toBe(0);
  });
});
