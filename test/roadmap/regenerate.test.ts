import { writeRoadmap, roadmapSheetNames } from '../../src/app/roadmap';
import { defaultState } from '../../src/app/state';
import type { RoadmapInput } from '../../src/domain/roadmap/types';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';
import { NOT_APPLICABLE_MARK } from '../../src/sheets/preserve-edits';
import { SCHOOL_PLAN_COLUMNS } from '../../src/sheets/roadmap-school-plans-sheet';
import { ROADMAP_COLUMNS } from '../../src/sheets/roadmap-sheet';
import { FIXED_INPUT } from './fixture';
import { findRow } from './find-row';

const NAMES = roadmapSheetNames(FIXED_INPUT.schoolYear);

const gridOf = async (port: XlsxWorkbook, sheet: string) => (await port.readGrids([sheet]))[0];

/** Types a value into the cell of the row with that key, as a user would in Excel. */
const type = async (port: XlsxWorkbook, sheet: string, key: string, column: number, value: string) => {
  const grid = await gridOf(port, sheet);
  const row = grid.values.findIndex((r) => r === findRow(grid, key));
  if (row < 0) throw new Error(`row ${key} not found on ${sheet}`);
  (await port.workbook()).getWorksheet(sheet)!.getCell(row + 1, column + 1).value = value;
};

const cell = async (port: XlsxWorkbook, sheet: string, key: string, column: number) =>
  findRow(await gridOf(port, sheet), key)?.[column];

describe('regenerating a roadmap the user has edited, with a changed identification', () => {
  it('keeps every user edit and keeps, marked, the activity that no longer applies', async () => {
    const port = XlsxWorkbook.empty();
    const first = await writeRoadmap(port, defaultState(), FIXED_INPUT);
    expect(first.catalogueCreated).toBe(true);
    const names = (await port.listSheets()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(Object.values(NAMES)));

    const R = NAMES.roadmap;
    const edits: [string, string, number, string][] = [
      [R, '001-1.2-math', ROADMAP_COLUMNS.status, 'выполнено'],
      [R, '002-1.3', ROADMAP_COLUMNS.note, 'см. приказ № 12'],
      [R, '002-1.11', ROADMAP_COLUMNS.timing, 'апрель 2026'],
      [R, '001-2.16', ROADMAP_COLUMNS.responsible, 'Петрова А.А., ОО'],
      [R, 'social-nonNative', ROADMAP_COLUMNS.status, 'в работе'],
      [NAMES.schoolPlans, 'берёзовская оош::002-1.20', SCHOOL_PLAN_COLUMNS.status, 'утверждена 12.12.2025'],
      [NAMES.schoolPlans, 'нош 7::001-1.2-math', SCHOOL_PLAN_COLUMNS.note, 'двое учителей'],
    ];
    for (const [sheet, key, column, value] of edits) await type(port, sheet, key, column, value);

    // Identification changed: «Лесная СОШ» left the programme (its non-native-Russian trigger goes),
    // «Берёзовская ООШ» no longer has a mathematics deficit (НОШ № 7 still has one).
    const changed: RoadmapInput = {
      ...FIXED_INPUT,
      schools: FIXED_INPUT.schools
        .filter((s) => s.key !== 'лесная сош')
        .map((s) => (s.key === 'берёзовская оош' ? { ...s, deficits: [] } : s)),
    };
    const second = await writeRoadmap(port, first.state, changed);
    expect(second.catalogueCreated).toBe(false);

    for (const [sheet, key, column, value] of edits.filter(([, k]) => k !== 'social-nonNative')) {
      expect(await cell(port, sheet, key, column)).toBe(value);
    }
    expect(await cell(port, R, 'social-nonNative', ROADMAP_COLUMNS.status)).toBe(`${NOT_APPLICABLE_MARK.ru}. в работе`);
    // The school's own plan section went with it: its rows are kept and marked, not deleted.
    expect(await cell(port, NAMES.schoolPlans, 'лесная сош::social-nonNative', SCHOOL_PLAN_COLUMNS.status)).toBe(NOT_APPLICABLE_MARK.ru);
    // The timeline follows the date the user typed.
    const timeline = await gridOf(port, NAMES.timeline);
    const header = timeline.values.find((r) => r[0] === '№ п/п')!;
    const row = timeline.values.find((r) => String(r[1]).startsWith('Входной, промежуточный и итоговый мониторинги'))!;
    const marked = header.filter((_, c) => row[c] === '●');
    expect(marked).toEqual(['апр 2026']);

    // A third run with the same input changes nothing the user sees.
    const before = await gridOf(port, R);
    await writeRoadmap(port, second.state, changed);
    expect((await gridOf(port, R)).values).toEqual(before.values);
  });

  it('builds from an edited catalogue sheet and reports rows it cannot read', async () => {
    const port = XlsxWorkbook.empty();
    const first = await writeRoadmap(port, defaultState(), FIXED_INPUT);
    const grid = await gridOf(port, NAMES.catalogue);
    const at = grid.values.findIndex((r) => r === findRow(grid, '002-1.11'));
    const ws = (await port.workbook()).getWorksheet(NAMES.catalogue)!;
    ws.getCell(at + 1, 2).value = 'Мониторинг реализации программы (изменено)';
    ws.getCell(at + 1, 7).value = 'когда-нибудь';
    const second = await writeRoadmap(port, first.state, FIXED_INPUT);
    expect(second.problems).toEqual([expect.objectContaining({ code: 'roadmap-unknown-trigger', sheet: NAMES.catalogue, row: at + 1, column: 'G' })]);
    expect(second.roadmap.sections.flatMap((s) => s.items.map((i) => i.key))).not.toContain('002-1.11');
  });
});
