import { HostError } from '../../src/hosts/host-error';
import type { Grid } from '../../src/grid/grid';
import type { WorkbookPort } from '../../src/hosts/port';
import { STATE_CHUNK_CHARS } from '../../src/hosts/state-sheet';
import type { SheetSpec } from '../../src/grid/sheet-spec';
import { ADAPTERS, type Harness } from './contract-harness';

const userGrid: Grid = {
  sheet: 'Школы',
  values: [
    ['Результаты ЕГЭ', null, null, null],
    ['ОО', 'Муниципалитет', 'Балл', 'Итог'],
    ['МБОУ СОШ № 1', 'Биробиджан', 61.5, 123],
    ['=не формула', 'Облучье', { kind: 'error', code: '#N/A' }, 0],
    ['0012', '3,5', true, null],
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
  formulas: [
    [null, null, null, null],
    [null, null, null, null],
    [null, null, null, 'C3*2'],
    [null, null, null, null],
    [null, null, null, null],
  ],
};

const spec = (name: string, rows: SheetSpec['rows']): SheetSpec => ({
  name,
  kind: 'identification',
  title: ['Идентификация ШНОР'],
  header: [['ОО', 'Балл', 'Статус', 'Удвоено']],
  rows,
  columns: [{ width: 40 }, { numberFormat: '0.0' }, {}, { numberFormat: '0.00' }],
  freezeHeader: true,
  autoFilter: true,
  conditionalFormats: [{ firstColumn: 0, lastColumn: 3, formula: '=$C3="ШНОР"', fill: '#F8CBAD' }],
  rowStyles: [{ row: 0, style: 'section' }],
  print: { orientation: 'landscape', fitToWidth: true, repeatHeaderRows: true, centerHeader: 'Опора & отчёт' },
  tabColor: '#C00000',
});

const sampleRows: SheetSpec['rows'] = [
  ['Город Биробиджан', null, null, null],
  ['=SUM(A1:A9)', 55.25, 'ШНОР', { formula: '=B4*2' }],
  ['0012', 70, 'нет', { formula: 'B5*2' }],
  ['3,5', -1, 'TRUE', null],
  [true, 0, "'апостроф", 'x'],
];

describe.each(ADAPTERS)('WorkbookPort contract: $name', ({ make }) => {
  let h: Harness;
  let port: WorkbookPort;
  beforeEach(async () => {
    h = make();
    port = h.port;
    await h.seed(userGrid);
  });

  const readOne = async (p: WorkbookPort, name: string): Promise<Grid> => (await p.readGrids([name]))[0];

  test('a written spec reads back: title, header, data, strings as text, formulas as formulas', async () => {
    await port.writeSheet(spec('ШНОР', sampleRows));
    const g = await readOne(await h.reopen(), 'ШНОР');
    expect(g.values[0][0]).toBe('Идентификация ШНОР');
    expect(g.values[1]).toEqual(['ОО', 'Балл', 'Статус', 'Удвоено']);
    expect(g.values[2]).toEqual(['Город Биробиджан', null, null, null]);
    expect(g.values[3].slice(0, 3)).toEqual(['=SUM(A1:A9)', 55.25, 'ШНОР']);
    expect(g.values[4].slice(0, 3)).toEqual(['0012', 70, 'нет']);
    expect(g.values[5].slice(0, 3)).toEqual(['3,5', -1, 'TRUE']);
    expect(g.values[6]).toEqual([true, 0, "'апостроф", 'x']);
    expect(g.formulas?.[3]).toEqual([null, null, null, 'B4*2']);
    expect(g.formulas?.[4][3]).toBe('B5*2');
    expect(g.formulas?.[3][0]).toBeNull();
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
  });

  test('the report names the sheet and counts its data rows', async () => {
    const report = await port.writeSheet(spec('ШНОР', sampleRows));
    expect(report).toMatchObject({ sheet: 'ШНОР', rows: sampleRows.length });
  });

  test('reading a user sheet with merges, errors and formulas', async () => {
    const g = await readOne(port, 'Школы');
    expect(g.merges).toEqual(userGrid.merges);
    expect(g.values[0]).toEqual(['Результаты ЕГЭ', null, null, null]);
    expect(g.values[3]).toEqual(['=не формула', 'Облучье', { kind: 'error', code: '#N/A' }, 0]);
    expect(g.values[4]).toEqual(['0012', '3,5', true, null]);
    expect(g.formulas?.[2][3]).toBe('C3*2');
    expect(g.values[2][3]).toBe(123);
  });

  test('user sheets are untouched by writeSheet, deleteSheet and saveState', async () => {
    await h.seed({ sheet: 'Скрытый', values: [[null, 'секрет']], merges: [] }, true);
    const before = await (await h.reopen()).readGrids(['Школы', 'Скрытый']);
    await port.writeSheet(spec('ШНОР', sampleRows));
    await port.writeSheet(spec('Пары', sampleRows.slice(0, 2)));
    await port.deleteSheet('Пары');
    await port.saveState(JSON.stringify({ mapping: { school: 'A' } }));
    await port.writeSheet(spec('ШНОР', sampleRows.slice(1)));
    const after = await (await h.reopen()).readGrids(['Школы', 'Скрытый']);
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
  });

  test('replacing a sheet leaves no old rows and keeps its place in the tab order', async () => {
    await port.writeSheet(spec('ШНОР', sampleRows));
    await port.writeSheet(spec('Пары', sampleRows));
    await port.writeSheet(spec('ШНОР', [['одна строка', 1, 'нет', null]]));
    const reopened = await h.reopen();
    expect((await reopened.listSheets()).map((s) => s.name)).toEqual(['Школы', 'ШНОР', 'Пары']);
    const g = await readOne(reopened, 'ШНОР');
    expect(g.values.length).toBe(3);
    expect(g.values[2]).toEqual(['одна строка', 1, 'нет', null]);
  });

  test('rewriting a sheet keeps formulas in user sheets that refer to it', async () => {
    await port.writeSheet(spec('ШНОР', sampleRows));
    const formulas = [["'ШНОР'!B4*2", 'SUM(ШНОР!B4:B6)']];
    await h.seed({ sheet: 'Сводка', values: [[110.5, 125]], merges: [], formulas });
    await port.writeSheet(spec('ШНОР', sampleRows.slice(1)));
    await port.writeSheet(spec('ШНОР', sampleRows));
    const g = await readOne(await h.reopen(), 'Сводка');
    expect(g.formulas).toEqual(formulas);
    expect(g.values[0].some((v) => v !== null && typeof v === 'object')).toBe(false);
  });

  test('state: null before the first save, then round trips', async () => {
    expect(await port.loadState()).toBeNull();
    const json = JSON.stringify({ version: 1, mapping: { 'ОО': 'A', balls: 'C' }, formula: '=SUM(1)' });
    await port.saveState(json);
    expect(await (await h.reopen()).loadState()).toBe(json);
  });

  test.each([STATE_CHUNK_CHARS - 1, STATE_CHUNK_CHARS, STATE_CHUNK_CHARS + 1, 2 * STATE_CHUNK_CHARS + 5])(
    'state of %i characters round trips (chunk boundary)',
    async (length) => {
      const head = JSON.stringify({ note: '' }).length;
      const json = JSON.stringify({ note: 'ж1'.repeat(length).slice(0, length - head) });
      expect(json.length).toBe(length);
      await port.saveState(json);
      expect(await (await h.reopen()).loadState()).toBe(json);
    },
  );

  test('a shorter state replaces a longer one completely', async () => {
    await port.saveState(JSON.stringify({ big: 'я'.repeat(3 * STATE_CHUNK_CHARS) }));
    await port.saveState('{"small":1}');
    expect(await (await h.reopen()).loadState()).toBe('{"small":1}');
  });

  test('listSheets lists user and generated sheets, hidden ones as not visible, never the state sheet', async () => {
    await h.seed({ sheet: 'Скрытый', values: [['x']], merges: [] }, true);
    await port.saveState('{}');
    await port.writeSheet(spec('ШНОР', sampleRows));
    expect(await (await h.reopen()).listSheets()).toEqual([
      { name: 'Школы', visible: true },
      { name: 'Скрытый', visible: false },
      { name: 'ШНОР', visible: true },
    ]);
  });

  test('deleteSheet removes a sheet; deleting a missing sheet does nothing', async () => {
    await port.writeSheet(spec('ШНОР', sampleRows));
    await port.deleteSheet('ШНОР');
    await port.deleteSheet('Нет такого');
    expect((await port.listSheets()).map((s) => s.name)).toEqual(['Школы']);
  });

  test('reading a missing sheet fails with a Russian HostError naming it', async () => {
    const error = await port.readGrids(['Школы', 'Нет такого']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toBe('Лист «Нет такого» не найден в книге.');
  });

  test('several sheets are read in the order asked', async () => {
    await port.writeSheet(spec('ШНОР', sampleRows));
    expect((await port.readGrids(['ШНОР', 'Школы'])).map((g) => g.sheet)).toEqual(['ШНОР', 'Школы']);
  });
});
