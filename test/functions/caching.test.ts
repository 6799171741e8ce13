/** Per-row formulas (one call per school) over the same tables read and identify them once. */
import { schoolRisk } from '../../src/functions/school-risk';
import { adjustmentsSheet } from '../../src/sheets/adjustments-sheet';
import { settingsSheet } from '../../src/sheets/settings-sheet';
import { editSetting, excelRange, sampleGrid, sheetRange } from './sample-ranges';

jest.mock('../../src/tables', () => {
  const actual = jest.requireActual('../../src/tables');
  return { ...actual, readWorkbook: jest.fn(actual.readWorkbook) };
});
jest.mock('../../src/domain', () => {
  const actual = jest.requireActual('../../src/domain');
  return { ...actual, identify: jest.fn(actual.identify) };
});
jest.mock('../../src/tables/own-sheets/settings-reader', () => {
  const actual = jest.requireActual('../../src/tables/own-sheets/settings-reader');
  return { ...actual, settingsFromGrid: jest.fn(actual.settingsFromGrid) };
});

const { readWorkbook } = jest.requireMock('../../src/tables') as { readWorkbook: jest.Mock };
const { identify } = jest.requireMock('../../src/domain') as { identify: jest.Mock };
const { settingsFromGrid } = jest.requireMock('../../src/tables/own-sheets/settings-reader') as { settingsFromGrid: jest.Mock };

describe('function input cache', () => {
  beforeEach(() => jest.clearAllMocks());

  it('reads and identifies once for many per-row calls with equal tables, again when a cell changes', () => {
    const results = excelRange(sampleGrid('Результаты ОГЭ'));
    const names = schoolRisk({ results }, undefined, undefined, 'ru').slice(1).map((r) => String(r[0]));
    // Excel passes a fresh array on every call: equal content, not the same object.
    for (const name of names) schoolRisk({ results: structuredClone(results) }, name);
    expect(readWorkbook).toHaveBeenCalledTimes(1);
    expect(identify).toHaveBeenCalledTimes(1);

    const edited = structuredClone(results);
    const firstData = edited.findIndex((row) => row.some((v) => typeof v === 'number'));
    const col = edited[firstData].findIndex((v) => typeof v === 'number' && v > 10);
    edited[firstData][col] = (edited[firstData][col] as number) - 1;
    schoolRisk({ results: edited }, names[0]);
    expect(readWorkbook).toHaveBeenCalledTimes(2);
    expect(identify).toHaveBeenCalledTimes(2);
  });

  it('with settings and adjustments ranges: one settings parse and one identification for all rows; an edited parameter identifies again without re-reading the tables', () => {
    const results = excelRange(sampleGrid('Результаты ОГЭ'));
    const settings = sheetRange(settingsSheet());
    const rows = schoolRisk({ results }, undefined, undefined, 'ru').slice(1);
    const names = rows.map((r) => String(r[0]));
    const adjustments = sheetRange(adjustmentsSheet([{ school: names[0], year: Number(rows[0][2]), action: 'include', group: 'ШНСУ', reason: 'Решение экспертов' }]));
    jest.clearAllMocks();
    for (const name of names) schoolRisk({ results: structuredClone(results), settings: structuredClone(settings), adjustments: structuredClone(adjustments) }, name);
    expect(settingsFromGrid).toHaveBeenCalledTimes(1);
    expect(identify).toHaveBeenCalledTimes(1);
    expect(readWorkbook).toHaveBeenCalledTimes(0);

    schoolRisk({ results, settings: editSetting(settings, 'R2.gap', 15).range, adjustments }, names[0]);
    expect(identify).toHaveBeenCalledTimes(2);
    expect(readWorkbook).toHaveBeenCalledTimes(0);
  });
});
