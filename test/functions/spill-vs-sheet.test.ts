/**
 * Issue 3: the spilling SCHOOL_RISK over the sample's tables gives the same result as the
 * «Идентификация <год>» sheet that the identification command writes for the same sheets - with the
 * default settings, and with edited settings and expert adjustments passed as the ranges of the
 * «Параметры» and «Корректировки» sheets that the same command wrote.
 */
import { runIdentification } from '../../src/app/identify';
import { identify, makeSettings, type Adjustment, type Settings } from '../../src/domain';
import { schoolRisk } from '../../src/functions/school-risk';
import type { CellValue } from '../../src/grid/cell';
import { gridsToWorkbook } from '../../src/sample/write-sample';
import { readWorkbook } from '../../src/tables';
import { excelRange, sampleGrid } from './sample-ranges';

const SHEETS = ['Результаты ОГЭ', 'Социальный паспорт', 'Олимпиады', 'Школы'];

interface SheetRow {
  groups: string;
  criteria: string;
  stable: string;
  adjustment: string;
}

interface Scenario {
  settings?: Settings;
  adjustments?: Adjustment[];
}

/** Edited thresholds and two adjustments that change groups: one school included, one excluded. */
const expertScenario = (): Scenario => {
  const settings = makeSettings({ gapThreshold: 12, quartileShare: 0.3 });
  const result = identify(readWorkbook(SHEETS.map(sampleGrid)).dataset, settings);
  const schools = result.schools.filter((s) => s.year === result.lastYear);
  const outside = schools.find((s) => s.groupsByCriteria.length === 0)!;
  const low = schools.find((s) => s.groupsByCriteria.includes('ШНОР'))!;
  return {
    settings,
    adjustments: [
      { school: outside.name, year: result.lastYear, action: 'include', group: 'ШНСУ', reason: 'Решение муниципальной экспертной группы' },
      { school: low.name, year: result.lastYear, action: 'exclude', group: 'ШНОР', reason: 'Результаты выросли после смены руководства' },
    ],
  };
};

describe.each([
  ['the default settings, no adjustments', (): Scenario => ({})],
  ['edited settings and expert adjustments', expertScenario],
])('SCHOOL_RISK spill = the identification sheet: %s', (_, scenario) => {
  let sheetRows: Map<string, SheetRow>;
  let spill: ReturnType<typeof schoolRisk>;
  let year: number;
  let adjusted: number;
  let withoutExperts: ReturnType<typeof schoolRisk>;

  beforeAll(async () => {
    const { settings, adjustments } = scenario();
    const grids = SHEETS.map(sampleGrid);
    const book = await gridsToWorkbook(grids);
    const outcome = await runIdentification(book, { ...(settings ? { settings } : {}), ...(adjustments ? { adjustments } : {}) });
    year = outcome.year!;
    const [sheet, settingsSheet, adjustmentsSheet] = await book.readGrids([`Идентификация ${year}`, 'Параметры', 'Корректировки']);
    const headerRow = sheet.values.findIndex((r) => r.includes('Школа') && r.includes('Группы'));
    const col = (name: string) => sheet.values[headerRow].indexOf(name);
    const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v));
    sheetRows = new Map(
      sheet.values
        .slice(headerRow + 1)
        .filter((r) => typeof r[col('№')] === 'number')
        .map((r) => {
          const adjustment = text(r[col('Экспертная корректировка')]);
          return [
            text(r[col('Школа')]),
            {
              groups: text(r[col('Группы')]),
              criteria: text(r[col('Основания')]),
              stable: text(r[col('Устойчиво')]),
              adjustment: adjustment && `${adjustment}: ${text(r[col('Основание корректировки')])}`,
            },
          ];
        }),
    );
    adjusted = adjustments?.length ?? 0;
    const [results, social, olympiads, registry] = grids.map(excelRange);
    // The ranges of the sheets the command wrote, as the user would select them.
    const experts = settings || adjustments ? { settings: excelRange(settingsSheet), adjustments: excelRange(adjustmentsSheet) } : {};
    spill = schoolRisk({ results, social, olympiads, registry, ...experts }, undefined, year, 'ru');
    withoutExperts = schoolRisk({ results, social, olympiads, registry }, undefined, year, 'ru');
  });

  it('the experts\' ranges change criteria met, not only the adjusted groups (or nothing without them)', () => {
    const criteria = (rows: typeof spill) => rows.slice(1).map((r) => r[4]);
    if (adjusted > 0) expect(criteria(spill)).not.toEqual(criteria(withoutExperts));
    else expect(spill).toEqual(withoutExperts);
  });

  it('lists the same schools', () => {
    expect(spill.length - 1).toBe(sheetRows.size);
    expect(sheetRows.size).toBeGreaterThan(10);
  });

  it('gives every school the same groups, criteria, stability and adjustment as its row on the sheet', () => {
    const flaggedSomewhere = spill.slice(1).filter((r) => r[3] !== '').length;
    expect(flaggedSomewhere).toBeGreaterThan(0);
    expect([...sheetRows.values()].filter((r) => r.adjustment !== '')).toHaveLength(adjusted);
    for (const [name, , rowYear, groups, criteria, stable, adjustment = ''] of spill.slice(1)) {
      expect(rowYear).toBe(year);
      expect(sheetRows.get(String(name))).toEqual({ groups, criteria, stable: stable ? 'да' : 'нет', adjustment });
    }
  });
});
