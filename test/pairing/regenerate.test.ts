import { pairFromWorkbook } from '../../src/app/pairing';
import type { Grid } from '../../src/grid/grid';
import type { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { PAIRING_COLUMNS, pairingSheetName, pairRowKey } from '../../src/sheets/pairing-sheet';
import { districtBook } from './district';

const SHEET = pairingSheetName(2024);
const KEY_COLUMN = PAIRING_COLUMNS.decision + 1;

const gridOf = async (port: XlsxWorkbook): Promise<Grid> => (await port.readGrids([SHEET]))[0];
const rowIndexOf = (grid: Grid, key: string) => grid.values.findIndex((r) => typeof r[KEY_COLUMN] === 'string' && (r[KEY_COLUMN] as string).slice(0, (r[KEY_COLUMN] as string).lastIndexOf('|')) === key);

const type = async (port: XlsxWorkbook, key: string, value: string) => {
  const row = rowIndexOf(await gridOf(port), key);
  if (row < 0) throw new Error(`no row ${key}`);
  (await port.workbook()).getWorksheet(SHEET)!.getCell(row + 1, PAIRING_COLUMNS.decision + 1).value = value;
};

const pairKeys = (run: Awaited<ReturnType<typeof pairFromWorkbook>>) => run.result.pairs.map((p) => pairRowKey(p.schoolKey, p.partnerId));

describe('«Сетевое партнёрство»: the user decides, Opora recalculates', () => {
  test('fixed and forbidden pairs and notes survive regeneration; an added row is a deficit; a third run changes nothing', async () => {
    const port = await districtBook();
    const first = await pairFromWorkbook(port);
    const pairs = first.result.pairs;
    const lesnaya = pairs.filter((p) => p.schoolName === 'МБОУ Лесная ООШ');
    const polevaya = pairs.find((p) => p.schoolName === 'МБОУ Полевая СОШ')!;
    expect(lesnaya).toHaveLength(2);
    const [toFix, toNote] = lesnaya;
    const fixKey = pairRowKey(toFix.schoolKey, toFix.partnerId);
    const noteKey = pairRowKey(toNote.schoolKey, toNote.partnerId);
    const forbidKey = pairRowKey(polevaya.schoolKey, polevaya.partnerId);

    await type(port, fixKey, 'закрепить');
    await type(port, noteKey, 'позвонить директору до 1 сентября');
    await type(port, forbidKey, 'Запретить: далеко');
    // A row the user adds below the pairs: a deficit of a school that is not flagged.
    const ws = (await port.workbook()).getWorksheet(SHEET)!;
    const grid = await gridOf(port);
    const added = rowIndexOf(grid, noteKey) + 2;
    ws.spliceRows(added, 0, []);
    ws.getCell(added, PAIRING_COLUMNS.school + 1).value = 'МБОУ Речная ООШ';
    ws.getCell(added, PAIRING_COLUMNS.deficits + 1).value = 'Математика, 5–9';

    const second = await pairFromWorkbook(port);
    const keys = pairKeys(second);
    expect(keys).toContain(fixKey);
    expect(second.result.pairs.find((p) => pairRowKey(p.schoolKey, p.partnerId) === fixKey)!.fixed).toBe(true);
    expect(keys).not.toContain(forbidKey);
    // The forbidden school still gets a partner for the same deficits, another one.
    expect(second.result.pairs.some((p) => p.schoolKey === polevaya.schoolKey)).toBe(true);
    // The added deficit got a partner.
    expect(second.result.pairs.some((p) => p.schoolName === 'МБОУ Речная ООШ' && p.needs.some((n) => n.subject === 'Математика' && n.origin === 'manual'))).toBe(true);

    const g2 = await gridOf(port);
    const decisionOf = (g: Grid, key: string) => g.values[rowIndexOf(g, key)]?.[PAIRING_COLUMNS.decision];
    expect(decisionOf(g2, fixKey)).toBe('закрепить');
    expect(decisionOf(g2, noteKey)).toBe('позвонить директору до 1 сентября');
    expect(decisionOf(g2, forbidKey)).toBe('Запретить: далеко');
    expect(second.problems.filter((p) => p.code.startsWith('pairing'))).toEqual([]);

    const third = await pairFromWorkbook(port);
    expect(pairKeys(third)).toEqual(pairKeys(second));
    expect((await gridOf(port)).values).toEqual(g2.values);

    // With no capacity left anywhere the fixed pair is still kept.
    const squeezed = await pairFromWorkbook(port, { capacity: 0, write: false });
    expect(pairKeys(squeezed)).toEqual([fixKey]);
  });

  test('a «Расстояния» sheet wins over coordinates; a bad figure is reported with sheet, row and column', async () => {
    const port = await districtBook();
    const before = await pairFromWorkbook(port, { write: false });
    const pair = before.result.pairs.find((p) => p.schoolName === 'МБОУ Полевая СОШ')!;
    await port.writeGridSheet({
      sheet: 'Расстояния',
      values: [
        ['Школа', 'Школа-партнёр', 'км', 'мин'],
        ['МБОУ Полевая СОШ', pair.partnerSchoolName, 240, 300],
        ['МБОУ Лесная ООШ', 'МБОУ СОШ № 5', 'далеко', null],
      ],
      merges: [],
    });
    const after = await pairFromWorkbook(port, { write: false });
    const moved = after.result.pairs.filter((p) => p.schoolName === 'МБОУ Полевая СОШ');
    expect(moved.every((p) => p.partnerId !== pair.partnerId)).toBe(true);
    expect(after.problems).toEqual(expect.arrayContaining([expect.objectContaining({ sheet: 'Расстояния', row: 3, column: 'C' })]));
    // The distances sheet is not read as a data table (no schools from it, no duplicate-school problems).
    expect(after.input.schools.length).toBe(before.input.schools.length);
  });
});
