import { KEY_HEADER } from '../../src/tables/key-cell';
import {
  NOT_APPLICABLE_MARK,
  hasKeyColumn,
  preserveEdits,
  withKeyColumn,
} from '../../src/sheets/preserve-edits';
import type { Grid } from '../../src/grid/grid';
import type { SheetSpec } from '../../src/grid/sheet-spec';
import { findRow } from './find-row';
import { specToGrid } from '../../src/grid/spec-to-grid';

const STATUS = 3;
const RESPONSIBLE = 2;

/** A small generated sheet: № | activity | responsible (editable) | status (editable). */
const makeSpec = (items: { key: string; text: string; responsible: string }[], extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name: 'План',
  kind: 'test',
  title: ['План работы'],
  header: [['№', 'Мероприятие', 'Ответственные', 'Отметка']],
  rows: items.map((it, i) => [String(i + 1), it.text, it.responsible, null]),
  rowKeys: items.map((it) => it.key),
  editableColumns: [RESPONSIBLE, STATUS],
  columns: [{}, {}, {}, {}],
  ...extra,
});

const base = [
  { key: 'a', text: 'Семинар', responsible: 'ММС' },
  { key: 'b', text: 'Курсы', responsible: 'КО' },
  { key: 'c', text: 'Мониторинг', responsible: 'ММС' },
];

/** The grid of the written sheet after the user typed into it. */
const edit = (grid: Grid, key: string, column: number, value: string | null): Grid => {
  const row = findRow(grid, key);
  if (!row) throw new Error(`no row ${key}`);
  row[column] = value;
  return grid;
};

describe('withKeyColumn', () => {
  it('appends a «Ключ» column holding each row key', () => {
    const spec = withKeyColumn(makeSpec(base));
    expect(hasKeyColumn(spec)).toBe(true);
    expect(spec.header[0][4]).toBe(KEY_HEADER.ru);
    expect(spec.columns).toHaveLength(5);
    expect(spec.rows.map((r) => String(r[4]).split('|')[0])).toEqual(['a', 'b', 'c']);
  });

  it('is idempotent', () => {
    const once = withKeyColumn(makeSpec(base));
    expect(withKeyColumn(once)).toEqual(once);
  });

  it('writes the English header when asked', () => {
    expect(withKeyColumn(makeSpec(base), 'en').header[0][4]).toBe(KEY_HEADER.en);
  });
});

