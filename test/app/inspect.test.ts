import { inspectionReport, inspectWorkbook } from '../../src/app/inspect';
import { saveState } from '../../src/app/state';
import { buildSampleGrids } from '../../src/sample';
import { egeSheetName } from '../../src/sample/sheets/ege-sheet';
import { gridsToWorkbook } from '../../src/sample/write-sample';
import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';

let sampleBytes: Uint8Array;
beforeAll(async () => {
  sampleBytes = await (await gridsToWorkbook(buildSampleGrids())).toBuffer();
});
const sampleBook = () => XlsxWorkbook.fromBuffer(sampleBytes);

describe('inspectWorkbook', () => {
  it('describes every sheet of the sample: kind, fields, years, schools and the region row', async () => {
    const book = await sampleBook();
    const inspection = await inspectWorkbook(book);
    expect(inspection.sheets.map((s) => s.sheet)).toEqual((await book.listSheets()).map((s) => s.name));
    const ege = inspection.sheets.find((s) => s.sheet === egeSheetName(2023))!;
    expect(ege).toMatchObject({ kind: 'results', family: 'ЕГЭ', years: [2023], schools: 19 });
    expect(ege.regionRow).toBeGreaterThan(ege.headerRows[ege.headerRows.length - 1]);
    expect(ege.fields.find((f) => f.field === 'school')).toMatchObject({ column: 'C', fieldName: 'Школа' });
    expect(inspection.years).toEqual([2022, 2023, 2024]);
    expect(inspection.problemCount).toBe(inspection.sheets.reduce((n, s) => n + s.problems.length, 0) + inspection.generalProblems.length);
  });

  it('reports each problem under its sheet with its row and column in the Russian text', async () => {
    const inspection = await inspectWorkbook(await sampleBook());
    const text = inspectionReport(inspection);
    const error = inspection.sheets.flatMap((s) => s.problems).find((p) => p.code === 'excel-error')!;
    expect(error).toMatchObject({ sheet: 'Результаты ОГЭ', column: 'I' });
    const section = text.slice(text.indexOf('Лист «Результаты ОГЭ»'), text.indexOf('Лист «Результаты ВПР»'));
    expect(section).toContain(`строка ${error.row}, столбец I`);
    expect(section).toContain('[ошибка]');
    expect(text).toContain(`Всего замечаний: ${inspection.problemCount}.`);
  });

  it('speaks English when asked, using the English problem texts', async () => {
    const inspection = await inspectWorkbook(await sampleBook());
    const text = inspectionReport(inspection, 'en');
    expect(text).toContain('Sheet "Школы" - schools registry'.replace(' - ', ' — '));
    expect(text).toContain('[error] Sheet "Результаты ОГЭ"');
    expect(text).not.toMatch(/Замечаний|Лист «/);
  });

  it('turns a damaged saved state into a general warning instead of failing', async () => {
    const book = await gridsToWorkbook(buildSampleGrids().slice(0, 1));
    await book.saveState('{not json');
    const inspection = await inspectWorkbook(book);
    expect(inspection.generalProblems.map((p) => p.code)).toEqual(['damaged-state']);
    expect(inspection.sheets).toHaveLength(1);
    await saveState(book, { version: 1, generatedSheets: [], language: 'ru' });
    expect((await inspectWorkbook(book)).generalProblems).toEqual([]);
  });
});
