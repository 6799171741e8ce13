import { runIdentification } from '../../src/app/identify';
import { loadState, saveState } from '../../src/app/state';
import type { Grid } from '../../src/grid/grid';
import { cellText } from '../../src/tables';
import { gridsToWorkbook } from '../../src/sample/write-sample';
import { generateRegion } from '../support/region';

/** «Сопоставление школ»: listed, decided by the user (pane or sheet), remembered, not asked again. */

const region = generateRegion(3);
const fresh = () => gridsToWorkbook(region.grids);
const matchingRows = (grid: Grid) => {
  const header = grid.values.findIndex((r) => cellText(r[10] ?? null) === 'id1');
  const rows: (typeof grid.values)[number][] = [];
  for (let r = header + 1; r < grid.values.length && cellText(grid.values[r][10] ?? null) !== ''; r++) rows.push(grid.values[r]);
  return { header, rows };
};

describe('school matching across a run', () => {
  it('writes every non-exact match with rule and confidence, and the row that could not be joined with its reason', async () => {
    const book = await fresh();
    const outcome = await runIdentification(book);
    const [sheet] = await book.readGrids(['Сопоставление школ']);
    const { rows } = matchingRows(sheet);
    const read = outcome.result.schools.length;
    expect(read).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(region.schools.length); // every school of a renamed district and every code join
    const confidences = rows.map((r) => r[8] as number);
    expect([...confidences].sort((a, b) => a - b)).toEqual(confidences);
    expect(rows.every((r) => cellText(r[7] ?? null) !== '')).toBe(true);
    const text = sheet.values.map((r) => r.map((v) => cellText(v ?? null)).join(' ')).join('\n');
    expect(text).toContain('Не сопоставлены с реестром');
    expect(text).toMatch(/СОШ №1.*нескольких муниципалитетах/);
    expect(outcome.result.schools.every((s) => s.municipality)).toBe(true);
  });

  it('a split decided in the pane is remembered: the two spellings stay two schools and the next run asks nothing new', async () => {
    const book = await fresh();
    const first = await runIdentification(book);
    const [sheet] = await book.readGrids(['Сопоставление школ']);
    const honorary = matchingRows(sheet).rows.find((r) => /почётным/.test(cellText(r[7] ?? null)))!;
    const a = cellText(honorary[10]);
    const b = cellText(honorary[11]);
    const state = (await loadState(book)).state;
    await saveState(book, { ...state, schoolMatches: [{ action: 'split', a, b }] });
    const second = await runIdentification(book);
    const count = (o: typeof first) => new Set(o.result.schools.map((s) => s.schoolKey)).size;
    expect(count(second)).toBe(count(first) + 1);
    expect((await loadState(book)).state.schoolMatches).toEqual([{ action: 'split', a, b }]);
    const [after] = await book.readGrids(['Сопоставление школ']);
    const split = matchingRows(after).rows.find((r) => cellText(r[10]) === a && cellText(r[11]) === b)!;
    expect(cellText(split[9])).toBe('разделить');
    const third = await runIdentification(book);
    expect(count(third)).toBe(count(second));
  });

  it('«подтвердить» typed in the sheet is read, kept in the workbook state and shown again', async () => {
    const book = await fresh();
    await runIdentification(book);
    const [sheet] = await book.readGrids(['Сопоставление школ']);
    const { header, rows } = matchingRows(sheet);
    const row = rows[0];
    const edited: Grid = { ...sheet, values: sheet.values.map((r, i) => (i === header + 1 ? [...r.slice(0, 9), 'подтвердить', ...r.slice(10)] : r)) };
    await book.writeGridSheet(edited);
    await runIdentification(book);
    expect((await loadState(book)).state.schoolMatches).toEqual([{ action: 'confirm', a: cellText(row[10]), b: cellText(row[11]) }]);
    const [again] = await book.readGrids(['Сопоставление школ']);
    const kept = matchingRows(again).rows.find((r) => cellText(r[10]) === cellText(row[10]) && cellText(r[11]) === cellText(row[11]))!;
    expect(cellText(kept[9])).toBe('подтвердить');
  });
});
