import { identificationSheetSpec } from '../../src/app/identification-output';
import { DEFAULT_SETTINGS, identify } from '../../src/domain';
import { ExcelWorkbook } from '../../src/hosts/excel/excel-workbook';
import { measureOfficeWrites } from '../../src/hosts/excel/testing/measure-office';
import { OfficeDouble } from '../../src/hosts/excel/testing/office-double';
import type { Grid } from '../../src/hosts/port';
import { buildScaledDataset, buildScaledResultGrids } from '../../src/sample/scaled';
import type { SheetSpec } from '../../src/tables/sheet-spec';
import type { BenchFigure, BenchSection } from './section';
import { SCHOOLS } from './xlsx-read';

const ID = 'office';
const KB = (bytes: number) => Math.round(bytes / 1024);

/** A grid written back as a plain sheet: the stand-in while the identification builder is not wired. */
const gridAsSpec = (grid: Grid, name: string): SheetSpec => ({
  name,
  kind: 'benchmark',
  title: [],
  header: [],
  rows: grid.values.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? v.code : v))),
  columns: (grid.values[0] ?? []).map(() => ({})),
});

/** Syncs and the largest request/response per operation through the Office.js double (ExcelWorkbook). */
export const officeSection: BenchSection = {
  id: ID,
  title: 'Office.js (тестовый двойник): синхронизации и наибольший пакет',
  run: async () => {
    const grids = buildScaledResultGrids(SCHOOLS);
    const double = new OfficeDouble();
    for (const g of grids) double.seedSheet(g.sheet, { values: g.values.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? { error: v.code } : v))), merges: g.merges });
    const book = new ExcelWorkbook(double.run, { read: { supportsMergedAreas: true } });
    double.resetCounters();
    await book.readGrids(grids.map((g) => g.sheet));
    const read: BenchFigure[] = [
      { section: ID, name: `readGrids (${SCHOOLS} школ × 3 года): синхронизаций`, value: double.syncCount, unit: 'шт.' },
      { section: ID, name: `readGrids (${SCHOOLS} школ × 3 года): наибольший пакет`, value: KB(double.largestPayloadBytes), unit: 'КБ' },
    ];

    const result = identify(buildScaledDataset(SCHOOLS), DEFAULT_SETTINGS);
    const built = identificationSheetSpec(result, result.lastYear, 'ru');
    const spec = built ?? gridAsSpec(grids[1], `Идентификация ${result.lastYear}`);
    const note = built ? undefined : `лист идентификации ещё не подключён; измерен лист ${spec.rows.length} строк × ${spec.columns.length} столбцов`;
    const costs = await measureOfficeWrites(spec);
    return [
      ...read,
      { section: ID, name: `writeSheet листа идентификации: синхронизаций`, value: costs.write.syncs, unit: 'шт.', ...(note ? { note } : {}) },
      { section: ID, name: `writeSheet листа идентификации: наибольший пакет`, value: KB(costs.write.largestPayloadBytes), unit: 'КБ' },
      { section: ID, name: `чтение записанного листа: синхронизаций`, value: costs.read.syncs, unit: 'шт.' },
      { section: ID, name: `чтение записанного листа: наибольший пакет`, value: KB(costs.read.largestPayloadBytes), unit: 'КБ' },
    ];
  },
};
