import { identificationSheet } from '../../src/sheets/identification-sheet';
import { DEFAULT_SETTINGS, identify } from '../../src/domain';
import { ExcelWorkbook } from '../../src/hosts/excel/excel-workbook';
import { measureOfficeWrites } from '../../src/hosts/excel/testing/measure-office';
import { OfficeDouble } from '../../src/hosts/excel/testing/office-double';
import { buildScaledDataset, buildScaledResultGrids } from '../../src/sample/scaled';
import type { BenchFigure, BenchSection } from './section';
import { SCHOOLS } from './xlsx-read';

const ID = 'office';
const KB = (bytes: number) => Math.round(bytes / 1024);

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
    const spec = identificationSheet(result, result.lastYear, 'ru');
    const note = `${spec.rows.length} строк × ${spec.columns.length} столбцов`;
    const costs = await measureOfficeWrites(spec);
    return [
      ...read,
      { section: ID, name: `writeSheet листа идентификации: синхронизаций`, value: costs.write.syncs, unit: 'шт.', note },
      { section: ID, name: `writeSheet листа идентификации: наибольший пакет`, value: KB(costs.write.largestPayloadBytes), unit: 'КБ' },
      { section: ID, name: `чтение записанного листа: синхронизаций`, value: costs.read.syncs, unit: 'шт.' },
      { section: ID, name: `чтение записанного листа: наибольший пакет`, value: KB(costs.read.largestPayloadBytes), unit: 'КБ' },
    ];
  },
};
