/**
 * Issue 3: the spilling SCHOOL_RISK over the sample's tables gives the same result as the
 * «Идентификация <год>» sheet that the identification command writes for the same sheets.
 */
import { runIdentification } from '../../src/app/identify';
import { schoolRisk } from '../../src/functions/school-risk';
import type { CellValue } from '../../src/hosts/port';
import { gridsToWorkbook } from '../../src/sample/write-sample';
import { excelRange, sampleGrid } from './sample-ranges';

const SHEETS = ['Результаты ОГЭ', 'Социальный паспорт', 'Олимпиады', 'Школы'];

describe('SCHOOL_RISK spill = the identification sheet', () => {
  let sheetRows: Map<string, { groups: string; criteria: string; stable: string }>;
  let spill: ReturnType<typeof schoolRisk>;
  let year: number;

  beforeAll(async () => {
    const grids = SHEETS.map(sampleGrid);
    const book = await gridsToWorkbook(grids);
    const outcome = await runIdentification(book);
    year = outcome.year!;
    const [sheet] = await book.readGrids([`Идентификация ${year}`]);
    const headerRow = sheet.values.findIndex((r) => r.includes('Школа') && r.includes('Группы'));
    const col = (name: string) => sheet.values[headerRow].indexOf(name);
    const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v));
    sheetRows = new Map(
      sheet.values
        .slice(headerRow + 1)
        .filter((r) => typeof r[col('№')] === 'number')
        .map((r) => [text(r[col('Школа')]), { groups: text(r[col('Группы')]), criteria: text(r[col('Основания')]), stable: text(r[col('Устойчиво')]) }]),
    );
    const [results, social, olympiads, registry] = grids.map(excelRange);
    spill = schoolRisk({ results, social, olympiads, registry }, undefined, year, 'ru');
  });

  it('lists the same schools', () => {
    expect(spill.length - 1).toBe(sheetRows.size);
    expect(sheetRows.size).toBeGreaterThan(10);
  });

  it('gives every school the same groups, criteria and stability as its row on the sheet', () => {
    const flaggedSomewhere = spill.slice(1).filter((r) => r[3] !== '').length;
    expect(flaggedSomewhere).toBeGreaterThan(0);
    for (const [name, , rowYear, groups, criteria, stable] of spill.slice(1)) {
      expect(rowYear).toBe(year);
      expect(sheetRows.get(String(name))).toEqual({ groups, criteria, stable: stable ? 'да' : 'нет' });
    }
  });
});