describe('preserveEdits', () => {
  it('without a previous sheet returns the spec with its key column', () => {
    const out = preserveEdits(null, makeSpec(base));
    expect(out.rows).toHaveLength(3);
    expect(hasKeyColumn(out)).toBe(true);
  });

  it('leaves a spec without row keys unchanged', () => {
    const spec = { ...makeSpec(base), rowKeys: undefined };
    expect(preserveEdits(null, spec)).toBe(spec);
  });

  it('carries over a typed status and a changed responsible party by key, even when rows move', () => {
    const first = preserveEdits(null, makeSpec(base));
    let grid = specToGrid(first);
    grid = edit(grid, 'b', STATUS, 'выполнено');
    grid = edit(grid, 'c', RESPONSIBLE, 'Иванова И.И.');
    const reordered = makeSpec([base[2], { key: 'n', text: 'Новое', responsible: 'ОО' }, base[1], base[0]]);
    const out = preserveEdits(grid, reordered);
    const regrid = specToGrid(out);
    expect(findRow(regrid, 'b')?.[STATUS]).toBe('выполнено');
    expect(findRow(regrid, 'c')?.[RESPONSIBLE]).toBe('Иванова И.И.');
    expect(findRow(regrid, 'a')?.[RESPONSIBLE]).toBe('ММС');
    expect(findRow(regrid, 'n')?.[STATUS]).toBeNull();
  });

  it('takes a new generated value where the user did not touch the cell', () => {
    const grid = specToGrid(preserveEdits(null, makeSpec(base)));
    const changed = makeSpec([base[0], { ...base[1], responsible: 'КО, ММС' }, base[2]]);
    expect(findRow(specToGrid(preserveEdits(grid, changed)), 'b')?.[RESPONSIBLE]).toBe('КО, ММС');
  });

  it('keeps a cell the user cleared empty', () => {
    const grid = edit(specToGrid(preserveEdits(null, makeSpec(base))), 'a', RESPONSIBLE, null);
    expect(findRow(specToGrid(preserveEdits(grid, makeSpec(base))), 'a')?.[RESPONSIBLE]).toBeNull();
  });

  it('does not carry over non-editable columns', () => {
    const grid = edit(specToGrid(preserveEdits(null, makeSpec(base))), 'a', 1, 'Переименовано');
    expect(findRow(specToGrid(preserveEdits(grid, makeSpec(base))), 'a')?.[1]).toBe('Семинар');
  });

  it('keeps a row that no longer applies, muted and marked, with the user text', () => {
    const grid = edit(specToGrid(preserveEdits(null, makeSpec(base))), 'c', STATUS, 'перенесено');
    const out = preserveEdits(grid, makeSpec(base.slice(0, 2)));
    expect(out.rows).toHaveLength(3);
    expect(out.rowKeys?.[2]).toBe('c');
    expect(out.rows[2][1]).toBe('Мониторинг');
    expect(out.rows[2][STATUS]).toBe(`${NOT_APPLICABLE_MARK.ru}. перенесено`);
    expect(out.rowStyles).toContainEqual({ row: 2, style: 'muted' });
  });

  it('marks a vanished row once, however many times it is regenerated', () => {
    let grid = specToGrid(preserveEdits(null, makeSpec(base)));
    for (let i = 0; i < 3; i++) grid = specToGrid(preserveEdits(grid, makeSpec(base.slice(0, 2))));
    const row = findRow(grid, 'c');
    expect(row?.[STATUS]).toBe(NOT_APPLICABLE_MARK.ru);
    expect(grid.values.filter((r) => String(r[4] ?? '').startsWith('c'))).toHaveLength(1);
  });

  it('drops the mark when the row applies again, keeping the user text', () => {
    const grid0 = edit(specToGrid(preserveEdits(null, makeSpec(base))), 'c', STATUS, 'перенесено');
    const gone = specToGrid(preserveEdits(grid0, makeSpec(base.slice(0, 2))));
    const back = preserveEdits(gone, makeSpec(base));
    expect(back.rows).toHaveLength(3);
    expect(findRow(specToGrid(back), 'c')?.[STATUS]).toBe('перенесено');
  });

  it('drops vanished structural rows (keys starting with #)', () => {
    const withSection = makeSpec([{ key: '#s1', text: 'Раздел', responsible: '' }, ...base]);
    const grid = specToGrid(preserveEdits(null, withSection));
    const out = preserveEdits(grid, makeSpec(base));
    expect(out.rowKeys).toEqual(['a', 'b', 'c']);
  });

  it('keeps rows the user inserted, after the row they followed', () => {
    const grid = specToGrid(preserveEdits(null, makeSpec(base)));
    const at = grid.values.indexOf(findRow(grid, 'a')!);
    grid.values.splice(at + 1, 0, ['', 'Своё мероприятие', 'Петров', 'в работе', null]);
    const out = preserveEdits(grid, makeSpec(base));
    expect(out.rows.map((r) => r[1])).toEqual(['Семинар', 'Своё мероприятие', 'Курсы', 'Мониторинг']);
    expect(out.rowKeys?.[1]).toBe('');
  });

  it('does not mistake the footer for user rows', () => {
    const spec = makeSpec(base, { footer: [['Подпись: ____']] });
    const grid = specToGrid(preserveEdits(null, spec));
    grid.values.push([], ['Примечание внизу']);
    const out = preserveEdits(grid, makeSpec(base, { footer: [['Подпись изменена: ____']] }));
    expect(out.rows).toHaveLength(3);
  });

  it('matches columns by header text when a generated column is inserted', () => {
    const grid = edit(specToGrid(preserveEdits(null, makeSpec(base))), 'a', STATUS, 'выполнено');
    const wider: SheetSpec = {
      ...makeSpec(base),
      header: [['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Отметка']],
      rows: base.map((it, i) => [String(i + 1), it.text, 'март', it.responsible, null]),
      editableColumns: [3, 4],
      columns: [{}, {}, {}, {}, {}],
    };
    const row = findRow(specToGrid(preserveEdits(grid, wider)), 'a');
    expect(row?.[4]).toBe('выполнено');
    expect(row?.[3]).toBe('ММС');
  });

  it('without fingerprints treats a non-empty value that differs from the generated one as the user’s', () => {
    const grid = specToGrid(preserveEdits(null, makeSpec(base)));
    for (const row of grid.values) {
      const last = row[row.length - 1];
      if (typeof last === 'string' && last.includes('|')) row[row.length - 1] = last.split('|')[0];
    }
    edit(grid, 'b', RESPONSIBLE, 'Сидоров');
    const changed = makeSpec([{ ...base[0], responsible: 'РМО' }, base[1], base[2]]);
    const out = specToGrid(preserveEdits(grid, changed));
    expect(findRow(out, 'b')?.[RESPONSIBLE]).toBe('Сидоров');
    // 'ММС' equals nothing the user typed but differs from the new 'РМО': without a fingerprint it is kept.
    expect(findRow(out, 'a')?.[RESPONSIBLE]).toBe('ММС');
  });

  it('ignores a previous sheet without a key column', () => {
    const grid: Grid = { sheet: 'План', values: [['чужой лист'], ['a', 'b']], merges: [] };
    expect(preserveEdits(grid, makeSpec(base)).rows).toHaveLength(3);
  });

  it('keeps row styles of the new spec on the right rows', () => {
    const grid = specToGrid(preserveEdits(null, makeSpec(base)));
    grid.values.splice(3, 0, ['', 'Своё', 'Я', '', null]);
    const out = preserveEdits(grid, makeSpec(base, { rowStyles: [{ row: 1, style: 'section' }] }));
    const sectionRow = out.rowStyles?.find((s) => s.style === 'section')?.row;
    expect(out.rowKeys?.[sectionRow!]).toBe('b');
  });
});
