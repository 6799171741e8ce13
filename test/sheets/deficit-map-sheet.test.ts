import { identify } from '../../src/domain/identify';
import { makeSettings } from '../../src/domain/settings';
import { deficitMapSheet } from '../../src/sheets/deficit-map-sheet';
import { firstDataRow } from '../../src/grid/sheet-spec';
import { dataset, regional, result } from '../domain/builders';

const settings = makeSettings({ regionalTolerance: 100, deficits: { gap: 12, belowMinimumShare: 15 } });
const res = identify(
  dataset({
    results: [
      result('a', 2024, 'ОГЭ', 55, { source: { sheet: 'ОГЭ', row: 7 } }), // gap 15 > 12: deficit
      result('b', 2024, 'ОГЭ', 58), // gap exactly 12: not «более»
      result('c', 2024, 'ЕГЭ', 70, { belowMinimumShare: 15, source: { sheet: 'ЕГЭ', row: 9 } }), // 15% «и более»: deficit
      result('d', 2024, 'ЕГЭ', 70, { belowMinimumShare: 14.9 }),
    ],
    regional: [regional(2024, 'ОГЭ', 70), regional(2024, 'ЕГЭ', 70)],
  }),
  settings,
);

describe('«Карта дефицитов <год>»', () => {
  const sheet = deficitMapSheet(res, settings.deficits);

  it('has one row per deficit of the latest year, at the thresholds from the settings', () => {
    expect(sheet.name).toBe('Карта дефицитов 2024');
    expect(sheet.rows.map((r) => [r[1], r[2], r[3], r[4], r[5], r[7]])).toEqual([
      ['Школа a', 'Русский язык', '5–9', 15, null, 'отставание'],
      ['Школа c', 'Русский язык', '10–11', 0, 15, 'не достигли минимума'],
    ]);
  });

  it('names the source rows and keeps the note column for the user', () => {
    expect(sheet.rows[0][8]).toBe('ОГЭ: стр. 7');
    expect(sheet.rows[1][8]).toBe('ЕГЭ: стр. 9');
    expect(sheet.editableColumns).toEqual([sheet.header[0].length - 1]);
    expect(sheet.rowKeys).toEqual(['a|Русский язык|5–9', 'c|Русский язык|10–11']);
  });

  it('states the rule in its title and colours the cells over the thresholds', () => {
    expect(sheet.title[1]).toContain('более 12%');
    expect(sheet.title[1]).toContain('15% и более');
    const row = firstDataRow(sheet);
    expect(sheet.conditionalFormats!.map((c) => c.formula)).toEqual([`=$E${row}>12`, `=$F${row}>=15`]);
  });

  it('counts the deficits per subject and band in the footer', () => {
    expect(sheet.footer).toContainEqual(['Итого дефицитов', 2]);
    expect(sheet.footer).toContainEqual(['Русский язык, 5–9 кл.', 1]);
  });

  it('is available in English', () => {
    const en = deficitMapSheet(res, settings.deficits, 'en');
    expect(en.name).toBe('Deficit map 2024');
    expect(en.header[0]).toContain('Gap, % of max');
    expect(en.rows.map((r) => r[7])).toEqual(['gap', 'below minimum']);
  });
});
