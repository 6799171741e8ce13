import type { Grid } from '../../../src/hosts/port';
import { detectMapping } from '../../../src/tables/mapping';
import { correctMapping, dataReading } from '../../../src/taskpane/services/reading-view';
import { readWorkbook } from '../../../src/tables';

const grid: Grid = {
  sheet: 'Школы',
  values: [
    ['Наименование ОО', 'Муниципалитет', 'Численность обучающихся', 'Примечание'],
    ['МБОУ СОШ № 1', 'Город', 500, 'x'],
    ['МБОУ СОШ № 2', 'Город', 300, 'y'],
  ],
  merges: [],
};

describe('reading view of the mapping', () => {
  const read = readWorkbook([grid]);
  const view = dataReading(read, [grid]).sheets[0];

  it('offers every header column and preselects what the reader detected', () => {
    expect(view.kind).toBe(read.mapping.sheets[0].kind);
    expect(view.columns.map((c) => c.letter)).toEqual(['A', 'B', 'C', 'D']);
    for (const c of read.mapping.sheets[0].columns) {
      expect(view.assignment[c.field]).toBe(view.columns.find((x) => x.letter === c.column)!.index);
      expect(view.autoDetected).toContain(c.field);
    }
    expect(view.fields.find((f) => f.id === 'school')?.required).toBe(true);
  });

  it('turns a correction into a confirmed mapping the reader then follows', () => {
    const corrected = correctMapping(read.mapping, { Школы: { ...view.assignment, municipality: null, settlement: 1 } }, [grid]);
    const sheet = corrected.sheets[0];
    expect(sheet.confirmed).toBe(true);
    expect(sheet.columns.find((c) => c.field === 'settlement')).toMatchObject({ column: 'B', path: 'Муниципалитет' });
    expect(sheet.columns.some((c) => c.field === 'municipality')).toBe(false);

    const again = dataReading(readWorkbook([grid], corrected), [grid]).sheets[0];
    expect(again.assignment.settlement).toBe(1);
    expect(again.assignment.municipality).toBeNull();
    expect(again.autoDetected).toEqual([]);
  });

  it('leaves sheets without a correction as detected', () => {
    const detected = detectMapping([grid]);
    expect(correctMapping(detected, {}, [grid])).toEqual(detected);
  });
});
